package dev.sidecars.model;

import java.util.Optional;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;

/**
 * A workload volume mounted into a container, keyed in a container by its {@link #path()}.
 * Copilot's {@code mount_points} entry.
 */
@Value.Immutable
public abstract class Mount implements Keyed {

  /** @return the name of the workload volume to mount ({@code source_volume}) */
  public abstract String sourceVolume();

  /** @return the path inside the container */
  @Pattern(regexp = "/.*", flags = Pattern.Flag.DOTALL,
      message = "[mount.path] the mount path must be absolute")
  public abstract String path();

  /** @return whether the mount is read-only, if given; see {@link #isReadOnly()} */
  public abstract Optional<Boolean> readOnly();

  /**
   * Whether the mount is read-only, with Copilot's default of {@code true}.
   *
   * @return {@code readOnly().orElse(true)}
   */
  public boolean isReadOnly() {
    return readOnly().orElse(true);
  }

  /**
   * A mount that leaves {@code readOnly} unset (read-only by default).
   *
   * @param sourceVolume the workload volume
   * @param path the path in the container
   * @return the mount
   */
  public static Mount of(String sourceVolume, String path) {
    return ImmutableMount.builder().sourceVolume(sourceVolume).path(path).build();
  }

  /**
   * A mount with {@code readOnly} set explicitly.
   *
   * @param sourceVolume the workload volume
   * @param path the path in the container
   * @param readOnly whether the container may only read
   * @return the mount
   */
  public static Mount of(String sourceVolume, String path, boolean readOnly) {
    return ImmutableMount.builder().sourceVolume(sourceVolume).path(path).readOnly(readOnly).build();
  }

  /** {@code volume:path} with {@code :ro}/{@code :rw} when set. */
  @Override
  public String toString() {
    return sourceVolume() + ":" + path() + readOnly().map(ro -> ro ? ":ro" : ":rw").orElse("");
  }

  /**
   * The key of a mount in its container: the container path.
   *
   * @return the key
   */
  @Override
  public String key() {
    return path();
  }
}
