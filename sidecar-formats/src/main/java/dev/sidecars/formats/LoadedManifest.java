package dev.sidecars.formats;

import dev.sidecars.formats.copilot.CopilotManifest;
import dev.sidecars.formats.mia.MiaItem;
import dev.sidecars.model.ContainerPatch;
import dev.sidecars.model.SidecarTemplate;
import dev.sidecars.model.Workload;
import java.util.List;
import java.util.Optional;

/**
 * What {@link ManifestReader} read: a workload (a Sidecars workload, or a Copilot manifest as
 * its root settings say), a sidecar template (a Sidecars template or a Mia-Platform item) or a
 * container patch, each with the origins of its fields. The dialect's own reading stays
 * available, for what only it has: a Copilot manifest's environments, a Mia-Platform item's
 * unresolved placeholders.
 */
public final class LoadedManifest {
  private final Dialect dialect;
  private final Optional<Sourced<Workload>> workload;
  private final Optional<Sourced<SidecarTemplate>> template;
  private final Optional<ContainerPatch> patch;
  private final Optional<CopilotManifest> copilot;
  private final Optional<MiaItem> mia;

  private LoadedManifest(Dialect dialect, Optional<Sourced<Workload>> workload,
      Optional<Sourced<SidecarTemplate>> template, Optional<ContainerPatch> patch, Optional<CopilotManifest> copilot,
      Optional<MiaItem> mia) {
    this.dialect = dialect;
    this.workload = workload;
    this.template = template;
    this.patch = patch;
    this.copilot = copilot;
    this.mia = mia;
  }

  static LoadedManifest workload(Sourced<Workload> workload) {
    return new LoadedManifest(Dialect.NATIVE, Optional.of(workload), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty());
  }

  static LoadedManifest template(Sourced<SidecarTemplate> template) {
    return new LoadedManifest(Dialect.NATIVE, Optional.empty(), Optional.of(template), Optional.empty(),
        Optional.empty(), Optional.empty());
  }

  static LoadedManifest patch(ContainerPatch patch) {
    return new LoadedManifest(Dialect.NATIVE, Optional.empty(), Optional.empty(), Optional.of(patch),
        Optional.empty(), Optional.empty());
  }

  static LoadedManifest copilot(CopilotManifest manifest) {
    return new LoadedManifest(Dialect.COPILOT,
        Optional.of(new Sourced<>(manifest.workload(), manifest.sources(), manifest.warnings())),
        Optional.empty(), Optional.empty(), Optional.of(manifest), Optional.empty());
  }

  static LoadedManifest mia(MiaItem item) {
    return new LoadedManifest(Dialect.MIA, Optional.empty(),
        Optional.of(new Sourced<>(item.template(), item.sources(), item.warnings())), Optional.empty(),
        Optional.empty(), Optional.of(item));
  }

  /** @return the dialect the document was read as */
  public Dialect dialect() {
    return dialect;
  }

  /** @return the workload with its origins and the reader's warnings; a Copilot manifest's as its root says */
  public Optional<Sourced<Workload>> workload() {
    return workload;
  }

  /** @return the sidecar template with its origins and the reader's warnings */
  public Optional<Sourced<SidecarTemplate>> template() {
    return template;
  }

  /** @return the container patch of a Sidecars {@code ContainerPatch} document */
  public Optional<ContainerPatch> patch() {
    return patch;
  }

  /** @return the Copilot manifest as its reader read it, with its environments */
  public Optional<CopilotManifest> copilot() {
    return copilot;
  }

  /** @return the Mia-Platform item as its reader read it, with its unresolved placeholders */
  public Optional<MiaItem> mia() {
    return mia;
  }

  /** @return the reader's warnings (none for a patch) */
  public List<ManifestWarning> warnings() {
    return workload.map(Sourced::warnings).or(() -> template.map(Sourced::warnings)).orElse(List.of());
  }
}
