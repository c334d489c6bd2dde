package dev.sidecars.validation.internal;

import dev.sidecars.model.Container;
import dev.sidecars.model.Logging;
import dev.sidecars.model.Workload;
import dev.sidecars.validation.Profile;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code depends-on.unknown-container}: a dependency names a container of the workload (the
 * FireLens router counts when logs are routed, Copilot #3053); {@code depends-on.self}: a
 * container does not depend on itself.
 */
final class DependenciesExist implements Rule {

  @Override
  public Set<Profile> profiles() {
    return Rules.ALL;
  }

  @Override
  public void check(Workload workload, Findings findings) {
    Set<String> names = new HashSet<>();
    workload.containers().forEach(c -> names.add(c.name()));
    if (workload.logging().filter(Logging::routesLogs).isPresent()) {
      names.add(ContainerNamesAreUnique.LOG_ROUTER);
    }
    for (Container container : workload.containers()) {
      String path = Findings.pathOf(workload, container) + ".dependsOn";
      for (String target : container.dependsOn().keySet()) {
        if (target.equals(container.name())) {
          findings.error("depends-on.self", path + "." + target,
              "container " + container.name() + " cannot depend on itself");
        } else if (!names.contains(target)) {
          findings.error("depends-on.unknown-container", path + "." + target,
              "container " + target + " does not exist" + (target.equals(ContainerNamesAreUnique.LOG_ROUTER)
                  ? " (the FireLens log router exists only when logging routes logs)" : ""));
        }
      }
    }
  }
}
