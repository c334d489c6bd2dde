package dev.sidecars.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar, run as users run it: {@code java -jar sidecar.jar} in a JVM of its own. This
 * is where the jar's manifest, its merged service files and its logging set-up show: nothing but
 * the command's own lines may reach stderr.
 */
class JarIT {
  private static final Path JAR = Path.of("target", "sidecar.jar");

  private static Cli.Result java(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("sidecar", ".out");
    Path err = Files.createTempFile("sidecar", ".err");
    try {
      Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the command ends").isTrue();
      return new Cli.Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  @Test
  void validateSaysOnlyWhatItFound() throws Exception {
    Cli.Result result = java("validate", Cli.example("copilot/api/manifest.yml"));
    assertThat(result.err()).as("no Hibernate Validator or SLF4J line").isEmpty();
    assertThat(result.out()).isEqualTo("0 errors, 0 warnings\n");
    assertThat(result.code()).isZero();
  }

  @Test
  void renderPrintsTheCheckedInOutputAndOnlyWarningsOnStderr() throws Exception {
    Cli.Result result = java("render", "--to", "k8s", "--env", "prod", Cli.example("copilot/api/manifest.yml"));
    assertThat(result.code()).isZero();
    assertThat(result.out()).isEqualTo(Files.readString(Cli.EXAMPLES.resolve("copilot/api/rendered/prod.k8s.yaml")));
    assertThat(result.err().lines()).isNotEmpty().allSatisfy(line -> assertThat(line).contains(": warning: "));
  }

  @Test
  void theShadedJarFindsEveryEmitterAndKnowsItsVersion() throws Exception {
    assertThat(java("targets").out().lines().map(l -> l.split(" ")[0])).containsExactly("TARGET", "ecs", "ecs-cloudformation", "k8s");
    assertThat(java("--version").out()).startsWith("sidecar ");
  }

  @Test
  void theLauncherRunsTheJarWithoutRebuildingWhenItIsCurrent() throws Exception {
    FileTime built = Files.getLastModifiedTime(JAR);
    // the launcher rebuilds when a source of the jar is newer than it; in a build that just made
    // the jar none is, and a test that skipped here would hide a launcher that always rebuilds
    try (Stream<Path> files = Files.walk(Path.of(".."))) {
      List<Path> newer = files.filter(f -> f.toString().contains("/src/main/") || f.getFileName().toString().equals("pom.xml"))
          .filter(f -> !f.toString().contains("/target/") && !f.toString().contains("sidecar-benchmarks")
              && !f.toString().contains("sidecar-testing"))
          .filter(f -> lastModified(f).compareTo(built) > 0).collect(java.util.stream.Collectors.toList());
      assertThat(newer).as("sources changed after the jar was built; run 'mvn -B verify' again").isEmpty();
    }
    Process process = new ProcessBuilder("sh", Path.of("..", "bin", "sidecar").toString(), "--version")
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    assertThat(output).as("no build line, only the version").isEqualTo(java("--version").out());
  }

  private static FileTime lastModified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aMissingFileIsOneLineAndExitTwo() throws Exception {
    Cli.Result result = java("validate", "--output", "json", "no-such-file.yml");
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).contains("\"code\" : \"file.unreadable\"");
  }
}
