package dev.sidecars.k8s;

import dev.sidecars.model.spi.PrintableText;

/**
 * A workload holds something Kubernetes cannot express (a CloudFormation import, an image
 * that is only built, ...); the message names the field by its model path.
 */
public final class EmitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String path;

  /**
   * Creates the exception.
   *
   * @param path the model path of the field
   * @param problem what Kubernetes cannot express
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
