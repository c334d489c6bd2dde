package dev.sidecars.k8s;

import dev.sidecars.k8s.internal.YamlText;
import dev.sidecars.model.spi.EmitWarning;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the emitter made: the ConfigMaps the pod mounts, the Service when asked for, the
 * workload object (a Deployment, Job or CronJob; none for {@link WorkloadKind#POD_SPEC}), its
 * pod spec, and the warnings about what Kubernetes runs differently than asked.
 *
 * <p>A result is immutable: fabric8's objects are mutable, so every accessor returns a fresh
 * deep copy, and changing one changes neither the result nor {@link #toYaml()}.
 */
public final class KubernetesResult {
  private final List<ConfigMap> configMaps;
  private final Optional<Service> service;
  private final Optional<HasMetadata> workload;
  private final PodSpec podSpec;
  private final WorkloadKind kind;
  private final List<EmitWarning> warnings;
  /** Written on first use, from objects no caller ever holds. */
  private volatile String yaml;

  KubernetesResult(List<ConfigMap> configMaps, Optional<Service> service, Optional<HasMetadata> workload,
      PodSpec podSpec, WorkloadKind kind, List<EmitWarning> warnings) {
    this.configMaps = List.copyOf(configMaps);
    this.service = service;
    this.workload = workload;
    this.podSpec = podSpec;
    this.kind = kind;
    this.warnings = List.copyOf(warnings);
  }

  /** @return the kind of object the pod spec is in */
  public WorkloadKind kind() {
    return kind;
  }

  /** @return copies of the ConfigMaps, in the order the containers mount them */
  public List<ConfigMap> configMaps() {
    List<ConfigMap> copies = new ArrayList<>();
    configMaps.forEach(c -> copies.add(YamlText.copy(c, ConfigMap.class)));
    return List.copyOf(copies);
  }

  /**
   * A ConfigMap by its Kubernetes name.
   *
   * @param name the object's name, for example {@code otel-config}
   * @return a copy of it, or empty when there is none of that name
   */
  public Optional<ConfigMap> configMap(String name) {
    return configMaps.stream().filter(c -> c.getMetadata().getName().equals(name)).findFirst()
        .map(c -> YamlText.copy(c, ConfigMap.class));
  }

  /** @return a copy of the Service, when the emitter was asked for one ({@link KubernetesEmitter.Builder#service}) */
  public Optional<Service> service() {
    return service.map(s -> YamlText.copy(s, Service.class));
  }

  /** @return a copy of the Deployment, Job or CronJob; empty for a bare pod spec */
  public Optional<HasMetadata> workload() {
    return workload.map(w -> YamlText.copy(w, w.getClass()));
  }

  /** @return a copy of the Deployment; empty when the workload became another kind */
  public Optional<Deployment> deployment() {
    return typed(Deployment.class);
  }

  /** @return a copy of the Job; empty when the workload became another kind */
  public Optional<Job> job() {
    return typed(Job.class);
  }

  /** @return a copy of the CronJob; empty when the workload became another kind */
  public Optional<CronJob> cronJob() {
    return typed(CronJob.class);
  }

  private <T extends HasMetadata> Optional<T> typed(Class<T> type) {
    return workload.filter(type::isInstance).map(w -> YamlText.copy(type.cast(w), type));
  }

  /** @return a copy of the pod spec, as the workload object's pod template holds it */
  public PodSpec podSpec() {
    return YamlText.copy(podSpec, PodSpec.class);
  }

  /** The same result with another workload object and pod spec (the kept fields of an import written in). */
  KubernetesResult with(Optional<HasMetadata> workload, PodSpec podSpec) {
    return new KubernetesResult(configMaps, service, workload, podSpec, kind, warnings);
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
    String written = yaml;
    if (written == null) {
      List<Object> documents = new ArrayList<>(configMaps);
      service.ifPresent(documents::add);
      documents.add(workload.map(w -> (Object) w).orElse(podSpec));
      written = YamlText.documents(documents);
      yaml = written;
    }
    return written;
  }
}
