package dev.sidecars.ecs;

import dev.sidecars.model.spi.EmitException;

/**
 * A workload holds something ECS cannot express (a ConfigMap, a probe without a health check,
 * ...), code {@value #UNSUPPORTED}, or lacks what only a deployment knows (the execution role,
 * a built image's pushed reference, an uploaded environment file's ARN, ...), code
 * {@value #DEPLOYMENT_INPUT}; the message names the field by its model path.
 */
public final class EcsEmitException extends EmitException {
  private static final long serialVersionUID = 1L;

  /** The code of what ECS cannot express. */
  public static final String UNSUPPORTED = "ecs.unsupported";
  /** The code of what the emitter must be given ({@link EcsEmitter.Builder}). */
  public static final String DEPLOYMENT_INPUT = "ecs.deployment-input";

  /**
   * Something ECS cannot express.
   *
   * @param path the model path of the field, for example {@code sidecars.envoy.configMaps}
   * @param problem what ECS cannot express
   */
  public EcsEmitException(String path, String problem) {
    super("ecs", UNSUPPORTED, path, problem);
  }

  /**
   * A failure with its own code.
   *
   * @param code {@value #UNSUPPORTED} or {@value #DEPLOYMENT_INPUT}
   * @param path the model path of the field
   * @param problem what is wrong, and what to do
   */
  public EcsEmitException(String code, String path, String problem) {
    super("ecs", code, path, problem);
  }
}
