package dev.sidecars.benchmarks;

import dev.sidecars.ecs.EcsImport;
import dev.sidecars.ecs.EcsInjector;
import dev.sidecars.ecs.EcsTaskDefinitionReader;
import dev.sidecars.formats.EditedDocument;
import dev.sidecars.k8s.KubernetesImport;
import dev.sidecars.k8s.KubernetesInjector;
import dev.sidecars.k8s.KubernetesWorkloadReader;
import dev.sidecars.model.Container;
import dev.sidecars.model.Port;
import java.util.List;
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
 * Importing and injecting into real files: the App Mesh task definition (three containers,
 * 138 lines of JSON), the CockroachDB StatefulSet file (four documents, an init container) and
 * Copilot's stack template of a service with a FireLens router and two sidecars (1,028 lines of
 * YAML with short-form intrinsic functions).
 * The files are copies of test inputs whose origins sidecar-ecs' and sidecar-k8s' test
 * resources name (MIT-0, Apache-2.0; the template Apache-2.0).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class ImportInjectBenchmark {
  private static final Container COLLECTOR = Container.builder().name("otel-collector")
      .image("otel/opentelemetry-collector-contrib:0.98.0").addPort(Port.tcp(4317).named("otlp-grpc")).build();
  private String taskDefinition;
  private String statefulSet;
  private String template;

  @Setup
  public void setUp() {
    taskDefinition = BenchmarkInputs.text("app-mesh-taskdef.json");
    statefulSet = BenchmarkInputs.text("cockroachdb-statefulset.yaml");
    template = BenchmarkInputs.text("copilot-svc-prod.stack.yml");
  }

  @Benchmark
  public EcsImport importTaskDefinition() {
    return EcsTaskDefinitionReader.create().read(taskDefinition, "taskdef.json");
  }

  @Benchmark
  public List<KubernetesImport> importStatefulSetFile() {
    return KubernetesWorkloadReader.create().read(statefulSet, "statefulset.yaml");
  }

  @Benchmark
  public EcsImport importCloudFormationTemplate() {
    return EcsTaskDefinitionReader.create().read(template, "svc.stack.yml");
  }

  @Benchmark
  public EditedDocument injectIntoCloudFormationTemplate() {
    return EcsInjector.of(COLLECTOR, "acme/otel-collector@1.0.0").inject(template, "svc.stack.yml");
  }

  @Benchmark
  public EditedDocument injectIntoTaskDefinition() {
    return EcsInjector.of(COLLECTOR, "acme/otel-collector@1.0.0").inject(taskDefinition, "taskdef.json");
  }

  @Benchmark
  public EditedDocument injectIntoStatefulSetFile() {
    return KubernetesInjector.of(COLLECTOR, "acme/otel-collector@1.0.0").inject(statefulSet, "statefulset.yaml");
  }
}
