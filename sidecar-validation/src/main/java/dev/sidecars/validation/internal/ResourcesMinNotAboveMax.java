package dev.sidecars.validation.internal;

import dev.sidecars.model.Container;
import dev.sidecars.model.Resources;
import dev.sidecars.model.Workload;
import dev.sidecars.validation.Profile;
import java.math.RoundingMode;
import java.util.Set;

/**
 * {@code resources.min-max}: a request is at most its limit (Kubernetes "must be less than or
 * equal to cpu limit"); {@code resources.ecs-memory}: ECS wants {@code memory} strictly greater
 * than {@code memoryReservation};
 * {@code resources.task-size}: the containers fit in the task's CPU and memory.
 */
final class ResourcesMinNotAboveMax implements Rule {

  @Override
  public Set<Profile> profiles() {
    return Rules.ALL;
  }

  @Override
  public void check(Workload workload, Findings findings) {
    long memoryMib = 0;
    for (Container container : workload.containers()) {
      if (container.resources().isEmpty()) {
        continue;
      }
      Resources r = container.resources().get();
      String path = Findings.pathOf(workload, container) + ".resources";
      if (r.cpuMin().isPresent() && r.cpuMax().isPresent() && r.cpuMin().get().compareTo(r.cpuMax().get()) > 0) {
        findings.error("resources.min-max", path + ".cpuMin",
            "the CPU request " + r.cpuMin().get() + " is above the limit " + r.cpuMax().get());
      }
      if (r.memoryMin().isPresent() && r.memoryMax().isPresent()) {
        int order = r.memoryMin().get().compareTo(r.memoryMax().get());
        if (order > 0) {
          findings.error("resources.min-max", path + ".memoryMin",
              "the memory request " + r.memoryMin().get() + " is above the limit " + r.memoryMax().get());
        } else if (order == 0 && (findings.active(Profile.ECS) || findings.active(Profile.COPILOT))) {
          findings.error("resources.ecs-memory", path + ".memoryMin",
              "ECS needs memory greater than memoryReservation; both are " + r.memoryMin().get());
        }
      }
      memoryMib += r.memoryMax().or(r::memoryMin).map(m -> m.mebibytes(RoundingMode.CEILING)).orElse(0L);
    }
    long total = memoryMib;
    workload.memory().filter(task -> findings.active(Profile.ECS) && total > task.mebibytes(RoundingMode.FLOOR))
        .ifPresent(task -> findings.error("resources.task-size", "memory",
            "the containers ask for " + total + " MiB, more than the task's " + task));
  }
}
