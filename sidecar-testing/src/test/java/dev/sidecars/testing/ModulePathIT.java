package dev.sidecars.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consumer module on the module path ({@code src/test/resources/consumer}) requires the
 * modules README.md names, compiles without a warning of javac's default lint, and runs an emit for ECS and
 * Kubernetes. The module path is the published jars and their runtime dependencies, as the
 * package phase wrote it to {@code target/runtime-module-path.txt}.
 */
class ModulePathIT {
  private static final Path CONSUMER = Path.of("src/test/resources/consumer");

  @Test
  void aConsumerModuleCompilesAndEmitsOnTheModulePath(@TempDir Path out) throws Exception {
    String modulePath = Files.readString(Path.of("target/runtime-module-path.txt"), StandardCharsets.UTF_8).strip();
    assertThat(modulePath).contains("sidecar-k8s-").contains("sidecar-ecs-").doesNotContain("/classes");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    boolean compiled = javac.getTask(diagnostics, null, null,
        // javac's default lint; -Xlint:requires-automatic would note that sidecar-k8s is an automatic module
        List.of("-d", out.toString(), "-p", modulePath),
        null, javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(
            CONSUMER.resolve("module-info.java").toFile(), CONSUMER.resolve("consumer/Main.java").toFile()))
        .call();
    assertThat(compiled).as(diagnostics.toString()).isTrue();
    assertThat(diagnostics.toString()).as("warnings").isEmpty();

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process run = new ProcessBuilder(java, "-p", out + File.pathSeparator + modulePath, "-m", "consumer/consumer.Main")
        .redirectOutput(out.resolve("stdout.txt").toFile()).redirectError(out.resolve("stderr.txt").toFile()).start();
    assertThat(run.waitFor(2, TimeUnit.MINUTES)).isTrue();
    String err = Files.readString(out.resolve("stderr.txt"));
    assertThat(run.exitValue()).as(err).isZero();
    assertThat(Files.readString(out.resolve("stdout.txt")).lines()).containsExactly("[api, envoy]", "api");
    assertThat(err).isEmpty();
  }
}
