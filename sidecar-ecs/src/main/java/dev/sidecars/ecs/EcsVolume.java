package dev.sidecars.ecs;

import java.util.Optional;
import org.immutables.value.Value;

/** One of the task's {@code volumes}: a bind mount, or an EFS file system. */
@Value.Immutable
public abstract class EcsVolume {

  /** @return the volume's name, as mount points give it */
  public abstract String name();

  /** @return the EFS file system's id, for an EFS volume */
  public abstract Optional<String> fileSystemId();

  /** @return the EFS access point's id, when it is mounted through one */
  public abstract Optional<String> accessPointId();

  static EcsVolume of(String name, Optional<String> fileSystemId, Optional<String> accessPointId) {
    return ImmutableEcsVolume.builder().name(name).fileSystemId(fileSystemId).accessPointId(accessPointId).build();
  }

  @Override
  public String toString() {
    return name() + fileSystemId().map(id -> " (EFS " + id + accessPointId().map(a -> " via " + a).orElse("") + ")")
        .orElse("");
  }
}
