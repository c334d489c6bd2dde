package dev.sidecars.validation.internal;

import dev.sidecars.model.EfsVolume;
import dev.sidecars.model.Workload;
import dev.sidecars.validation.Profile;
import java.util.Set;

/**
 * {@code volumes.managed-efs}: a workload has at most one managed EFS volume, which Copilot
 * creates with its access point.
 */
final class OneManagedEfsVolume implements Rule {

  @Override
  public Set<Profile> profiles() {
    return Rules.ECS_AND_COPILOT;
  }

  @Override
  public void check(Workload workload, Findings findings) {
    long managed = workload.volumes().stream().filter(v -> v.efs().filter(EfsVolume::isManaged).isPresent()).count();
    if (managed > 1) {
      findings.error("volumes.managed-efs", "volumes", "cannot specify more than one managed volume per service; this "
          + "workload has " + managed);
    }
  }
}
