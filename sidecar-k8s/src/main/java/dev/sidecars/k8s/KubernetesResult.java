package dev.sidecars.k8s;

import dev.sidecars.k8s.internal.YamlText;
import dev.sidecars.model.spi.EmitWarning;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the emitter made: the ConfigMaps the pod mounts, the Service when asked for, the
 * workload object (absent for {@link WorkloadKind#POD_SPEC}), its pod spec, and the warnings
 * about what Kubernetes runs differently than asked.
 */
public final class KubernetesResult {
  private final List<ConfigMap> configMaps;
  private final Optional<Service> service;
  private final Optional<HasMetadata> workload;
  private final PodSpec podSpec;
  private final List<EmitWarning> warnings;

  KubernetesResult(List<ConfigMap> configMaps, Optional<Service> service, Optional<HasMetadata> workload,
      PodSpec podSpec, List<EmitWarning> warnings) {
    this.configMaps = List.copyOf(configMaps);
    this.service = service;
    this.workload = workload;
    this.podSpec = podSpec;
    this.warnings = List.copyOf(warnings);
  }

  /** @return the ConfigMaps, in the order the containers mount them */
  public List<ConfigMap> configMaps() {
    return configMaps;
  }

  /** @return the Service, when the emitter was asked for one ({@code KubernetesEmitter.Builder#service}) */
  public Optional<Service> service() {
    return service;
  }

  /** @return the Deployment, Job or CronJob; empty for a bare pod spec */
  public Optional<HasMetadata> workload() {
    return workload;
  }

  /** @return the pod spec: the same object as the workload object's pod template spec */
  public PodSpec podSpec() {
    return podSpec;
  }

  /** @return what runs differently than the workload asks, each with a code and the model path */
  public List<EmitWarning> warnings() {
    return warnings;
  }

  /**
   * Every object as one multi-document YAML: the ConfigMaps first, then the Service, then the
   * workload object (or the pod spec).
   *
   * @return the YAML
   */
  public String toYaml() {
    List<Object> documents = new ArrayList<>(configMaps);
    service.ifPresent(documents::add);
    documents.add(workload.map(w -> (Object) w).orElse(podSpec));
    return YamlText.documents(documents);
  }
}
