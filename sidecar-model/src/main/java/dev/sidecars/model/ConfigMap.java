package dev.sidecars.model;

import java.util.List;
import java.util.Optional;
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

  /**
   * Whether the directory keeps what the image has there, if given (Mia-Platform's
   * {@code usePreserve}); see {@link #isPreserveDirectory()}.
   *
   * @return the setting
   */
  public abstract Optional<Boolean> preserveDirectory();

  /**
   * Whether each file is mounted on its own, keeping the directory's other files, instead of
   * the ConfigMap hiding the whole directory; default {@code false}, as Mia-Platform.
   *
   * @return {@code preserveDirectory().orElse(false)}
   */
  public boolean isPreserveDirectory() {
    return preserveDirectory().orElse(false);
  }

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
