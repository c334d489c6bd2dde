package dev.sidecars.testing;

import dev.sidecars.validation.Severity;
import dev.sidecars.validation.ValidationReport;
import dev.sidecars.validation.Violation;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a {@link ValidationReport}. */
public final class ValidationReportAssert extends AbstractAssert<ValidationReportAssert, ValidationReport> {

  ValidationReportAssert(ValidationReport actual) {
    super(actual, ValidationReportAssert.class);
  }

  /**
   * Checks that the report has no error (warnings are allowed); when it fails, it lists them.
   *
   * @return this
   */
  public ValidationReportAssert hasNoErrors() {
    isNotNull();
    List<Violation> errors = actual.errors();
    if (!errors.isEmpty()) {
      failWithMessage("%nExpecting no validation errors%nbut there %s:%n  %s",
          errors.size() == 1 ? "is 1" : "are " + errors.size(), lines(errors));
    }
    return this;
  }

  /**
   * Moves to the first error with a code.
   *
   * @param code for example {@code depends-on.cycle}
   * @return its assertions
   */
  public ViolationAssert hasError(String code) {
    return has(Severity.ERROR, code);
  }

  /**
   * Moves to the first warning with a code.
   *
   * @param code for example {@code manifest.unknown-field}
   * @return its assertions
   */
  public ViolationAssert hasWarning(String code) {
    return has(Severity.WARNING, code);
  }

  private ViolationAssert has(Severity severity, String code) {
    isNotNull();
    List<Violation> all = actual.violations().stream().filter(v -> v.code().equals(code)).collect(Collectors.toList());
    Violation found = all.stream().filter(v -> v.severity() == severity).findFirst().orElse(null);
    if (found == null) {
      failWithMessage("%nExpecting the report to have %s:%n  %s%nbut %s", severity == Severity.ERROR ? "an error"
          : "a warning", code, !all.isEmpty() ? "it is " + (all.get(0).severity() == Severity.ERROR ? "an error: " : "a warning: ") + all.get(0)
          : actual.violations().isEmpty() ? "the report is empty" : "the report has:%n  ".formatted()
              + lines(actual.violations()));
    }
    return new ViolationAssert(found, all);
  }

  static String lines(List<Violation> violations) {
    return violations.stream().map(Violation::toString).collect(Collectors.joining("\n  "));
  }
}
