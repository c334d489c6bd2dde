package dev.sidecars.formats;

/**
 * A problem a lenient reader tolerated, such as an unknown field it skipped or a trailing
 * comma in JSON; printed as {@code file:line:column: warning: path: message}.
 */
public final class ManifestWarning {
  private final String source;
  private final int line;
  private final int column;
  private final String path;
  private final String message;

  /**
   * Creates a warning.
   *
   * @param source the file
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param path the field path in the file's terms
   * @param message what was tolerated
   */
  public ManifestWarning(String source, int line, int column, String path, String message) {
    this.source = source;
    this.line = line;
    this.column = column;
    this.path = path;
    this.message = message;
  }

  /** @return the file */
  public String source() {
    return source;
  }

  /** @return the 1-based line, or 0 when unknown */
  public int line() {
    return line;
  }

  /** @return the 1-based column, or 0 when unknown */
  public int column() {
    return column;
  }

  /** @return the field path in the file's terms */
  public String path() {
    return path;
  }

  /** @return what was tolerated */
  public String message() {
    return message;
  }

  @Override
  public String toString() {
    return source + ":" + line + ":" + column + ": warning: " + (path.isEmpty() ? "" : path + ": ") + message;
  }
}
