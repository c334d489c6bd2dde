package dev.sidecars.k8s.internal;

import dev.sidecars.k8s.KubernetesEmitter;
import dev.sidecars.model.Workload;
import dev.sidecars.model.spi.EmitSettings;
import dev.sidecars.model.spi.WorkloadEmitter;

/** The {@code k8s} target: multi-document YAML with native sidecars. */
public final class KubernetesTarget implements WorkloadEmitter {
  private final KubernetesEmitter emitter;

  /** The target with the emitter's defaults, as the service loader makes it. */
  public KubernetesTarget() {
    this(KubernetesEmitter.create());
  }

  private KubernetesTarget(KubernetesEmitter emitter) {
    this.emitter = emitter;
  }

  /** Reads the Kubernetes settings ({@link KubernetesEmitter.Builder#settings}). */
  @Override
  public WorkloadEmitter configure(EmitSettings settings) {
    return new KubernetesTarget(KubernetesEmitter.builder().settings(settings).build());
  }
  @Override
  public String target() {
    return "k8s";
  }

  @Override
  public String description() {
    return "Kubernetes ConfigMaps and Deployment with native sidecars (YAML)";
  }

  @Override
  public String emit(Workload workload) {
    return emitter.emit(workload).toYaml();
  }
}
