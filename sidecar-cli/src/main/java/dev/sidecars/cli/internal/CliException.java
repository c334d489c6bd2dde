package dev.sidecars.cli.internal;

import dev.sidecars.formats.ManifestException;
import dev.sidecars.model.spi.PrintableText;
import java.util.stream.Collectors;

/**
 * A failure the user can act on: one sentence naming the file and what to do, and the exit code
 * the command ends with.
 */
public final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Exit code for a usage error or a file that cannot be read or parsed. */
  public static final int UNUSABLE = 2;
  /** Exit code when the input has errors. */
  public static final int INVALID = 1;

  private final int exitCode;

  /**
   * A failure.
   *
   * @param exitCode what the command exits with
   * @param message one sentence, naming the file where there is one
   */
  public CliException(int exitCode, String message) {
    super(PrintableText.of(message));
    this.exitCode = exitCode;
  }

  /**
   * A failure caused by another exception, kept for {@code --debug}.
   *
   * @param exitCode what the command exits with
   * @param message one sentence
   * @param cause the underlying exception
   */
  public CliException(int exitCode, String message, Throwable cause) {
    super(PrintableText.of(message), cause);
    this.exitCode = exitCode;
  }

  /**
   * A file that cannot be read: one line per problem the reader found, each escaped by
   * {@link ManifestException} already, so the lines stay lines.
   *
   * @param exitCode what the command exits with
   * @param cause the reader's exception
   */
  public CliException(int exitCode, ManifestException cause) {
    super(cause.problems().stream().map(Throwable::getMessage).collect(Collectors.joining("\n")), cause);
    this.exitCode = exitCode;
  }

  /** @return what the command exits with */
  public int exitCode() {
    return exitCode;
  }
}
