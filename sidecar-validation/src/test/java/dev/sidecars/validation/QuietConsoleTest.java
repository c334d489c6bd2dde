package dev.sidecars.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program that validates a workload, with no logging library of its own, prints nothing the
 * library did not ask it to: Hibernate Validator's version line stays off its console. Run in
 * a JVM of its own, since the line is printed once per JVM.
 */
class QuietConsoleTest {

  @Test
  void validatingPrintsNothingOnTheConsole(@TempDir Path dir) throws Exception {
    Path program = Files.writeString(dir.resolve("Validate.java"), String.join("\n",
        "public class Validate {",
        "  public static void main(String[] args) {",
        "    var workload = dev.sidecars.model.Workload.builder().name(\"api\")",
        "        .type(dev.sidecars.model.WorkloadType.BACKEND_SERVICE)",
        "        .main(dev.sidecars.model.Container.builder().name(\"api\").image(\"example/api:1\").build()).build();",
        "    System.out.println(dev.sidecars.validation.SidecarValidator.ecs().validate(workload).errors().size());",
        "  }",
        "}", ""));
    String classPath = String.join(File.pathSeparator, Stream.of("jdk.module.path", "java.class.path")
        .map(System::getProperty).filter(p -> p != null && !p.isEmpty()).toArray(String[]::new));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-cp", classPath, program.toString())
        .redirectOutput(dir.resolve("out.txt").toFile())
        .redirectError(dir.resolve("err.txt").toFile())
        .start();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(err).isZero();
    // the workload has no task size, which Fargate needs: the validator did run
    assertThat(Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8).strip()).isNotEqualTo("0");
    assertThat(err).isEmpty();
  }
}
