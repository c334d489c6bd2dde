package dev.sidecars.testing;

import dev.sidecars.model.Origin;
import dev.sidecars.validation.Violation;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/** Assertions on one finding of a validation report. */
public final class ViolationAssert extends AbstractAssert<ViolationAssert, Violation> {
  private final List<Violation> sameCode;

  ViolationAssert(Violation actual, List<Violation> sameCode) {
    super(actual, ViolationAssert.class);
    this.sameCode = sameCode;
  }

  /**
   * Checks the line the finding points at; any finding of the same code and severity may match.
   *
   * @param line the 1-based line
   * @return this
   */
  public ViolationAssert atLine(int line) {
    isNotNull();
    List<Violation> candidates = sameCode.stream().filter(v -> v.severity() == actual.severity())
        .collect(Collectors.toList());
    if (candidates.stream().noneMatch(v -> v.location().map(Origin::line).filter(l -> l == line).isPresent())) {
      failWithMessage("%nExpecting %s %s at line:%n  %d%nbut it is at %s", actual.severity(), actual.code(), line,
          candidates.stream().map(v -> v.location().map(o -> "line " + o.line()).orElse("no line (no sources given)"))
              .collect(Collectors.toList()));
    }
    return this;
  }

  /**
   * Checks the path the finding names, in the manifest's own terms.
   *
   * @param path for example {@code sidecars.nginx.depends_on.api}
   * @return this
   */
  public ViolationAssert atPath(String path) {
    isNotNull();
    if (!actual.path().equals(path)) {
      failWithMessage("%nExpecting %s %s at path:%n  %s%nbut it is at:%n  %s", actual.severity(), actual.code(),
          path, actual.path());
    }
    return this;
  }
}
