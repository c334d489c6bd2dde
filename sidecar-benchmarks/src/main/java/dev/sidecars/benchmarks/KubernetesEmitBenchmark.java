package dev.sidecars.benchmarks;

import dev.sidecars.k8s.KubernetesEmitter;
import dev.sidecars.k8s.KubernetesResult;
import dev.sidecars.model.Container;
import dev.sidecars.model.DependencyCondition;
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

/**
 * Emitting a Deployment with native sidecars: the fabric8 objects alone and as YAML, for the
 * typical workload (main and 4 sidecars, one waiting on another) and a 10-container pod.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class KubernetesEmitBenchmark {
  private final KubernetesEmitter emitter = KubernetesEmitter.create();
  private Workload typical;
  private Workload tenContainers;

  @Setup
  public void setUp() {
    Workload sample = NativeManifestBenchmark.sample();
    // Kubernetes has no CloudFormation imports or FireLens: a plain DB_NAME, no logging
    Container main = sample.main().toBuilder().putEnvironment("DB_NAME", "orders").build();
    typical = sample.toBuilder().main(main).logging(java.util.Optional.empty())
        .addSidecar(Container.builder().name("statsd").image("statsd/statsd:v0.10").addPort("8125/udp")
            .putDependsOn(sample.sidecars().get(0).name(), DependencyCondition.START).build())
        .build();
    Workload.Builder ten = typical.toBuilder();
    for (int i = typical.containers().size(); i < 10; i++) {
      ten.addSidecar(Container.builder().name("extra" + i).image("busybox:1.36").addPort(String.valueOf(9000 + i)).build());
    }
    tenContainers = ten.build();
  }

  @Benchmark
  public KubernetesResult emitTypicalWorkload() {
    return emitter.emit(typical);
  }

  @Benchmark
  public String emitTypicalWorkloadAsYaml() {
    return emitter.emit(typical).toYaml();
  }

  @Benchmark
  public String emitTenContainersAsYaml() {
    return emitter.emit(tenContainers).toYaml();
  }
}
