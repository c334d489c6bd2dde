package dev.sidecars.validation;

import dev.sidecars.model.spi.EmitException;

/**
 * An emitter validated the workload under its target's profile before emitting, and found
 * errors. The message gives their number and the first; {@link #report()} holds every error
 * and warning. It is an {@link EmitException}, so a caller that renders for several targets
 * catches one type.
 */
public final class InvalidWorkloadException extends EmitException {
  private static final long serialVersionUID = 1L;

  /** The code of this failure. */
  public static final String CODE = "validation.failed";

  private final transient ValidationReport report;

  /**
   * Creates the exception.
   *
   * @param target the emitter's target, for example {@code ecs}
   * @param report the report, with at least one error
   * @throws IllegalArgumentException when the report has no error
   */
  public InvalidWorkloadException(String target, ValidationReport report) {
    super(target, CODE, "", problem(target, report));
    this.report = report;
  }

  private static String problem(String target, ValidationReport report) {
    if (report.isValid()) {
      throw new IllegalArgumentException("a report without errors is no reason to refuse a workload");
    }
    int errors = report.errors().size();
    return "the workload has " + errors + (errors == 1 ? " error" : " errors") + " for " + target + "; the first: "
        + report.errors().get(0) + (errors == 1 ? "" : " (report() lists them all)");
  }

  /** @return the report, with every error and warning */
  public ValidationReport report() {
    return report;
  }
}
