package dev.sidecars.validation.internal;

import dev.sidecars.model.Container;
import dev.sidecars.model.Workload;
import dev.sidecars.validation.Profile;
import java.util.Set;

/** {@code workload.rdws-sidecars}: "Sidecars are not supported for Request-Driven Web Services." */
final class WorkloadTypeAllowsSidecars implements Rule {

  @Override
  public Set<Profile> profiles() {
    return Rules.ALL;
  }

  @Override
  public void check(Workload workload, Findings findings) {
    if (workload.type().supportsSidecars()) {
      return;
    }
    // one finding per sidecar, at its own line, whatever their order
    for (Container sidecar : workload.sidecars()) {
      findings.error("workload.rdws-sidecars", "sidecars." + sidecar.name(),
          "sidecars are not supported for Request-Driven Web Services; \"" + sidecar.name() + "\" cannot run beside it");
    }
    if (workload.logging().isPresent()) {
      findings.error("workload.rdws-sidecars", "logging", "logging is not supported for Request-Driven Web Services");
    }
  }
}
