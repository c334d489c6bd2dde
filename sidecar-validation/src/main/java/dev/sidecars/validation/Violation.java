package dev.sidecars.validation;

import dev.sidecars.model.Origin;
import dev.sidecars.model.spi.PrintableText;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One problem: a stable code ({@code depends-on.cycle}), the path in the manifest's own terms
 * ({@code sidecars.nginx.depends_on.api} for a Copilot manifest, the model path otherwise), a
 * message a person understands, a severity, and where the workload came from a file, the
 * file, line and column.
 */
@Value.Immutable
public abstract class Violation {

  /** @return the stable, kebab-case code; {@code docs/validation.md} lists them all */
  public abstract String code();

  /** @return the path in the manifest's own terms, or the model path */
  public abstract String path();

  /** @return the model path, for example {@code sidecars.nginx.dependsOn.api} */
  public abstract String modelPath();

  /** @return what is wrong */
  public abstract String message();

  /** @return how bad it is */
  public abstract Severity severity();

  /** @return where in a file, if the workload came from one */
  public abstract Optional<Origin> location();

  /**
   * A violation.
   *
   * @param code the code
   * @param modelPath the model path
   * @param message the message
   * @param severity the severity
   * @param location where in a file, if known
   * @return the violation
   */
  public static Violation of(String code, String modelPath, String message, Severity severity, Optional<Origin> location) {
    return ImmutableViolation.builder()
        .code(code)
        .path(PrintableText.of(location.map(Origin::path).orElse(modelPath)))
        .modelPath(modelPath)
        .message(PrintableText.of(message))
        .severity(severity)
        .location(location)
        .build();
  }

  /** {@code file:line:column: error: path: message [code]}, as compilers print. */
  @Override
  public String toString() {
    return location().map(l -> l + ": ").orElse("") + severity() + ": " + path() + ": " + message() + " [" + code() + "]";
  }
}
