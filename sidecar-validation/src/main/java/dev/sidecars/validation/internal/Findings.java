package dev.sidecars.validation.internal;

import dev.sidecars.model.Container;
import dev.sidecars.model.SourceMap;
import dev.sidecars.model.Workload;
import dev.sidecars.validation.Severity;
import dev.sidecars.validation.Violation;
import java.util.ArrayList;
import java.util.List;

/** Collects the violations of one validation, locating each through the source map. */
public final class Findings {
  private final SourceMap sources;
  private final java.util.Set<dev.sidecars.validation.Profile> profiles;
  private final List<Violation> violations = new ArrayList<>();

  /**
   * Creates an empty collection.
   *
   * @param sources where the workload's elements came from
   * @param profiles the profiles being checked
   */
  public Findings(SourceMap sources, java.util.Set<dev.sidecars.validation.Profile> profiles) {
    this.sources = sources;
    this.profiles = profiles;
  }

  /**
   * Whether a profile is being checked, for rules whose details differ by target.
   *
   * @param profile the profile
   * @return true when it is
   */
  public boolean active(dev.sidecars.validation.Profile profile) {
    return profiles.contains(profile);
  }

  /**
   * Reports an error.
   *
   * @param code the code
   * @param modelPath the model path
   * @param message the message
   */
  public void error(String code, String modelPath, String message) {
    add(code, modelPath, message, Severity.ERROR);
  }

  /**
   * Reports a warning.
   *
   * @param code the code
   * @param modelPath the model path
   * @param message the message
   */
  public void warning(String code, String modelPath, String message) {
    add(code, modelPath, message, Severity.WARNING);
  }

  private void add(String code, String modelPath, String message, Severity severity) {
    violations.add(Violation.of(code, modelPath, message, severity, sources.find(modelPath)));
  }

  /** @return what was reported */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * The model path of a container of a workload: {@code main} or {@code sidecars.<name>}.
   *
   * @param workload the workload
   * @param container one of its containers
   * @return the model path
   */
  public static String pathOf(Workload workload, Container container) {
    return container == workload.main() ? "main" : "sidecars." + container.name();
  }
}
