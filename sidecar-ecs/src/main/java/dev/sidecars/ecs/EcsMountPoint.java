package dev.sidecars.ecs;

import org.immutables.value.Value;

/** One entry of a container definition's {@code mountPoints}. */
@Value.Immutable
public abstract class EcsMountPoint {

  /** @return the task volume mounted */
  public abstract String sourceVolume();

  /** @return where in the container */
  public abstract String containerPath();

  /** @return whether the container may only read it */
  public abstract boolean readOnly();

  static EcsMountPoint of(String sourceVolume, String containerPath, boolean readOnly) {
    return ImmutableEcsMountPoint.builder().sourceVolume(sourceVolume).containerPath(containerPath).readOnly(readOnly)
        .build();
  }

  /** {@code data:/var/data}, with {@code :ro} when read-only. */
  @Override
  public String toString() {
    return sourceVolume() + ":" + containerPath() + (readOnly() ? ":ro" : "");
  }
}
