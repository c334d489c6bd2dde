package dev.sidecars.model;

import java.util.Locale;

/**
 * The state a container waits for in the container it depends on, as ECS and Copilot define
 * them.
 */
public enum DependencyCondition {
  /** The dependency has started. */
  START,
  /** The dependency's health check passes; the dependency needs a health check. */
  HEALTHY,
  /** The dependency has exited, with any exit code; not allowed on essential containers. */
  COMPLETE,
  /** The dependency has exited with code 0; not allowed on essential containers. */
  SUCCESS;

  /**
   * Parses a condition in any case, as Copilot does ({@code "healthy"}, {@code "HEALTHY"}).
   *
   * @param text the condition
   * @return the condition
   * @throws ModelException naming the four conditions when the text is none of them
   */
  public static DependencyCondition parse(String text) {
    for (DependencyCondition condition : values()) {
      if (condition.name().equalsIgnoreCase(text)) {
        return condition;
      }
    }
    throw new ModelException(
        "dependsOn",
        "unknown condition '" + text + "'; expected one of start, healthy, complete, success");
  }

  /** The lower-case name used in manifests, for example {@code "healthy"}. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
