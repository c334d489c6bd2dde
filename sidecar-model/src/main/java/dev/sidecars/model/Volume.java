package dev.sidecars.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A volume of the workload, which the main container mounts at {@link #path()} and sidecars
 * mount through their {@link Mount}s. Copilot's {@code storage.volumes.<name>}.
 *
 * <p>Without {@link #efs()} the volume is scratch space local to the task.
 */
@Value.Immutable
public abstract class Volume implements Keyed {

  /** @return the volume name, unique in the workload */
  public abstract String name();

  /** @return where the main container mounts it, if it does */
  public abstract Optional<String> path();

  /** @return whether the main container's mount is read-only, if given (default true) */
  public abstract Optional<Boolean> readOnly();

  /** @return the EFS file system behind the volume, if any */
  public abstract Optional<EfsVolume> efs();

  /** @return whether the main container's mount is read-only, Copilot's default {@code true} */
  public boolean isReadOnly() {
    return readOnly().orElse(true);
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Volume}. */
  public static final class Builder extends ImmutableVolume.Builder {
    Builder() {}
  }

  /**
   * The key of a volume in its workload: its name.
   *
   * @return the key
   */
  @Override
  public String key() {
    return name();
  }
}
