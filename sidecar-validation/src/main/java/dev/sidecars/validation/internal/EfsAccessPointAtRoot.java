package dev.sidecars.validation.internal;

import dev.sidecars.model.EfsVolume;
import dev.sidecars.model.Volume;
import dev.sidecars.model.Workload;
import dev.sidecars.validation.Profile;
import java.util.Set;

/**
 * {@code volumes.efs-access-point}: an EFS volume mounted through an access point has no root
 * directory of its own (empty or {@code /}; the access point has one) and does not turn IAM
 * off, as Copilot and ECS require.
 */
final class EfsAccessPointAtRoot implements Rule {

  @Override
  public Set<Profile> profiles() {
    return Rules.ECS_AND_COPILOT;
  }

  @Override
  public void check(Workload workload, Findings findings) {
    for (Volume volume : workload.volumes()) {
      if (volume.efs().flatMap(EfsVolume::accessPointId).isEmpty()) {
        continue;
      }
      EfsVolume efs = volume.efs().get();
      boolean atRoot = efs.rootDirectory().filter(r -> !r.isEmpty() && !r.equals("/")).isEmpty();
      if (!atRoot || !efs.iam().orElse(true)) {
        findings.error("volumes.efs-access-point", "volumes[" + volume.name() + "].efs",
            "\"root_dir\" must be either empty or \"/\" and \"auth.iam\" must be true when \"access_point_id\" is used");
      }
    }
  }
}
