package dev.sidecars.benchmarks;

import dev.sidecars.model.Container;
import dev.sidecars.model.ContainerPatch;
import dev.sidecars.model.HealthCheckPatch;
import dev.sidecars.model.ListPatch;
import dev.sidecars.model.LoggingPatch;
import dev.sidecars.model.MapPatch;
import dev.sidecars.model.Patches;
import dev.sidecars.model.Port;
import dev.sidecars.model.SidecarsPatch;
import dev.sidecars.model.Variable;
import dev.sidecars.model.Workload;
import dev.sidecars.model.WorkloadPatch;
import java.time.Duration;
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

/** Applying and composing patches on the four-container workload of {@link NativeManifestBenchmark}. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class MergeBenchmark {
  private Workload workload;
  private Container envoy;
  private ContainerPatch containerPatch;
  private WorkloadPatch prod;
  private WorkloadPatch staging;

  @Setup
  public void setUp() {
    workload = NativeManifestBenchmark.sample();
    envoy = workload.sidecars().get(0);
    containerPatch = ContainerPatch.builder()
        .image("envoyproxy/envoy:v1.32")
        .environment(MapPatch.<Variable>empty().upsert("LOG_LEVEL", Variable.plain("warn")))
        .ports(ListPatch.<Port>empty().upsert(Port.tcp(15000)))
        .healthCheck(HealthCheckPatch.builder().interval(Duration.ofSeconds(2)).build())
        .build();
    prod = WorkloadPatch.builder()
        .sidecars(SidecarsPatch.empty().upsert("envoy", containerPatch).remove("xray"))
        .logging(LoggingPatch.builder().retention(90).build())
        .build();
    staging = WorkloadPatch.builder()
        .main(ContainerPatch.builder().essential(true).build())
        .build();
  }

  @Benchmark
  public Container applyContainerPatch() {
    return Patches.apply(envoy, containerPatch);
  }

  @Benchmark
  public Workload applyWorkloadPatch() {
    return Patches.apply(workload, prod);
  }

  @Benchmark
  public WorkloadPatch composeWorkloadPatches() {
    return staging.then(prod);
  }
}
