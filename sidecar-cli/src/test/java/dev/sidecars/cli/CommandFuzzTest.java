package dev.sidecars.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzz test of the whole command: whatever a manifest file holds, {@code validate} and
 * {@code render} to every built-in target answer with exit 0, 1 or 2 (never 3, the internal
 * error), never print a stack trace, and stay within the time bound. It reaches what the
 * readers' fuzz test cannot: the validators, the emitters and the command's own handling.
 *
 * <p>{@code mvn verify} runs the corpus under
 * {@code src/test/resources/dev/sidecars/cli/CommandFuzzTestInputs/validateAndRender/} once
 * (Jazzer's regression mode); {@code mvn -P fuzz verify} fuzzes it for a set time
 * (docs/testing.md).
 */
class CommandFuzzTest {
  /** How long {@code -P fuzz} fuzzes; the regression run ignores it. */
  private static final String FUZZ_TIME = "3m";

  /** Far above what any input takes (a fraction of a second); a bound, not a benchmark. */
  private static final Duration BOUND = Duration.ofSeconds(20);

  private static final String ROLE = "arn:aws:iam::123456789012:role/fuzz-execution";

  private static Path directory;

  @BeforeAll
  static void makeDirectory() throws IOException {
    directory = Files.createTempDirectory("sidecar-fuzz");
  }

  @AfterAll
  static void removeDirectory() throws IOException {
    Files.deleteIfExists(directory.resolve("manifest.yml"));
    Files.deleteIfExists(directory);
  }

  @FuzzTest(maxDuration = FUZZ_TIME)
  void validateAndRender(byte[] data) {
    Path file = directory.resolve("manifest.yml");
    try {
      Files.write(file, data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String path = file.toString();
    for (List<String> command : List.of(
        List.of("validate", path),
        List.of("validate", "--output", "sarif", path),
        List.of("render", "--to", "ecs", "--execution-role-arn", ROLE, path),
        List.of("render", "--to", "ecs-cloudformation", path),
        List.of("render", "--to", "k8s", path),
        List.of("render", "--to", "k8s", "--k8s-version", "1.28", path))) {
      Cli.Result result = assertTimeoutPreemptively(BOUND, () -> Cli.run(command.toArray(String[]::new)),
          () -> String.join(" ", command) + " ran past " + BOUND);
      assertThat(result.code()).as("%s exited %d: %s", command, result.code(), result.err()).isBetween(0, 2);
      assertThat(result.err()).as(String.join(" ", command)).doesNotContain("\tat ", "Exception:");
    }
  }
}
