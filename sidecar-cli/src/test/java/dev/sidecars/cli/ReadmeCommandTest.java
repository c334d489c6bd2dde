package dev.sidecars.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's first command prints what the README shows. */
class ReadmeCommandTest {
  @Test
  void theReadmesMainJobPrintsTheOutputItShows() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    Matcher block = Pattern.compile(
        "<!-- readme-render:start[^>]*-->\\s*```sh\\n(.*?)\\n```\\s*```yaml\\n(.*?)```\\s*<!-- readme-render:end -->",
        Pattern.DOTALL).matcher(readme);
    assertThat(block.find()).as("README.md has the readme-render block").isTrue();
    String command = block.group(1).strip();
    assertThat(command).startsWith("bin/sidecar render --to k8s examples/");
    String[] args = command.substring("bin/sidecar ".length()).replace("examples/", "../examples/").split(" ");
    Cli.Result result = Cli.run(args);
    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.out()).isEqualTo(block.group(2));
  }

  @Test
  void theLauncherBuildsWhenNeededAndRunsTheJar() throws IOException {
    String launcher = Files.readString(Path.of("..", "bin", "sidecar"));
    assertThat(launcher).startsWith("#!/bin/sh\n");
    assertThat(launcher).contains("sidecar-cli/target/sidecar.jar").contains("-newer \"$jar\"")
        .contains("package -pl sidecar-cli -am").contains("exec java");
    assertThat(Files.isExecutable(Path.of("..", "bin", "sidecar"))).isTrue();
  }
}
