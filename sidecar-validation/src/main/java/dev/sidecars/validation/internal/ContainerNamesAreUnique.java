package dev.sidecars.validation.internal;

import dev.sidecars.model.Container;
import dev.sidecars.model.Logging;
import dev.sidecars.model.Workload;
import dev.sidecars.validation.Profile;
import java.util.HashSet;
import java.util.Set;

/** {@code name.duplicate}: container names are unique across main, sidecars and the log router. */
final class ContainerNamesAreUnique implements Rule {
  static final String LOG_ROUTER = "firelens_log_router";

  @Override
  public Set<Profile> profiles() {
    return Rules.ALL;
  }

  @Override
  public void check(Workload workload, Findings findings) {
    Set<String> seen = new HashSet<>();
    if (workload.logging().filter(Logging::routesLogs).isPresent()) {
      seen.add(LOG_ROUTER);
    }
    seen.add(workload.main().name());
    for (Container sidecar : workload.sidecars()) {
      if (!seen.add(sidecar.name())) {
        findings.error("name.duplicate", "sidecars." + sidecar.name(),
            "the container name '" + sidecar.name() + "' is used twice"
                + (sidecar.name().equals(LOG_ROUTER) ? " (the FireLens log router has it)" : ""));
      }
    }
  }
}
