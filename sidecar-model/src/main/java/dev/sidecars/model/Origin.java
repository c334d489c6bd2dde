package dev.sidecars.model;

import org.immutables.value.Value;

/**
 * Where a model element came from: the file, the 1-based line and column, and the field path
 * in that file's own terms (for a Copilot manifest {@code sidecars.nginx.depends_on.api}).
 */
@Value.Immutable
public abstract class Origin {

  /** @return the file name or source description */
  @Value.Parameter
  public abstract String source();

  /** @return the 1-based line */
  @Value.Parameter
  public abstract int line();

  /** @return the 1-based column */
  @Value.Parameter
  public abstract int column();

  /** @return the field path in the file's own terms */
  @Value.Parameter
  public abstract String path();

  /**
   * An origin.
   *
   * @param source the file
   * @param line the 1-based line
   * @param column the 1-based column
   * @param path the field path in the file's terms
   * @return the origin
   */
  public static Origin of(String source, int line, int column, String path) {
    return ImmutableOrigin.of(source, line, column, path);
  }

  /** {@code file:line:column}. */
  @Override
  public String toString() {
    return source() + ":" + line() + ":" + column();
  }
}
