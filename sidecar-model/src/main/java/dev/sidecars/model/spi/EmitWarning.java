package dev.sidecars.model.spi;

import java.util.Objects;

/**
 * Something the target runs differently than the workload asks (a classic sidecar that may
 * start before what it waits for, FireLens settings Kubernetes has no use for, ...): a stable
 * code, the model path it is about, and a sentence. Emitters return these beside their output;
 * they do not stop the emit.
 */
public final class EmitWarning {
  private final String code;
  private final String path;
  private final String message;

  private EmitWarning(String code, String path, String message) {
    this.code = Objects.requireNonNull(code, "code");
    this.path = Objects.requireNonNull(path, "path");
    this.message = PrintableText.of(Objects.requireNonNull(message, "message"));
  }

  /**
   * A warning.
   *
   * @param code the stable code, for example {@code k8s.classic-start-order}
   * @param path the model path, for example {@code sidecars.envoy.dependsOn}; empty for the
   *     workload as a whole
   * @param message one sentence; control characters are escaped
   * @return the warning
   */
  public static EmitWarning of(String code, String path, String message) {
    return new EmitWarning(code, path, message);
  }

  /** @return the stable code */
  public String code() {
    return code;
  }

  /** @return the model path; empty for the workload as a whole */
  public String path() {
    return path;
  }

  /** @return the sentence */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EmitWarning w && w.code.equals(code) && w.path.equals(path) && w.message.equals(message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, path, message);
  }

  /** {@code path: message [code]}, as a validation finding prints. */
  @Override
  public String toString() {
    return (path.isEmpty() ? "" : PrintableText.of(path) + ": ") + message + " [" + code + "]";
  }
}
