package dev.sidecars.ecs;

import dev.sidecars.model.spi.PrintableText;

/**
 * A workload holds something ECS cannot express (a ConfigMap, a probe without a health check,
 * an image that is only built, ...); the message names the field by its model path.
 */
public final class EmitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String path;

  /**
   * Creates the exception.
   *
   * @param path the model path of the field, for example {@code sidecars.envoy.configMaps}
   * @param problem what ECS cannot express
   */
  public EmitException(String path, String problem) {
    super(PrintableText.of(path) + ": " + PrintableText.of(problem));
    this.path = path;
  }

  /** @return the model path of the field */
  public String path() {
    return path;
  }
}
