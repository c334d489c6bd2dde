package dev.sidecars.benchmarks;

import dev.sidecars.ecs.EcsEmitter;
import dev.sidecars.model.Container;
import dev.sidecars.model.Workload;
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

/** Emitting the ECS request JSON: the typical workload (main, 4 sidecars, FireLens) and a 10-container task. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class EcsEmitBenchmark {
  private final EcsEmitter emitter = EcsEmitter.builder().region("us-east-1").accountId("123456789012")
      .executionRoleArn("arn:aws:iam::123456789012:role/orders-execution").build();
  private Workload typical;
  private Workload tenContainers;

  @Setup
  public void setUp() {
    Workload sample = NativeManifestBenchmark.sample();
    // an API request has no CloudFormation imports: the sample's DB_NAME becomes a plain value
    Container main = sample.main().toBuilder().putEnvironment("DB_NAME", "orders").build();
    typical = sample.toBuilder().main(main)
        .addSidecar(Container.builder().name("statsd").image("statsd/statsd:v0.10").addPort("8125/udp").essential(false).build())
        .build();
    Workload.Builder ten = typical.toBuilder().logging(java.util.Optional.empty());
    for (int i = typical.containers().size(); i < 10; i++) {
      ten.addSidecar(Container.builder().name("extra" + i).image("busybox:1.36").addPort(String.valueOf(9000 + i)).build());
    }
    tenContainers = ten.build();
  }

  @Benchmark
  public String emitTypicalWorkload() {
    return emitter.toApiJson(typical);
  }

  @Benchmark
  public String emitTenContainers() {
    return emitter.toApiJson(tenContainers);
  }
}
