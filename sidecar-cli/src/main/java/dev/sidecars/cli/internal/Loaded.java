package dev.sidecars.cli.internal;

import dev.sidecars.ecs.EcsImport;
import dev.sidecars.formats.ManifestWarning;
import dev.sidecars.k8s.KubernetesImport;
import dev.sidecars.model.SidecarTemplate;
import dev.sidecars.model.SourceMap;
import dev.sidecars.model.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What one file held: a sidecar template, or a workload in one or more cases. A Copilot
 * manifest read without {@code --env} has a case for its root and one for each environment it
 * lists; with {@code --env}, and in the other dialects, there is one case.
 */
public final class Loaded {
  /** The name of the root case in reports: the manifest with no environment's override. */
  public static final String ROOT = "(root)";

  private final InputKind kind;
  private final Optional<EcsImport> ecs;
  private final List<KubernetesImport> kubernetes;
  private final List<Case> cases;
  private final Optional<SidecarTemplate> template;
  private final SourceMap templateSources;
  private final List<ManifestWarning> templateWarnings;
  private final List<ManifestWarning> renderWarnings;

  private Loaded(InputKind kind, List<Case> cases, Optional<SidecarTemplate> template, SourceMap templateSources,
      List<ManifestWarning> templateWarnings, List<ManifestWarning> renderWarnings, Optional<EcsImport> ecs) {
    this(kind, cases, template, templateSources, templateWarnings, renderWarnings, ecs, List.of());
  }

  private Loaded(InputKind kind, List<Case> cases, Optional<SidecarTemplate> template, SourceMap templateSources,
      List<ManifestWarning> templateWarnings, List<ManifestWarning> renderWarnings, Optional<EcsImport> ecs,
      List<KubernetesImport> kubernetes) {
    this.kind = kind;
    this.ecs = ecs;
    this.kubernetes = List.copyOf(kubernetes);
    this.cases = List.copyOf(cases);
    this.template = template;
    this.templateSources = templateSources;
    this.templateWarnings = List.copyOf(templateWarnings);
    this.renderWarnings = List.copyOf(renderWarnings);
  }

  static Loaded workload(InputKind kind, Workload workload, SourceMap sources, List<ManifestWarning> warnings) {
    return new Loaded(kind, List.of(new Case(Optional.empty(), workload, sources, warnings, Set.of())),
        Optional.empty(), SourceMap.empty(), List.of(), List.of(), Optional.empty());
  }

  static Loaded cases(InputKind kind, List<Case> cases) {
    return new Loaded(kind, cases, Optional.empty(), SourceMap.empty(), List.of(), List.of(), Optional.empty());
  }

  static Loaded template(InputKind kind, SidecarTemplate template, SourceMap sources, List<ManifestWarning> warnings) {
    return template(kind, template, sources, warnings, List.of());
  }

  static Loaded template(InputKind kind, SidecarTemplate template, SourceMap sources, List<ManifestWarning> warnings,
      List<ManifestWarning> renderWarnings) {
    return new Loaded(kind, List.of(), Optional.of(template), sources, warnings, renderWarnings, Optional.empty());
  }

  /**
   * An imported ECS task definition: one case, whose validation leaves out the rules that do
   * not apply to it ({@link EcsImport#rulesNotApplicable()}).
   */
  static Loaded ecs(EcsImport imported) {
    Set<String> notApplicable = imported.rulesNotApplicable();
    Case only = new Case(Optional.empty(), imported.workload(), imported.sources(), imported.warnings(), Set.of(),
        List.of(), notApplicable);
    return new Loaded(InputKind.ECS, List.of(only), Optional.empty(), SourceMap.empty(), List.of(), List.of(),
        Optional.of(imported));
  }

  /**
   * Imported Kubernetes workloads: a case for each, named by its kind and name.
   */
  static Loaded kubernetes(List<KubernetesImport> imported) {
    List<Case> cases = new ArrayList<>();
    for (KubernetesImport workload : imported) {
      Optional<String> label = imported.size() == 1 ? Optional.empty()
          : Optional.of(workload.kind() + "/" + workload.workload().name());
      cases.add(new Case(label, workload.workload(), workload.sources(), workload.warnings(), Set.of()));
    }
    return new Loaded(InputKind.KUBERNETES, cases, Optional.empty(), SourceMap.empty(), List.of(), List.of(),
        Optional.empty(), imported);
  }

