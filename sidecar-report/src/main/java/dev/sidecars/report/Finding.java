package dev.sidecars.report;

import dev.sidecars.formats.ManifestException;
import dev.sidecars.formats.ManifestWarning;
import dev.sidecars.model.Origin;
import dev.sidecars.model.SourceMap;
import dev.sidecars.model.spi.EmitWarning;
import dev.sidecars.validation.Severity;
import dev.sidecars.validation.Violation;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One problem in one file, as every {@link ReportFormat} prints it: a reader's error or
 * warning, a validation finding or an emitter's warning, with the file, its line and column
 * where known, and the Copilot environments it holds for when not all.
 */
public final class Finding {
  /** Code of a file that cannot be read or is not a manifest. */
  public static final String UNREADABLE = "file.unreadable";
  /** Code of a document the reader rejects. */
  public static final String MALFORMED = "manifest.invalid";
  /** Code of what an emitter could only approximate. */
  public static final String RENDER_WARNING = "render.warning";
  /** Code of what a reader accepted but noticed. */
  public static final String READ_WARNING = "manifest.warning";

  private final String file;
  private final boolean error;
  private final String code;
  private final String path;
  private final String message;
  private final OptionalInt line;
  private final OptionalInt column;
  private final List<String> environments;

  private Finding(String file, boolean error, String code, String path, String message, int line, int column) {
    this(file, error, code, path, message, line > 0 ? OptionalInt.of(line) : OptionalInt.empty(),
        line > 0 && column > 0 ? OptionalInt.of(column) : OptionalInt.empty(), List.of());
  }

  private Finding(String file, boolean error, String code, String path, String message, OptionalInt line,
      OptionalInt column, List<String> environments) {
    this.file = file;
    this.error = error;
    this.code = code;
    this.path = path;
    this.message = message;
    this.line = line;
    this.column = column;
    this.environments = List.copyOf(environments);
  }

  /**
   * This finding, said of some of a Copilot manifest's cases only.
   *
   * @param environments the cases it holds for: environment names, and {@code (root)} for a
   *     Copilot manifest without an environment's override
   * @return the finding
   */
  public Finding in(List<String> environments) {
    return new Finding(file, error, code, path, message, line, column, environments);
  }

  /**
   * This finding as a warning, with a note on why it is one.
   *
   * @param note said after the message
   * @return the finding
   */
  public Finding asWarning(String note) {
    return new Finding(file, false, code, path, message + " (" + note + ")", line, column, environments);
  }

  /**
   * Whether another finding is the same problem: everything but the cases it was found in.
   *
   * @param other the other finding
   * @return true when only the cases differ
   */
  public boolean sameAs(Finding other) {
    return error == other.error && code.equals(other.code) && path.equals(other.path) && message.equals(other.message)
        && line.equals(other.line) && column.equals(other.column);
  }

  /**
   * A validation finding.
   *
   * @param file the file the workload came from
   * @param violation the violation
   * @return the finding, at the violation's line when it has one
   */
  public static Finding of(String file, Violation violation) {
    return new Finding(file, violation.severity() == Severity.ERROR, violation.code(), violation.path(),
        violation.message(), violation.location().map(o -> o.line()).orElse(0),
        violation.location().map(o -> o.column()).orElse(0));
  }

  /**
   * A reader's warning.
   *
   * @param file the file
   * @param warning the warning
   * @return the finding
   */
  public static Finding of(String file, ManifestWarning warning) {
    return new Finding(file, false, warning.code(), warning.path(), warning.message(), warning.line(), warning.column());
  }

  /**
   * A reader's error; for an exception holding several, call this for each of
   * {@link ManifestException#problems()}.
   *
   * @param file the file
   * @param exception the error
   * @return the finding
   */
  public static Finding of(String file, ManifestException exception) {
    return new Finding(file, true, exception.code(), exception.path(), exception.problem(), exception.line(),
        exception.column());
  }

  /**
   * A warning of the tool's own, about the whole file, with the code {@value #RENDER_WARNING}.
   *
   * @param file the file
   * @param message the sentence
   * @return the finding
   */
  public static Finding renderWarning(String file, String message) {
    return new Finding(file, false, RENDER_WARNING, "", message, 0, 0);
  }

  /**
   * An emitter's warning, at the line of the field it is about when the reader recorded it.
   *
   * @param file the file
   * @param warning the warning
   * @param sources where the workload's fields came from
   * @return the finding
   */
  public static Finding of(String file, EmitWarning warning, SourceMap sources) {
    Optional<Origin> origin = warning.path().isEmpty() ? Optional.empty() : sources.find(warning.path());
    return new Finding(file, false, warning.code(), origin.map(Origin::path).orElse(warning.path()),
        warning.message(), origin.map(Origin::line).orElse(0), origin.map(Origin::column).orElse(0));
  }

  /**
   * A file that could not be read, code {@value #UNREADABLE}; the message drops the file name
   * that starts it.
   *
   * @param file the file
   * @param message why, one sentence
   * @return the finding
   */
  public static Finding unreadable(String file, String message) {
    if (message.startsWith(file + ": ")) {
      message = message.substring(file.length() + 2);
    }
    return new Finding(file, true, UNREADABLE, "", message, 0, 0);
  }

  /** @return the file, as the user named it */
  public String file() {
    return file;
  }

  /** @return true for an error, false for a warning */
  public boolean isError() {
    return error;
  }

  /** @return {@code "error"} or {@code "warning"} */
  public String severity() {
    return error ? "error" : "warning";
  }

  /** @return the stable code */
  public String code() {
    return code;
  }

  /** @return the path in the manifest's own terms; empty for the whole file */
  public String path() {
    return path;
  }

  /** @return what is wrong, for a person */
  public String message() {
    return message;
  }

  /** @return the 1-based line, when known */
  public OptionalInt line() {
    return line;
  }

  /** @return the 1-based column, when known */
  public OptionalInt column() {
    return column;
  }

  /**
   * The cases of a Copilot manifest this finding holds for, when not all: environment names,
   * and {@code (root)} for the manifest without an environment's override.
   *
   * @return the cases; empty when it holds for every case (or the file has one)
   */
  public List<String> environments() {
    return environments;
  }

  /**
   * The finding as one line: {@code FILE:LINE:COLUMN: error: [ENVIRONMENTS] PATH: MESSAGE [CODE]},
   * without the position when unknown and without the environments when it holds for all.
   *
   * @return the line
   */
  public String toText() {
    StringBuilder text = new StringBuilder(file);
    line.ifPresent(l -> text.append(':').append(l));
    column.ifPresent(c -> text.append(':').append(c));
    text.append(": ").append(severity()).append(": ");
    if (!environments.isEmpty()) {
      text.append('[').append(String.join(", ", environments)).append("] ");
    }
    Optional.of(path).filter(p -> !p.isEmpty() && !message.contains(p)).ifPresent(p -> text.append(p).append(": "));
    return text.append(message).append(" [").append(code).append(']').toString();
  }
}
