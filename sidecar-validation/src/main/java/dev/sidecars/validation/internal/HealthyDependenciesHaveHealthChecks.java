package dev.sidecars.validation.internal;

import dev.sidecars.model.Container;
import dev.sidecars.model.DependencyCondition;
import dev.sidecars.model.Workload;
import dev.sidecars.validation.Profile;
import java.util.Map;
import java.util.Set;

/**
 * {@code depends-on.healthy-without-healthcheck}: waiting for HEALTHY needs a health check on
 * the target (ECS), or a startup or readiness probe (Kubernetes); without one the task waits
 * forever.
 */
final class HealthyDependenciesHaveHealthChecks implements Rule {

  @Override
  public Set<Profile> profiles() {
    return Rules.ALL;
  }

  @Override
  public void check(Workload workload, Findings findings) {
    for (Container container : workload.containers()) {
      for (Map.Entry<String, DependencyCondition> dependency : container.dependsOn().entrySet()) {
        if (dependency.getValue() != DependencyCondition.HEALTHY) {
          continue;
        }
        workload.container(dependency.getKey()).ifPresent(target -> {
          boolean ecsMissing = (findings.active(Profile.ECS) || findings.active(Profile.COPILOT))
              && target.healthCheck().isEmpty();
          boolean kubernetesMissing = findings.active(Profile.KUBERNETES) && target.healthCheck().isEmpty()
              && target.startupProbe().isEmpty() && target.readinessProbe().isEmpty();
          if (ecsMissing || kubernetesMissing) {
            findings.error("depends-on.healthy-without-healthcheck",
                Findings.pathOf(workload, container) + ".dependsOn." + dependency.getKey(),
                "container " + target.name() + " has no health check, so it never becomes HEALTHY");
          }
        });
      }
    }
  }
}
