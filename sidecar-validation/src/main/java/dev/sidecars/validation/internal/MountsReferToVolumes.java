package dev.sidecars.validation.internal;

import dev.sidecars.model.Container;
import dev.sidecars.model.Mount;
import dev.sidecars.model.Volume;
import dev.sidecars.model.Workload;
import dev.sidecars.validation.Profile;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code mount.unknown-volume}: a mount's source is a workload volume; {@code mount.path}: for
 * Copilot, the path is of {@code a-zA-Z0-9.-_/} (that it is absolute is a field constraint); {@code mount.duplicate-path}:
 * a container mounts one volume per path.
 */
final class MountsReferToVolumes implements Rule {
  private static final Pattern COPILOT_PATH = Pattern.compile("[a-zA-Z0-9\\-._/]+");

  @Override
  public Set<Profile> profiles() {
    return Rules.ALL;
  }

  @Override
  public void check(Workload workload, Findings findings) {
    Set<String> volumes = new HashSet<>();
    workload.volumes().forEach(v -> volumes.add(v.name()));
    for (Container container : workload.containers()) {
      Set<String> paths = new HashSet<>();
      for (Mount mount : container.mounts()) {
        String path = Findings.pathOf(workload, container) + ".mounts[" + mount.path() + "]";
        if (!volumes.contains(mount.sourceVolume())) {
          findings.error("mount.unknown-volume", path, "the volume '" + mount.sourceVolume() + "' is not a volume of the workload");
        }
        checkPath(mount.path(), path, findings);
        if (!paths.add(mount.path())) {
          findings.error("mount.duplicate-path", path, "the path " + mount.path() + " is mounted twice");
        }
      }
    }
    for (Volume volume : workload.volumes()) {
      volume.path().ifPresent(p -> checkPath(p, "volumes[" + volume.name() + "]", findings));
    }
  }

  private static void checkPath(String mountPath, String path, Findings findings) {
    // that a path is absolute is a field constraint of Mount.path (FieldConstraints)
    if (mountPath.startsWith("/") && findings.active(Profile.COPILOT) && !COPILOT_PATH.matcher(mountPath).matches()) {
      findings.error("mount.path", path, "path can only contain the characters a-zA-Z0-9.-_/");
    }
  }
}
