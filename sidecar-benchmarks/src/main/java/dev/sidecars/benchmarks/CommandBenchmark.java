package dev.sidecars.benchmarks;

import dev.sidecars.cli.Sidecar;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The {@code sidecar} command in a warm JVM, on examples/copilot/api/manifest.yml: what each
 * file costs once start-up is paid (a cold run is measured with {@code /usr/bin/time}, see the
 * issue notes). Run from the repository's root.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class CommandBenchmark {
  private static final PrintStream NOWHERE = new PrintStream(OutputStream.nullOutputStream());
  /** What a deployment gives: the role that reads the example's secrets. */
  private static final String EXECUTION_ROLE = "arn:aws:iam::123456789012:role/api-execution";
  private String manifest;

  @Setup
  public void setUp() {
    Path file = Path.of("examples", "copilot", "api", "manifest.yml");
    if (!Files.isRegularFile(file)) {
      file = Path.of("..").resolve(file);  // the module's directory, where its tests run
    }
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("run the benchmarks from the repository's root: " + file + " is missing");
    }
    manifest = file.toString();
  }

  @Benchmark
  public int validateCopilotExample() {
    return Sidecar.run(new String[] {"validate", manifest}, NOWHERE, NOWHERE);
  }

  @Benchmark
  public int validateCopilotExampleAsSarif() {
    return Sidecar.run(new String[] {"validate", "--output", "sarif", "--profile", "all", manifest}, NOWHERE, NOWHERE);
  }

  @Benchmark
  public int renderCopilotExampleForEcs() {
    return Sidecar.run(new String[] {"render", "--to", "ecs", "--env", "prod", "--execution-role-arn", EXECUTION_ROLE,
        manifest}, NOWHERE, NOWHERE);
  }

  @Benchmark
  public int renderCopilotExampleForKubernetes() {
    return Sidecar.run(new String[] {"render", "--to", "k8s", "--env", "prod", manifest}, NOWHERE, NOWHERE);
  }
}
