package dev.sidecars.validation.internal;

import dev.sidecars.model.Volume;
import dev.sidecars.model.Workload;
import dev.sidecars.validation.Profile;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code volumes.duplicate}: two volumes of one name would be one volume on every target, so
 * the mounts of one would silently land on the other.
 */
final class VolumeNamesAreUnique implements Rule {

  @Override
  public Set<Profile> profiles() {
    return Rules.ALL;
  }

  @Override
  public void check(Workload workload, Findings findings) {
    Set<String> seen = new HashSet<>();
    for (Volume volume : workload.volumes()) {
      if (!seen.add(volume.name())) {
        findings.error("volumes.duplicate", "volumes[" + volume.name() + "]", "the volume name " + volume.name()
            + " is used twice; give each volume its own name");
      }
    }
  }
}
