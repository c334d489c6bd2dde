package dev.sidecars.formats;

import dev.sidecars.model.spi.PrintableText;
import java.util.Objects;

/**
 * A problem a reader tolerated, such as a key Copilot ignores or a trailing comma in JSON;
 * printed as {@code file:line:column: warning: path: message}. Two warnings are equal when
 * every part is.
 */
public final class ManifestWarning {
  /** Code of a warning without a more specific one. */
  public static final String GENERAL = "manifest.warning";

  private final String source;
  private final int line;
  private final int column;
  private final String path;
  private final String message;
  private final String code;

  /**
   * Creates a warning with the code {@value #GENERAL}.
   *
   * @param source the file
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param path the field path in the file's terms
   * @param message what was tolerated
   */
  public ManifestWarning(String source, int line, int column, String path, String message) {
    this(source, line, column, path, message, GENERAL);
  }

  /**
   * Creates a warning.
   *
   * @param source the file
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param path the field path in the file's terms
   * @param message what was tolerated
   * @param code the stable code, for example {@code manifest.unknown-field}
   */
  public ManifestWarning(String source, int line, int column, String path, String message, String code) {
    this.source = Objects.requireNonNull(source, "source");
    this.line = line;
    this.column = column;
    this.path = PrintableText.of(Objects.requireNonNull(path, "path"));
    this.message = PrintableText.of(Objects.requireNonNull(message, "message"));
    this.code = Objects.requireNonNull(code, "code");
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

  /** @return the stable code: {@value #GENERAL} or a more specific one */
  public String code() {
    return code;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ManifestWarning)) {
      return false;
    }
    ManifestWarning that = (ManifestWarning) other;
    return line == that.line && column == that.column && source.equals(that.source) && path.equals(that.path)
        && message.equals(that.message) && code.equals(that.code);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, line, column, path, message, code);
  }

  @Override
  public String toString() {
    return source + ":" + line + ":" + column + ": warning: " + (path.isEmpty() ? "" : path + ": ") + message;
  }
}
