package dev.sidecars.benchmarks;

import dev.sidecars.formats.ManifestFormat;
import dev.sidecars.formats.NativeManifest;
import dev.sidecars.model.Container;
import dev.sidecars.model.Cpu;
import dev.sidecars.model.DependencyCondition;
import dev.sidecars.model.HealthCheck;
import dev.sidecars.model.Logging;
import dev.sidecars.model.Memory;
import dev.sidecars.model.Mount;
import dev.sidecars.model.Port;
import dev.sidecars.model.SecretRef;
import dev.sidecars.model.Variable;
import dev.sidecars.model.Volume;
import dev.sidecars.model.Workload;
import dev.sidecars.model.WorkloadType;
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

/**
 * Reading and writing the native manifest for a realistic workload: a main container, three
 * sidecars (proxy, X-Ray daemon, OpenTelemetry collector) and FireLens logging, about 90 lines
 * of YAML.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class NativeManifestBenchmark {
  private final NativeManifest manifest = NativeManifest.create();
  private Workload workload;
  private String yaml;
  private String json;

  @Setup
  public void setUp() {
    workload = sample();
    yaml = manifest.write(workload, ManifestFormat.YAML);
    json = manifest.write(workload, ManifestFormat.JSON);
  }

  @Benchmark
  public Workload readYaml() {
    return manifest.readWorkload(yaml, "bench.yml");
  }

  @Benchmark
  public Workload readJson() {
    return manifest.readWorkload(json, "bench.json");
  }

  @Benchmark
  public String writeYaml() {
    return manifest.write(workload, ManifestFormat.YAML);
  }

  @Benchmark
  public String writeJson() {
    return manifest.write(workload, ManifestFormat.JSON);
  }

  static Workload sample() {
    Container main = Container.builder()
        .name("api")
        .image("123456789012.dkr.ecr.us-east-1.amazonaws.com/api:1.4.2")
        .addPort("8080")
        .putEnvironment("LOG_LEVEL", "info")
        .putEnvironment("DB_NAME", Variable.imported("MyDB"))
        .putSecret("DB_PASSWORD", SecretRef.secretsManager("prod/db:password::"))
        .putDependsOn("envoy", DependencyCondition.HEALTHY)
        .addMount(Mount.of("data", "/var/data", false))
        .build();
    Container envoy = Container.builder()
        .name("envoy")
        .image("envoyproxy/envoy:v1.31")
        .addPort(Port.tcp(9901).named("admin"))
        .addPort("10000")
        .healthCheck(HealthCheck.builder()
            .addCommand("CMD-SHELL", "curl -f http://localhost:9901/ready || exit 1")
            .interval(Duration.ofSeconds(5))
            .retries(3)
            .build())
        .entrypoint("/usr/local/bin/envoy", "-c", "/etc/envoy/envoy.yaml")
        .putLabel("com.example.team", "platform")
        .build();
    Container xray = Container.builder()
        .name("xray")
        .image("public.ecr.aws/xray/aws-xray-daemon:3.3")
        .addPort("2000/udp")
        .essential(false)
        .build();
    Container otel = Container.builder()
        .name("otel-collector")
        .image("public.ecr.aws/aws-observability/aws-otel-collector:v0.40.0")
        .command("--config=/etc/ecs/ecs-default-config.yaml")
        .putSecret("AOT_CONFIG_CONTENT", SecretRef.ssm("otel-collector-config"))
        .essential(false)
        .build();
    return Workload.builder()
        .name("api")
        .type(WorkloadType.LOAD_BALANCED_WEB_SERVICE)
        .cpu(Cpu.ofEcsUnits(1024))
        .memory(Memory.ofMebibytes(2048))
        .main(main)
        .addSidecar(envoy)
        .addSidecar(xray)
        .addSidecar(otel)
        .targetContainer("envoy")
        .addVolume(Volume.builder().name("data").path("/var/data").build())
        .logging(Logging.builder()
            .putDestination("Name", "cloudwatch")
            .putDestination("region", "us-east-1")
            .putDestination("log_group_name", "/ecs/api")
            .putDestination("log_stream_prefix", "api/")
            .build())
        .build();
  }
}
