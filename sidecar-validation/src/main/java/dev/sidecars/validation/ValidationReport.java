package dev.sidecars.validation;

import java.util.List;
import java.util.stream.Collectors;

/** Every problem a validation found, in a stable order: by path, then code. */
public final class ValidationReport {
  private final List<Violation> violations;

  ValidationReport(List<Violation> violations) {
    this.violations = List.copyOf(violations);
  }

  /** @return every violation */
  public List<Violation> violations() {
    return violations;
  }

  /** @return the violations of severity error */
  public List<Violation> errors() {
    return violations.stream().filter(v -> v.severity() == Severity.ERROR).collect(Collectors.toList());
  }

  /** @return the violations of severity warning */
  public List<Violation> warnings() {
    return violations.stream().filter(v -> v.severity() == Severity.WARNING).collect(Collectors.toList());
  }

  /** @return whether there is no error (warnings allowed) */
  public boolean isValid() {
    return violations.stream().noneMatch(v -> v.severity() == Severity.ERROR);
  }

  /**
   * Throws when there is an error.
   *
   * @throws ValidationException listing every error and warning
   */
  public void throwIfInvalid() {
    if (!isValid()) {
      throw new ValidationException(this);
    }
  }

  /**
   * This report without some violations.
   *
   * @param left the violations to leave out
   * @return a report of the others
   */
  public ValidationReport without(java.util.function.Predicate<Violation> left) {
    return new ValidationReport(violations.stream().filter(left.negate()).collect(Collectors.toList()));
  }

  /** One violation per line. */
  @Override
  public String toString() {
    return violations.stream().map(Violation::toString).collect(Collectors.joining("\n"));
  }
}
