package dev.sidecars.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs the command through its entry point and keeps what it printed. */
final class Cli {
  /** The repository's examples/ directory, seen from the module's directory. */
  static final Path EXAMPLES = Path.of("..", "examples");
  /** The Copilot conformance manifests copied into the test resources. */
  static final Path CONFORMANCE = Path.of("src", "test", "resources", "conformance", "copilot");

  private Cli() {}

  /** Runs the command in an empty process environment, so that no test depends on the shell. */
  static Result run(String... args) {
    return runIn(java.util.Map.of(), args);
  }

  /** Runs the command in the given process environment. */
  static Result runIn(java.util.Map<String, String> environment, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Sidecar.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), environment);
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static String example(String relative) {
    return EXAMPLES.resolve(relative).toString();
  }

  static String conformance(String relative) {
    return CONFORMANCE.resolve(relative).toString();
  }

  /** What one run printed, and its exit code. */
  record Result(int code, String out, String err) {
    /** Asserts that stderr is exactly one line with no trace of a stack trace. */
    Result oneClearLineOnStderr() {
      assertThat(err.lines()).as(err).hasSize(1);
      assertThat(err).doesNotContain("Exception", "\tat ", "NullPointer");
      return this;
    }
  }
}
