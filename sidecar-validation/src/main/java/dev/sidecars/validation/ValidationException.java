package dev.sidecars.validation;

/** Thrown by {@link ValidationReport#throwIfInvalid()}; its message lists every error. */
public final class ValidationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ValidationReport report;

  ValidationException(ValidationReport report) {
    super(report.errors().size() + " validation error(s):\n" + report);
    this.report = report;
  }

  /** @return the report with every violation */
  public ValidationReport report() {
    return report;
  }
}
