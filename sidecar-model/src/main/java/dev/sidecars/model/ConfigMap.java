package dev.sidecars.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * Files with their content mounted into a container at a directory, as Mia-Platform's
 * {@code defaultConfigMaps}; keyed in a container by {@link #name()}.
 */
@Value.Immutable
public abstract class ConfigMap implements Keyed {

  /** @return the ConfigMap name */
  public abstract String name();

  /** @return the directory the files appear in */
  public abstract String mountPath();

  /** @return the files, in order */
  public abstract List<ConfigFile> files();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConfigMap}. */
  public static final class Builder extends ImmutableConfigMap.Builder {
    Builder() {}
  }

  /**
   * The key of a ConfigMap in its container: its name.
   *
   * @return the key
   */
  @Override
  public String key() {
    return name();
  }
}
