package dev.sidecars.formats;

import dev.sidecars.model.spi.PrintableText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A manifest that cannot be read: malformed YAML or JSON, an unknown field, a wrong type, a
 * duplicate key or a value that is no valid notation. The message reads
 * {@code file:line:column: path: problem}, for example
 * {@code api.yml:12:5: sidecars[0].logging: unknown field 'configFile'; did you mean 'configFilePath'?}.
 *
 * <p>A reader that finds several problems before it has to stop (every unknown key of a native
 * manifest, say) throws one exception holding all of them: {@link #problems()} lists each, in
 * document order, and the message has one line per problem. The exception's own location and
 * problem are the first one's.
 */
public final class ManifestException extends RuntimeException {
  /** Code of a document the reader refuses. */
  public static final String INVALID = "manifest.invalid";
  /** Code of a key the reader does not know. */
  public static final String UNKNOWN_FIELD = "manifest.unknown-field";

  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final String path;
  private final String problem;
  private final String code;
  private final List<ManifestException> problems;

  /**
   * Creates the exception with the code {@value #INVALID}.
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
    this(source, line, column, path, problem, INVALID, cause);
  }

  /**
   * Creates the exception.
   *
   * @param source the file name or other source description
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param path the field path in the manifest's terms, or {@code ""} for the whole document
   * @param problem what is wrong
   * @param code the stable code, for example {@value #UNKNOWN_FIELD}
   * @param cause the underlying parser error, or null
   */
  public ManifestException(
      String source, int line, int column, String path, String problem, String code, Throwable cause) {
    super(format(PrintableText.of(source), line, column, PrintableText.of(path), PrintableText.of(problem)), cause);
    this.source = source;
    this.line = line;
    this.column = column;
    this.path = PrintableText.of(path);
    this.problem = PrintableText.of(problem);
    this.code = code;
    this.problems = List.of(this);
  }

  private ManifestException(List<ManifestException> all) {
    super(all.stream().map(Throwable::getMessage).collect(Collectors.joining("\n")), all.get(0).getCause());
    ManifestException first = all.get(0);
    this.source = first.source;
    this.line = first.line;
    this.column = first.column;
    this.path = first.path;
    this.problem = first.problem;
    this.code = first.code;
    this.problems = List.copyOf(all);
  }

  /**
   * One exception for several problems, in document order (problems without a line last).
   *
   * @param problems the problems, at least one; an aggregate's own problems are taken apart
   * @return the only problem, or an exception holding them all
   * @throws IllegalArgumentException when there is no problem
   */
  public static ManifestException of(List<ManifestException> problems) {
    List<ManifestException> all = new ArrayList<>();
    for (ManifestException problem : problems) {
      all.addAll(problem.problems());
    }
    if (all.isEmpty()) {
      throw new IllegalArgumentException("no problem to report");
    }
    if (all.size() == 1) {
      return all.get(0);
    }
    all.sort(Comparator.comparingInt((ManifestException e) -> e.line() > 0 ? e.line() : Integer.MAX_VALUE)
        .thenComparingInt(ManifestException::column));
    return new ManifestException(all);
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

  /** @return the stable code: {@value #INVALID}, or {@value #UNKNOWN_FIELD} for an unknown key */
  public String code() {
    return code;
  }

  /** @return every problem this exception reports, in document order; itself when it is one */
  public List<ManifestException> problems() {
    return problems;
  }
}
