package dev.sidecars.cli.internal;

import dev.sidecars.formats.ManifestWarning;
import dev.sidecars.model.SidecarTemplate;
import dev.sidecars.model.SourceMap;
import dev.sidecars.model.Workload;
import java.util.List;
import java.util.Optional;

/** What one file held: a workload or a sidecar template, with its origins and reading warnings. */
public final class Loaded {
  private final Dialect dialect;
  private final Optional<Workload> workload;
  private final Optional<SidecarTemplate> template;
  private final SourceMap sources;
  private final List<ManifestWarning> warnings;

  private Loaded(Dialect dialect, Optional<Workload> workload, Optional<SidecarTemplate> template,
      SourceMap sources, List<ManifestWarning> warnings) {
    this.dialect = dialect;
    this.workload = workload;
    this.template = template;
    this.sources = sources;
    this.warnings = List.copyOf(warnings);
  }

  static Loaded workload(Dialect dialect, Workload workload, SourceMap sources, List<ManifestWarning> warnings) {
    return new Loaded(dialect, Optional.of(workload), Optional.empty(), sources, warnings);
  }

  static Loaded template(Dialect dialect, SidecarTemplate template, SourceMap sources, List<ManifestWarning> warnings) {
    return new Loaded(dialect, Optional.empty(), Optional.of(template), sources, warnings);
  }

  /** @return the dialect the file was read as */
  public Dialect dialect() {
    return dialect;
  }

  /** @return the workload, when the file held one */
  public Optional<Workload> workload() {
    return workload;
  }

  /** @return the sidecar template, when the file held one */
  public Optional<SidecarTemplate> template() {
    return template;
  }

  /** @return where each element came from */
  public SourceMap sources() {
    return sources;
  }

  /** @return what the reader noticed but accepted */
  public List<ManifestWarning> warnings() {
    return warnings;
  }
}
