package dev.sidecars.benchmarks;

import dev.sidecars.formats.NativeManifest;
import dev.sidecars.formats.copilot.CopilotManifest;
import dev.sidecars.model.Container;
import dev.sidecars.model.ContainerPatch;
import dev.sidecars.validation.SidecarValidator;
import dev.sidecars.validation.ValidationReport;
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
 * Inputs near the 4 MB limit, in the shapes that once cost the square of their size: a
 * Copilot manifest with many sidecars (read and validated), a ContainerPatch with many ports
 * (read and applied), and one long string (read). {@code size} scales each shape; the time
 * should grow with it linearly.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class LargeInputBenchmark {
  /** Sidecars and ports, and a thousandth of the string's characters. */
  @Param({"1000", "10000", "30000"})
  public int size;

  private String sidecars;
  private String ports;
  private String longString;
  private Container template;

  @Setup
  public void setUp() {
    StringBuilder manifest = new StringBuilder("name: api\ntype: Backend Service\nimage:\n  location: nginx:1\nsidecars:\n");
    for (int i = 0; i < size; i++) {
      manifest.append("  s").append(i).append(":\n    image: img").append(i).append(":1\n");
    }
    sidecars = manifest.toString();
    StringBuilder patch = new StringBuilder("apiVersion: sidecars.dev/v1alpha1\nkind: ContainerPatch\nports:\n");
    for (int i = 1; i <= size; i++) {
      patch.append("  - ").append(i).append("/tcp\n");
    }
    ports = patch.toString();
    longString = "name: api\ntype: Backend Service\nimage:\n  location: nginx:1\nvariables:\n  BIG: "
        + "x".repeat(size * 100) + "\n";
    template = Container.builder().name("otel").image("otel/opentelemetry-collector:0.98.0").build();
  }

  @Benchmark
  public ValidationReport readAndValidateManySidecars() {
    CopilotManifest manifest = CopilotManifest.read(sidecars, "manifest.yml");
    return SidecarValidator.copilot().validate(manifest.workload(), manifest.sources());
  }

  @Benchmark
  public Container readAndApplyManyPorts() {
    ContainerPatch patch = NativeManifest.create().readPatch(ports, "patch.yaml");
    return patch.applyTo(template);
  }

  @Benchmark
  public CopilotManifest readOneLongString() {
    return CopilotManifest.read(longString, "manifest.yml");
  }
}
