package dev.sidecars.k8s;

import dev.sidecars.formats.ManifestWarning;
import dev.sidecars.formats.Sourced;
import dev.sidecars.model.SourceMap;
import dev.sidecars.model.Workload;
import dev.sidecars.validation.SidecarValidator;
import dev.sidecars.validation.ValidationReport;
import java.util.List;

/**
 * One Kubernetes workload read into the model by {@link KubernetesWorkloadReader}: the
 * workload, where each of its elements stood, and one warning per field the model does not
 * hold (code {@value KubernetesWorkloadReader#NOT_MODELLED}); a render leaves those out, an
 * edit in place keeps them.
 */
public final class KubernetesImport {
  private final String kind;
  private final Workload workload;
  private final SourceMap sources;
  private final List<ManifestWarning> warnings;
  private final boolean nativeSidecars;
  private final List<KeptField> kept;

  KubernetesImport(String kind, Workload workload, SourceMap sources, List<ManifestWarning> warnings,
      boolean nativeSidecars, List<KeptField> kept) {
    this.kind = kind;
    this.workload = workload;
    this.sources = sources;
    this.warnings = List.copyOf(warnings);
    this.nativeSidecars = nativeSidecars;
    this.kept = List.copyOf(kept);
  }

  /** The fields the emitter writes back, for tests. */
  List<KeptField> kept() {
    return kept;
  }

  /** @return the document's {@code kind}: Deployment, StatefulSet, DaemonSet, Job, CronJob or Pod */
  public String kind() {
    return kind;
  }

  /** @return the workload */
  public Workload workload() {
    return workload;
  }

  /** @return where each element of the workload came from, by model path */
  public SourceMap sources() {
    return sources;
  }

  /** @return what the model does not hold, one warning per field, in document order */
  public List<ManifestWarning> warnings() {
    return warnings;
  }

  /** @return the workload, its sources and warnings as the manifest readers give them */
  public Sourced<Workload> sourced() {
    return new Sourced<>(workload, sources, warnings);
  }

  /** @return the workload checked under the Kubernetes profile, findings at the file's lines */
  public ValidationReport validate() {
    return SidecarValidator.kubernetes().validate(workload, sources);
  }

  /**
   * An emitter set up as the document was: its kind where the emitter has it (a Deployment,
   * Job or CronJob; a Deployment for a StatefulSet, DaemonSet or Pod), classic sidecars when
   * the pod had no native ones, and the fields the model does not hold that it can write back
   * (the warnings say which): those of the pod, of its containers and of the pod template's
   * metadata, the volumes and mounts of kinds the model lacks, and the workload object's own
   * when the emitter writes one of the document's kind.
   *
   * @return a builder, to change further or build
   */
  public KubernetesEmitter.Builder emitter() {
    KubernetesEmitter.Builder builder = KubernetesEmitter.builder();
    switch (kind) {
      case "Job":
        builder.kind(WorkloadKind.JOB);
        break;
      case "CronJob":
        builder.kind(WorkloadKind.CRON_JOB);
        break;
      default:
        builder.kind(WorkloadKind.DEPLOYMENT);
        break;
    }
    if (!nativeSidecars) {
      builder.mode(SidecarMode.CLASSIC);
    }
    return builder.keep(kept);
  }
}
