package dev.sidecars.model;

import org.immutables.value.Value;

/** One file of a {@link ConfigMap}: a name and its text. */
@Value.Immutable
public abstract class ConfigFile {

  /** @return the file name in the mounted directory */
  @Value.Parameter
  public abstract String name();

  /** @return the file's text */
  @Value.Parameter
  public abstract String content();

  /**
   * A file.
   *
   * @param name the file name
   * @param content the text
   * @return the file
   */
  public static ConfigFile of(String name, String content) {
    return ImmutableConfigFile.of(name, content);
  }

  /** The name and the size of the content, not the content itself. */
  @Override
  public String toString() {
    return name() + " (" + content().length() + " chars)";
  }
}
