package dev.sidecars.validation.internal;

import dev.sidecars.model.Workload;
import dev.sidecars.validation.Profile;
import java.util.Set;

/**
 * {@code target-container.unknown} and {@code target-container.no-port}: the load balancer's
 * target container exists and exposes a port (Copilot's "target container %q doesn't exist"
 * and "doesn't expose a port").
 */
final class TargetContainerExposesAPort implements Rule {

  @Override
  public Set<Profile> profiles() {
    return Rules.ALL;
  }

  @Override
  public void check(Workload workload, Findings findings) {
    workload.targetContainer().ifPresent(target -> {
      var container = workload.container(target);
      if (container.isEmpty()) {
        findings.error("target-container.unknown", "targetContainer", "target container \"" + target + "\" doesn't exist");
      } else if (container.get().ports().isEmpty()) {
        findings.error("target-container.no-port", "targetContainer", "target container \"" + target + "\" doesn't expose a port");
      }
    });
  }
}
