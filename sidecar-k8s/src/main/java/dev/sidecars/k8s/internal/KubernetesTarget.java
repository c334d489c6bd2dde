package dev.sidecars.k8s.internal;

import dev.sidecars.k8s.KubernetesEmitter;
import dev.sidecars.model.Workload;
import dev.sidecars.model.spi.WorkloadEmitter;

/** The {@code k8s} target: multi-document YAML with native sidecars. */
public final class KubernetesTarget implements WorkloadEmitter {
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
    return KubernetesEmitter.create().emit(workload).toYaml();
  }
}
