package dev.sidecars.formats;

/**
 * A manifest that cannot be read: malformed YAML or JSON, an unknown field, a wrong type, a
 * duplicate key or a value that is no valid notation. The message reads
 * {@code file:line:column: path: problem}, for example
 * {@code api.yml:12:5: sidecars[0].logging: unknown field 'configFile'; did you mean 'configFilePath'?}.
 */
public final class ManifestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final String path;
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param source the file name or other source description
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param path the field path in the manifest's terms, or {@code ""} for the whole document
   * @param problem what is wrong
   * @param cause the underlying parser error, or null
   */
  public ManifestException(
      String source, int line, int column, String path, String problem, Throwable cause) {
    super(format(source, line, column, path, problem), cause);
    this.source = source;
    this.line = line;
    this.column = column;
    this.path = path;
    this.problem = problem;
  }

  private static String format(String source, int line, int column, String path, String problem) {
    StringBuilder text = new StringBuilder(source);
    if (line > 0) {
      text.append(':').append(line);
      if (column > 0) {
        text.append(':').append(column);
      }
    }
    text.append(": ");
    if (!path.isEmpty()) {
      text.append(path).append(": ");
    }
    return text.append(problem).toString();
  }

  /** @return the file name or source description */
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

  /** @return the field path, for example {@code sidecars[1].ports[0]}; empty for the document */
  public String path() {
    return path;
  }

  /** @return what is wrong, without the location */
  public String problem() {
    return problem;
  }
}
