package dev.sidecars.validation.internal;

import dev.sidecars.model.Container;
import dev.sidecars.model.DependencyCondition;
import dev.sidecars.model.Workload;
import dev.sidecars.validation.Profile;
import java.util.Map;
import java.util.Set;

/**
 * {@code depends-on.essential-condition}: ECS refuses COMPLETE or SUCCESS on an essential
 * container ("A dependency container with SUCCESS or COMPLETE condition cannot be an essential
 * container"); containers are essential unless marked otherwise.
 */
final class EssentialDependenciesStartOrHealthy implements Rule {

  @Override
  public Set<Profile> profiles() {
    return Rules.ECS_AND_COPILOT;
  }

  @Override
  public void check(Workload workload, Findings findings) {
    for (Container container : workload.containers()) {
      for (Map.Entry<String, DependencyCondition> dependency : container.dependsOn().entrySet()) {
        DependencyCondition condition = dependency.getValue();
        if (condition != DependencyCondition.COMPLETE && condition != DependencyCondition.SUCCESS) {
          continue;
        }
        workload.container(dependency.getKey()).filter(Container::isEssential).ifPresent(target ->
            findings.error("depends-on.essential-condition",
                Findings.pathOf(workload, container) + ".dependsOn." + dependency.getKey(),
                "essential container " + target.name() + " can only have status START or HEALTHY;"
                    + " mark it essential: false to wait for it to " + condition.name()));
      }
    }
  }
}