  /** @return what the file was read as */
  public InputKind kind() {
    return kind;
  }

  /** @return the Kubernetes workloads as imported, in case order, when the file held them */
  public List<KubernetesImport> kubernetes() {
    return kubernetes;
  }

  /** @return the task definition as imported, when the file was one; its family, roles and launch type */
  public Optional<EcsImport> ecs() {
    return ecs;
  }

  /** @return the workload's cases, the one to render first; empty when the file held a template */
  public List<Case> cases() {
    return cases;
  }

  /** @return the case that {@code render} renders, when the file held a workload */
  public Optional<Case> first() {
    return cases.stream().findFirst();
  }

  /** @return the workload that {@code render} renders, when the file held one */
  public Optional<Workload> workload() {
    return first().map(Case::workload);
  }

  /** @return the sidecar template, when the file held one */
  public Optional<SidecarTemplate> template() {
    return template;
  }

  /** @return where each element of the template came from */
  public SourceMap templateSources() {
    return templateSources;
  }

  /** @return what the reader noticed in the template but accepted */
  public List<ManifestWarning> templateWarnings() {
    return templateWarnings;
  }

  /**
   * What matters only when the template is rendered: its {@code {{PLACEHOLDER}}}s without a
   * value, which a catalog item may well keep, but a workload would run with as written.
   *
   * @return the warnings
   */
  public List<ManifestWarning> renderWarnings() {
    return renderWarnings;
  }

  /** One workload a file describes: the root of a Copilot manifest, or one of its environments. */
  public static final class Case {
    private final Optional<String> environment;
    private final Workload workload;
    private final SourceMap sources;
    private final List<ManifestWarning> warnings;
    private final Set<String> unresolved;
    private final List<ManifestWarning> renderWarnings;
    private final Set<String> notApplicable;

    Case(Optional<String> environment, Workload workload, SourceMap sources, List<ManifestWarning> warnings,
        Set<String> unresolved) {
      this(environment, workload, sources, warnings, unresolved, List.of());
    }

    Case(Optional<String> environment, Workload workload, SourceMap sources, List<ManifestWarning> warnings,
        Set<String> unresolved, List<ManifestWarning> renderWarnings) {
      this(environment, workload, sources, warnings, unresolved, renderWarnings, Set.of());
    }

    Case(Optional<String> environment, Workload workload, SourceMap sources, List<ManifestWarning> warnings,
        Set<String> unresolved, List<ManifestWarning> renderWarnings, Set<String> notApplicable) {
      this.notApplicable = Set.copyOf(notApplicable);
      this.environment = environment;
      this.workload = workload;
      this.sources = sources;
      this.warnings = List.copyOf(warnings);
      this.unresolved = Set.copyOf(unresolved);
      this.renderWarnings = List.copyOf(renderWarnings);
    }

    /** @return codes of rules that do not apply to this workload (an EC2 task's Fargate sizes) */
    public Set<String> notApplicable() {
      return notApplicable;
    }

    /**
     * @return the Copilot environment, or which of a Kubernetes file's workloads this is
     *     ({@code Deployment/web}); empty for the root or a file's one workload
     */
    public Optional<String> environment() {
      return environment;
    }

    /** @return the name reports give this case: the environment, or {@value #ROOT} */
    public String label() {
      return environment.orElse(ROOT);
    }

    /** @return the workload */
    public Workload workload() {
      return workload;
    }

    /** @return where each element came from */
    public SourceMap sources() {
      return sources;
    }

    /** @return what the reader noticed but accepted */
    public List<ManifestWarning> warnings() {
      return warnings;
    }

    /** @return Copilot's predefined variables that have no value in this case */
    public Set<String> unresolved() {
      return unresolved;
    }

    /** @return what matters only when the case is rendered: the settings no render carries */
    public List<ManifestWarning> renderWarnings() {
      return renderWarnings;
    }
  }
}
