package dev.sidecars.benchmarks;

import dev.sidecars.model.Container;
import dev.sidecars.model.DependencyCondition;
import dev.sidecars.model.Port;
import dev.sidecars.model.Workload;
import dev.sidecars.model.WorkloadType;
import dev.sidecars.validation.SidecarValidator;
import dev.sidecars.validation.ValidationReport;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validation: a typical workload warm, and synthetic workloads of 10 to 10,000 containers with
 * random dependencies, to see that the time grows linearly. The cold start (factory bootstrap
 * plus first validation in a fresh JVM) is {@link ValidationColdStartBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class ValidationBenchmark {
  @Param({"10", "100", "1000", "10000"})
  public int containers;

  private final SidecarValidator validator = SidecarValidator.all();
  private Workload typical;
  private Workload synthetic;

  @Setup
  public void setUp() {
    typical = NativeManifestBenchmark.sample().toBuilder()
        .addSidecar(Container.builder().name("statsd").image("statsd/statsd:v0.10").addPort("8125/udp").essential(false).build())
        .build();
    Random random = new Random(42);
    Workload.Builder builder = Workload.builder().name("synthetic").type(WorkloadType.BACKEND_SERVICE)
        .main(Container.builder().name("c0").image("example/c:1").addPort(Port.tcp(10000)).build());
    for (int i = 1; i < containers; i++) {
      Container.Builder c = Container.builder().name("c" + i).image("example/c:1").addPort(Port.tcp(10000 + i));
      for (int d = 0; d < 2; d++) {
        c.putDependsOn("c" + random.nextInt(containers), DependencyCondition.START);
      }
      builder.addSidecar(c.build());
    }
    synthetic = builder.build();
    validator.validate(typical);
  }

  /** Main, four sidecars and FireLens logging; independent of {@code containers}. */
  @Benchmark
  public ValidationReport validateTypicalWorkload() {
    return validator.validate(typical);
  }

  @Benchmark
  public ValidationReport validateSyntheticWorkload() {
    return validator.validate(synthetic);
  }
}
