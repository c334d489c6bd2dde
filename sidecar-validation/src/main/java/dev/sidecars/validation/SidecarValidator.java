package dev.sidecars.validation;

import dev.sidecars.model.SidecarTemplate;
import dev.sidecars.model.SourceMap;
import dev.sidecars.model.Workload;
import dev.sidecars.model.WorkloadType;
import dev.sidecars.validation.internal.Findings;
import dev.sidecars.validation.internal.Rule;
import dev.sidecars.validation.internal.Rules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a workload against the rules of one or more targets and reports every problem at
 * once. Never throws on bad data. {@code docs/validation.md} lists every rule and code.
 *
 * <pre>{@code
 * CopilotManifest manifest = CopilotManifest.read(Path.of("manifest.yml"));
 * ValidationReport report = SidecarValidator.ecs().validate(manifest.workload("prod"), manifest.sources("prod"));
 * report.violations().forEach(System.out::println);   // manifest.yml:12:7: error: sidecars.nginx.depends_on.api: ...
 * }</pre>
 *
 * <p>Instances are immutable and may be shared between threads.
 */
public final class SidecarValidator {
  private final Set<Profile> profiles;
  private final List<Rule> rules;

  private SidecarValidator(Set<Profile> profiles) {
    this.profiles = Collections.unmodifiableSet(EnumSet.copyOf(profiles));
    List<Rule> selected = new ArrayList<>();
    for (Rule rule : Rules.all()) {
      if (!Collections.disjoint(rule.profiles(), profiles)) {
        selected.add(rule);
      }
    }
    this.rules = List.copyOf(selected);
  }

  /** @return a validator for Amazon ECS */
  public static SidecarValidator ecs() {
    return new SidecarValidator(EnumSet.of(Profile.ECS));
  }

  /** @return a validator for Kubernetes */
  public static SidecarValidator kubernetes() {
    return new SidecarValidator(EnumSet.of(Profile.KUBERNETES));
  }

  /** @return a validator for what AWS Copilot accepts */
  public static SidecarValidator copilot() {
    return new SidecarValidator(EnumSet.of(Profile.COPILOT));
  }

  /** @return a validator for every target at once */
  public static SidecarValidator all() {
    return new SidecarValidator(EnumSet.allOf(Profile.class));
  }

  /**
   * A validator for the given targets.
   *
   * @param first a profile
   * @param more more profiles
   * @return the validator
   */
  public static SidecarValidator of(Profile first, Profile... more) {
    return new SidecarValidator(EnumSet.of(first, more));
  }

  /** @return the profiles checked */
  public Set<Profile> profiles() {
    return profiles;
  }

  /**
   * Validates a workload built in code.
   *
   * @param workload the workload
   * @return every problem
   */
  public ValidationReport validate(Workload workload) {
    return validate(workload, SourceMap.empty());
  }

  /**
   * Validates a workload read from a file; each violation carries its file, line and column
   * and the path in the file's own terms.
   *
   * @param workload the workload
   * @param sources where its elements came from ({@code CopilotManifest.sources(env)}, ...)
   * @return every problem
   */
  public ValidationReport validate(Workload workload, SourceMap sources) {
    Findings findings = new Findings(sources, profiles);
    for (Rule rule : rules) {
      rule.check(workload, findings);
    }
    Set<Violation> unique = new LinkedHashSet<>(findings.violations());
    List<Violation> sorted = new ArrayList<>(unique);
    sorted.sort(Comparator.comparing(Violation::modelPath).thenComparing(Violation::code).thenComparing(Violation::message));
    return new ValidationReport(sorted);
  }

  /**
   * Validates a sidecar template: its default container, as a sidecar of a workload whose
   * main container is a placeholder.
   *
   * @param template the template
   * @return every problem of the template's container
   */
  public ValidationReport validate(SidecarTemplate template) {
    return validate(template, SourceMap.empty());
  }

  /**
   * Validates a sidecar template read from a file.
   *
   * @param template the template
   * @param sources where its elements came from (model paths under {@code defaults})
   * @return every problem of the template's container, with paths under {@code defaults}
   */
  public ValidationReport validate(SidecarTemplate template, SourceMap sources) {
    String name = template.defaults().name();
    Workload holder = Workload.builder()
        .name("template")
        .type(WorkloadType.BACKEND_SERVICE)
        .main(dev.sidecars.model.Container.builder().name(name.equals("main") ? "main-" : "main")
            .image("placeholder").build())
        .addSidecar(template.defaults())
        .build();
    ValidationReport report = validate(holder, SourceMap.empty());
    List<Violation> violations = new ArrayList<>();
    String prefix = "sidecars." + name;
    for (Violation v : report.violations()) {
      if (!v.modelPath().startsWith(prefix)) {
        continue;
      }
      String modelPath = "defaults" + v.modelPath().substring(prefix.length());
      violations.add(Violation.of(v.code(), modelPath, v.message(), v.severity(), sources.find(modelPath)));
    }
    return new ValidationReport(violations);
  }
}
