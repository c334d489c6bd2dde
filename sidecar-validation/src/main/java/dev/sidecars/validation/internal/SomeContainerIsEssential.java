package dev.sidecars.validation.internal;

import dev.sidecars.model.Container;
import dev.sidecars.model.Workload;
import dev.sidecars.validation.Profile;
import java.util.Set;

/** {@code workload.no-essential}: "All tasks must have at least one essential container." */
final class SomeContainerIsEssential implements Rule {

  @Override
  public Set<Profile> profiles() {
    return Rules.ECS_AND_COPILOT;
  }

  @Override
  public void check(Workload workload, Findings findings) {
    if (workload.containers().stream().noneMatch(Container::isEssential)) {
      findings.error("workload.no-essential", "main.essential", "task definition doesn't have any essential container");
    }
  }
}
