package dev.sidecars.k8s.internal;

import dev.sidecars.model.Container;
import dev.sidecars.model.Cpu;
import dev.sidecars.model.Memory;
import dev.sidecars.model.Resources;
import dev.sidecars.model.Workload;
import dev.sidecars.model.spi.EmitWarning;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A workload's task size (ECS's task cpu and memory, which Copilot always sets) on Kubernetes.
 * From Kubernetes 1.34, where pod-level resources are on by default (beta), it is the pod's
 * {@code resources}, requests and limits alike, as Fargate reserves and caps a task. Before,
 * or when the version is not known, it goes to the main container: what the task has less what
 * the sidecars ask for (their limit, else their request) becomes its requests and limits,
 * unless it sets its own; a warning says how it was split.
 */
public final class TaskSize {
  /** The first Kubernetes version with pod-level resources on by default. */
  public static final String POD_LEVEL_SINCE = "1.34";

  private TaskSize() {}

  /**
   * Applies the task size.
   *
   * @param workload the workload
   * @param version the cluster's version, if known
   * @param pod the pod spec, which gets pod-level resources
   * @param main the main container as emitted, which gets the split otherwise
   * @param warnings where the split is explained
   */
  public static void apply(Workload workload, Optional<String> version, PodSpec pod,
      io.fabric8.kubernetes.api.model.Container main, List<EmitWarning> warnings) {
    Optional<Cpu> cpu = workload.cpu();
    Optional<Memory> memory = workload.memory();
    if (cpu.isEmpty() && memory.isEmpty()) {
      return;
    }
    if (version.filter(v -> KubernetesVersions.atLeast(v, 1, 34)).isPresent()) {
      Map<String, Quantity> size = new LinkedHashMap<>();
      cpu.ifPresent(c -> size.put("cpu", ContainerMapping.cpu(c)));
      memory.ifPresent(m -> size.put("memory", new Quantity(m.toString())));
      pod.setResources(new ResourceRequirements(null, new LinkedHashMap<>(size), new LinkedHashMap<>(size)));
      return;
    }
    Resources own = workload.main().resources().orElse(Resources.builder().build());
    Map<String, Quantity> mainSize = new LinkedHashMap<>();
    List<String> given = new ArrayList<>();
    List<String> notEmitted = new ArrayList<>();
    cpu.ifPresent(task -> {
      if (own.cpuMin().isPresent() || own.cpuMax().isPresent()) {
        notEmitted.add("the task's CPU is not emitted: the main container sets its own");
        return;
      }
      BigDecimal sidecars = BigDecimal.ZERO;
      for (Container sidecar : workload.sidecars()) {
        sidecars = sidecars.add(sidecar.resources().flatMap(r -> r.cpuMax().or(r::cpuMin)).map(Cpu::cores)
            .orElse(BigDecimal.ZERO));
      }
      BigDecimal left = task.cores().subtract(sidecars);
      if (left.signum() > 0) {
        Cpu share = Cpu.parseKubernetes(left.toPlainString());
        mainSize.put("cpu", ContainerMapping.cpu(share));
        given.add(share + " CPU" + (sidecars.signum() > 0 ? " (the task's " + task + " less the sidecars' "
            + Cpu.parseKubernetes(sidecars.toPlainString()) + ")" : ""));
      } else {
        notEmitted.add("the task's CPU is not emitted: the sidecars ask for all of it");
      }
    });
    memory.ifPresent(task -> {
      if (own.memoryMin().isPresent() || own.memoryMax().isPresent()) {
        notEmitted.add("the task's memory is not emitted: the main container sets its own");
        return;
      }
      long sidecars = 0;
      for (Container sidecar : workload.sidecars()) {
        sidecars += sidecar.resources().flatMap(r -> r.memoryMax().or(r::memoryMin)).map(Memory::bytes).orElse(0L);
      }
      long left = task.bytes() - sidecars;
      if (left > 0) {
        Memory share = Memory.ofBytes(left);
        mainSize.put("memory", new Quantity(share.toString()));
        given.add(share + " memory" + (sidecars > 0 ? " (the task's " + task + " less the sidecars' "
            + Memory.ofBytes(sidecars) + ")" : ""));
      } else {
        notEmitted.add("the task's memory is not emitted: the sidecars ask for all of it");
      }
    });
    if (!mainSize.isEmpty()) {
      ResourceRequirements resources = main.getResources() == null ? new ResourceRequirements() : main.getResources();
      Map<String, Quantity> requests = resources.getRequests() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(resources.getRequests());
      Map<String, Quantity> limits = resources.getLimits() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(resources.getLimits());
      requests.putAll(mainSize);
      limits.putAll(mainSize);
      resources.setRequests(requests);
      resources.setLimits(limits);
      main.setResources(resources);
    }
    List<String> parts = new ArrayList<>();
    parts.add(version.map(v -> "Kubernetes " + v + " has no pod-level resources (" + POD_LEVEL_SINCE + " and later)")
        .orElse("without --k8s-version " + POD_LEVEL_SINCE + " or later there are no pod-level resources"));
    if (!given.isEmpty()) {
      parts.add("the main container " + workload.main().name() + " gets " + String.join(" and ", given)
          + " of the task as its requests and limits");
    }
    parts.addAll(notEmitted);
    warnings.add(EmitWarning.of("k8s.task-size", workload.cpu().isPresent() ? "cpu" : "memory", String.join("; ", parts)));
  }
}
