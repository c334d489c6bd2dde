package dev.sidecars.validation.internal;

import dev.sidecars.model.Logging;
import dev.sidecars.model.Workload;
import dev.sidecars.validation.Profile;
import java.util.Set;

/**
 * {@code workload.container-limit}: an ECS task definition holds at most 10 containers, counting
 * the FireLens router and the X-Ray collector the emitter adds.
 */
final class EcsContainerLimit implements Rule {
  static final int LIMIT = 10;

  @Override
  public Set<Profile> profiles() {
    return Rules.ECS_AND_COPILOT;
  }

  @Override
  public void check(Workload workload, Findings findings) {
    int count = workload.containers().size() + (workload.logging().filter(Logging::routesLogs).isPresent() ? 1 : 0)
        + (workload.tracing().isPresent() ? 1 : 0);
    if (count > LIMIT) {
      findings.error("workload.container-limit", "sidecars",
          "an ECS task holds at most " + LIMIT + " containers; this one has " + count);
    }
  }
}
