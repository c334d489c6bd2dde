package dev.sidecars.validation.internal;

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
    if (!workload.type().supportsSidecars() && (!workload.sidecars().isEmpty() || workload.logging().isPresent())) {
      findings.error("workload.rdws-sidecars", workload.sidecars().isEmpty() ? "logging" : "sidecars." + workload.sidecars().get(0).name(),
          "sidecars and logging are not supported for Request-Driven Web Services");
    }
  }
}
