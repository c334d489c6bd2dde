package dev.sidecars.k8s;

import dev.sidecars.model.spi.EmitException;

/**
 * A workload holds something Kubernetes cannot express (a CloudFormation-only value, two
 * things whose Kubernetes names would be one, a schedule cron cannot say, ...), code
 * {@value #UNSUPPORTED}, or lacks what only a deployment knows (a built image's pushed
 * reference), code {@value #DEPLOYMENT_INPUT}; the message names the field by its model path.
 */
public final class KubernetesEmitException extends EmitException {
  private static final long serialVersionUID = 1L;

  /** The code of what Kubernetes cannot express. */
  public static final String UNSUPPORTED = "k8s.unsupported";
  /** The code of what the emitter must be given ({@link KubernetesEmitter.Builder}). */
  public static final String DEPLOYMENT_INPUT = "k8s.deployment-input";

  /**
   * Something Kubernetes cannot express.
   *
   * @param path the model path of the field, for example {@code sidecars.envoy.image}
   * @param problem what Kubernetes cannot express
   */
  public KubernetesEmitException(String path, String problem) {
    super("k8s", UNSUPPORTED, path, problem);
  }

  /**
   * A failure with its own code.
   *
   * @param code {@value #UNSUPPORTED} or {@value #DEPLOYMENT_INPUT}
   * @param path the model path of the field
   * @param problem what is wrong, and what to do
   */
  public KubernetesEmitException(String code, String path, String problem) {
    super("k8s", code, path, problem);
  }
}
