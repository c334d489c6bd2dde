package dev.sidecars.benchmarks;

import dev.sidecars.formats.copilot.CopilotManifest;
import dev.sidecars.formats.mia.MiaItem;
import dev.sidecars.model.Workload;
import java.util.Map;
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

/** Reading Copilot's svc-manifest.yml fixture (three environments) and a full Mia-Platform item. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class DialectBenchmark {
  private String copilot;
  private String mia;
  private CopilotManifest manifest;

  @Setup
  public void setUp() {
    copilot = BenchmarkInputs.text("copilot-svc-manifest.yml");
    mia = BenchmarkInputs.text("mia-full-sidecar.yaml");
    manifest = read();
  }

  private CopilotManifest read() {
    return CopilotManifest.reader().variables(Map.of("TAG", "cicdtest")).read(copilot, "svc-manifest.yml");
  }

  @Benchmark
  public CopilotManifest readCopilotManifest() {
    return read();
  }

  @Benchmark
  public Workload copilotProdWorkload() {
    return manifest.workload("prod");
  }

  @Benchmark
  public String writeCopilotManifest() {
    return manifest.withWorkload(manifest.workload()).write();
  }

  @Benchmark
  public MiaItem readMiaItem() {
    return MiaItem.read(mia, "full-sidecar.yaml");
  }
}
