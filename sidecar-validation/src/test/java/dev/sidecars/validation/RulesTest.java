package dev.sidecars.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sidecars.model.Build;
import dev.sidecars.model.ConfigMap;
import dev.sidecars.model.Container;
import dev.sidecars.model.DependencyCondition;
import dev.sidecars.model.EfsVolume;
import dev.sidecars.model.HealthCheck;
import dev.sidecars.model.Image;
import dev.sidecars.model.JobSettings;
import dev.sidecars.model.Logging;
import dev.sidecars.model.Memory;
import dev.sidecars.model.Mount;
import dev.sidecars.model.Platform;
import dev.sidecars.model.Port;
import dev.sidecars.model.Probe;
import dev.sidecars.model.Resources;
import dev.sidecars.model.SecretRef;
import dev.sidecars.model.TaskDefinitionOverride;
import dev.sidecars.model.Tracing;
import dev.sidecars.model.Variable;
import dev.sidecars.model.Volume;
import dev.sidecars.model.Workload;
import dev.sidecars.model.WorkloadType;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule: a faulty workload reports the code at the path, and its neighbour, the same
 * workload with the fault mended, reports nothing in the same profile.
 */
class RulesTest {

  /** A workload valid in every profile: main, an envoy proxy it waits for, logging, a volume. */
  static Workload valid() {
    return Workload.builder()
        .name("api")
        .type(WorkloadType.LOAD_BALANCED_WEB_SERVICE)
        .main(Container.builder().name("api").image("example/api:1.0").addPort("8080")
            .putDependsOn("envoy", DependencyCondition.HEALTHY)
            .addMount(Mount.of("data", "/var/data")).build())
        .addSidecar(envoy().build())
        .addVolume(Volume.builder().name("data").path("/data").build())
        .targetContainer("envoy")
        .cpu(dev.sidecars.model.Cpu.ofEcsUnits(256))
        .memory(Memory.ofMebibytes(512))
        .build();
  }

  static Container.Builder envoy() {
    return Container.builder().name("envoy").image("envoyproxy/envoy:v1.31").addPort(Port.tcp(9901).named("admin"))
        .healthCheck(HealthCheck.cmdShell("curl -f http://localhost:9901/ready || exit 1"))
        .readinessProbe(Probe.http("/ready", "9901"));
  }

  static Workload withEnvoy(UnaryOperator<Container.Builder> change) {
    return valid().toBuilder().sidecars(List.of(change.apply(envoy()).build())).build();
  }

  static Workload withMain(UnaryOperator<Container.Builder> change) {
    return valid().toBuilder().main(change.apply(valid().main().toBuilder()).build()).build();
  }

  static Stream<Arguments> faults() {
    return Stream.of(
        fault("name.duplicate", SidecarValidator.all(), "sidecars.api",
            valid().toBuilder().addSidecar(Container.builder().name("api").image("x").build()).build(),
            valid().toBuilder().addSidecar(Container.builder().name("api2").image("x").build()).build()),
        fault("name.ecs-pattern", SidecarValidator.ecs(), "sidecars.envoy.proxy.name",
            valid().toBuilder().addSidecar(Container.builder().name("envoy.proxy").image("x").build()).build(),
            valid().toBuilder().addSidecar(Container.builder().name("envoy-proxy").image("x").build()).build()),
        fault("name.dns-label", SidecarValidator.kubernetes(), "sidecars.Envoy_1.name",
            valid().toBuilder().addSidecar(Container.builder().name("Envoy_1").image("x").build()).build(),
            valid().toBuilder().addSidecar(Container.builder().name("envoy-1").image("x").build()).build()),
        fault("image.location-or-build", SidecarValidator.all(), "sidecars.envoy.image",
            withEnvoy(b -> b.image(Image.of(Optional.of("envoy"), Optional.of(Build.dockerfile("Dockerfile"))))),
            withEnvoy(b -> b.image(Image.of(Optional.empty(), Optional.of(Build.dockerfile("Dockerfile")))))),
        fault("image.whitespace", SidecarValidator.all(), "sidecars.envoy.image",
            withEnvoy(b -> b.image("envoy :1")), withEnvoy(b -> b.image("envoy:1"))),
        fault("image.build.absolute-path", SidecarValidator.all(), "sidecars.envoy.image.build",
            withEnvoy(b -> b.image(Image.fromDockerfile("/abs/Dockerfile"))),
            withEnvoy(b -> b.image(Image.fromDockerfile("abs/Dockerfile")))),
        fault("depends-on.unknown-container", SidecarValidator.all(), "main.dependsOn.ghost",
            withMain(b -> b.putDependsOn("ghost", DependencyCondition.START)),
            withMain(b -> b.putDependsOn("ghost", DependencyCondition.START)).toBuilder()
                .addSidecar(Container.builder().name("ghost").image("busybox").build()).build()),
        fault("depends-on.unknown-container", SidecarValidator.all(), "main.dependsOn.firelens_log_router",
            withMain(b -> b.putDependsOn("firelens_log_router", DependencyCondition.START)),
            withMain(b -> b.putDependsOn("firelens_log_router", DependencyCondition.START)).toBuilder()
                .logging(Logging.builder().putDestination("Name", "cloudwatch").build()).build()),
        fault("depends-on.self", SidecarValidator.all(), "main.dependsOn.api",
            withMain(b -> b.putDependsOn("api", DependencyCondition.START)),
            withMain(b -> b.putDependsOn("envoy", DependencyCondition.START))),
        fault("depends-on.cycle", SidecarValidator.all(), "main.dependsOn.envoy",
            withEnvoy(b -> b.putDependsOn("api", DependencyCondition.START)),
            withEnvoy(b -> b.putDependsOn("api", DependencyCondition.START)).toBuilder()
                .main(valid().main().toBuilder().dependsOn(java.util.Map.of()).build()).build()),
        fault("depends-on.essential-condition", SidecarValidator.ecs(), "main.dependsOn.envoy",
            withMain(b -> b.putDependsOn("envoy", DependencyCondition.SUCCESS)),
            withMain(b -> b.putDependsOn("envoy", DependencyCondition.SUCCESS)).toBuilder()
                .sidecars(List.of(envoy().essential(false).build())).build()),
        fault("depends-on.healthy-without-healthcheck", SidecarValidator.ecs(), "main.dependsOn.envoy",
            withEnvoy(b -> b.healthCheck(Optional.empty()).readinessProbe(Optional.empty())),
            withEnvoy(b -> b.healthCheck(Optional.empty()).readinessProbe(Optional.empty())).toBuilder()
                .main(valid().main().toBuilder().putDependsOn("envoy", DependencyCondition.START).build()).build()),
        fault("port.protocol", SidecarValidator.ecs(), "sidecars.envoy.ports[9902/sctp]",
            withEnvoy(b -> b.addPort(Port.of(9902, dev.sidecars.model.Protocol.SCTP))),
            withEnvoy(b -> b.addPort(Port.of(9902, dev.sidecars.model.Protocol.UDP)))),
        fault("port.duplicate", SidecarValidator.all(), "sidecars.envoy.ports[8080/tcp]",
            withEnvoy(b -> b.addPort("8080")), withEnvoy(b -> b.addPort("8081"))),
        fault("port.protocols", SidecarValidator.ecs(), "sidecars.envoy.ports[9901/udp]",
            withEnvoy(b -> b.addPort("9901/udp")), withEnvoy(b -> b.addPort("9903/udp"))),
        fault("port.name", SidecarValidator.kubernetes(), "sidecars.envoy.ports[9902/tcp]",
            withEnvoy(b -> b.addPort(Port.tcp(9902).named("envoy-administration"))),
            withEnvoy(b -> b.addPort(Port.tcp(9902).named("envoy-stats")))),
        fault("target-container.unknown", SidecarValidator.all(), "targetContainer",
            valid().toBuilder().targetContainer("nginx").build(), valid().toBuilder().targetContainer("api").build()),
        fault("target-container.no-port", SidecarValidator.all(), "targetContainer",
            withEnvoy(b -> b.ports(List.of())), withEnvoy(b -> b.ports(List.of())).toBuilder().targetContainer("api").build()),
        fault("healthcheck.command", SidecarValidator.ecs(), "sidecars.envoy.healthCheck.command",
            withEnvoy(b -> b.healthCheck(HealthCheck.builder().addCommand("curl", "-f", "localhost").build())),
            withEnvoy(b -> b.healthCheck(HealthCheck.builder().addCommand("CMD", "curl", "-f", "localhost").build()))),
        fault("healthcheck.interval.range", SidecarValidator.ecs(), "sidecars.envoy.healthCheck.interval",
            withEnvoy(b -> b.healthCheck(HealthCheck.builder().interval(Duration.ofSeconds(4)).build())),
            withEnvoy(b -> b.healthCheck(HealthCheck.builder().interval(Duration.ofSeconds(5)).build()))),
        fault("healthcheck.timeout.range", SidecarValidator.ecs(), "sidecars.envoy.healthCheck.timeout",
            withEnvoy(b -> b.healthCheck(HealthCheck.builder().timeout(Duration.ofSeconds(61)).build())),
            withEnvoy(b -> b.healthCheck(HealthCheck.builder().timeout(Duration.ofSeconds(60)).build()))),
        fault("healthcheck.retries.range", SidecarValidator.ecs(), "sidecars.envoy.healthCheck.retries",
            withEnvoy(b -> b.healthCheck(HealthCheck.builder().retries(0).build())),
            withEnvoy(b -> b.healthCheck(HealthCheck.builder().retries(1).build()))),
        fault("healthcheck.start-period.range", SidecarValidator.ecs(), "sidecars.envoy.healthCheck.startPeriod",
            withEnvoy(b -> b.healthCheck(HealthCheck.builder().startPeriod(Duration.ofSeconds(301)).build())),
            withEnvoy(b -> b.healthCheck(HealthCheck.builder().startPeriod(Duration.ofSeconds(300)).build()))),
        fault("probe.handler", SidecarValidator.kubernetes(), "sidecars.envoy.readinessProbe",
            withEnvoy(b -> b.readinessProbe(Probe.builder().path("/").port("80").command(List.of("true")).build())),
            withEnvoy(b -> b.readinessProbe(Probe.builder().path("/").port("80").build()))),
        fault("probe.range", SidecarValidator.all(), "sidecars.envoy.livenessProbe.failureThreshold",
            withEnvoy(b -> b.livenessProbe(Probe.builder().port("9901").failureThreshold(-1).build())),
            withEnvoy(b -> b.livenessProbe(Probe.builder().port("9901").failureThreshold(0).build()))),
        fault("probe.success-threshold", SidecarValidator.kubernetes(), "sidecars.envoy.livenessProbe.successThreshold",
            withEnvoy(b -> b.livenessProbe(Probe.builder().port("9901").successThreshold(2).build())),
            withEnvoy(b -> b.livenessProbe(Probe.builder().port("9901").successThreshold(1).build()))),
        fault("mount.unknown-volume", SidecarValidator.all(), "sidecars.envoy.mounts[/x]",
            withEnvoy(b -> b.addMount(Mount.of("nope", "/x"))), withEnvoy(b -> b.addMount(Mount.of("data", "/x")))),
        fault("mount.path", SidecarValidator.all(), "sidecars.envoy.mounts[etc/envoy]",
            withEnvoy(b -> b.addMount(Mount.of("data", "etc/envoy"))), withEnvoy(b -> b.addMount(Mount.of("data", "/etc/envoy")))),
        fault("mount.duplicate-path", SidecarValidator.all(), "sidecars.envoy.mounts[/x]",
            withEnvoy(b -> b.addMount(Mount.of("data", "/x")).addMount(Mount.of("data", "/x"))),
            withEnvoy(b -> b.addMount(Mount.of("data", "/x")).addMount(Mount.of("data", "/y")))),
        fault("env-file.extension", SidecarValidator.ecs(), "sidecars.envoy.envFile",
            withEnvoy(b -> b.envFile("envoy.txt")), withEnvoy(b -> b.envFile("envoy.env"))),
        fault("secret.ssm-name", SidecarValidator.ecs(), "sidecars.envoy.secrets.TOKEN",
            withEnvoy(b -> b.putSecret("TOKEN", SecretRef.ssm("not a name!"))),
            withEnvoy(b -> b.putSecret("TOKEN", SecretRef.ssm("not-a-name")))),
        fault("secret.secrets-manager", SidecarValidator.ecs(), "sidecars.envoy.secrets.TOKEN",
            withEnvoy(b -> b.putSecret("TOKEN", SecretRef.secretsManager("spaces are not allowed"))),
            withEnvoy(b -> b.putSecret("TOKEN", SecretRef.secretsManager("spaces-are-not-allowed")))),
        fault("resources.min-max", SidecarValidator.all(), "sidecars.envoy.resources.memoryMin",
            withEnvoy(b -> b.resources(Resources.builder().memoryMin(Memory.parse("513Mi")).memoryMax(Memory.parse("512Mi")).build())),
            withEnvoy(b -> b.resources(Resources.builder().memoryMin(Memory.parse("511Mi")).memoryMax(Memory.parse("512Mi")).build()))),
        fault("resources.ecs-memory", SidecarValidator.ecs(), "sidecars.envoy.resources.memoryMin",
            withEnvoy(b -> b.resources(Resources.builder().memoryMin(Memory.parse("512Mi")).memoryMax(Memory.parse("512Mi")).build())),
            withEnvoy(b -> b.resources(Resources.builder().memoryMin(Memory.parse("511Mi")).memoryMax(Memory.parse("512Mi")).build()))),
        fault("resources.fargate-size", SidecarValidator.copilot(), "cpu",
            valid().toBuilder().cpu(dev.sidecars.model.Cpu.ofEcsUnits(256)).memory(Memory.ofMebibytes(4096)).build(),
            valid().toBuilder().cpu(dev.sidecars.model.Cpu.ofEcsUnits(1024)).memory(Memory.ofMebibytes(4096)).build()),
        fault("resources.task-size", SidecarValidator.ecs(), "memory",
            withEnvoy(b -> b.resources(Resources.builder().memoryMax(Memory.parse("1Gi")).build())).toBuilder()
                .cpu(dev.sidecars.model.Cpu.ofEcsUnits(256)).memory(Memory.ofMebibytes(512)).build(),
            withEnvoy(b -> b.resources(Resources.builder().memoryMax(Memory.parse("1Gi")).build())).toBuilder()
                .cpu(dev.sidecars.model.Cpu.ofEcsUnits(256)).memory(Memory.ofMebibytes(1024)).build()),
        fault("workload.rdws-sidecars", SidecarValidator.all(), "sidecars.envoy",
            valid().toBuilder().type(WorkloadType.REQUEST_DRIVEN_WEB_SERVICE).build(),
            valid().toBuilder().type(WorkloadType.REQUEST_DRIVEN_WEB_SERVICE).sidecars(List.of())
                .main(valid().main().toBuilder().dependsOn(java.util.Map.of()).build()).targetContainer("api").build()),
        fault("logging.windows", SidecarValidator.ecs(), "logging",
            valid().toBuilder().platform(Platform.parse("windows/x86_64"))
                .logging(Logging.builder().putDestination("Name", "cloudwatch").build()).build(),
            valid().toBuilder().platform(Platform.parse("linux/x86_64"))
                .logging(Logging.builder().putDestination("Name", "cloudwatch").build()).build()),
        fault("workload.container-limit", SidecarValidator.ecs(), "sidecars", manySidecars(9), manySidecars(8)),
        fault("workload.no-essential", SidecarValidator.ecs(), "main.essential",
            withMain(b -> b.essential(false)).toBuilder().sidecars(List.of(envoy().essential(false).build())).build(),
            withMain(b -> b.essential(false)).toBuilder().sidecars(List.of(envoy().essential(true).build())).build()),
        fault("ecs.unsupported", SidecarValidator.ecs(), "sidecars.envoy.configMaps",
            withEnvoy(b -> b.addConfigMap(ConfigMap.builder().name("c").mountPath("/etc/c").build())),
            withEnvoy(b -> b.addMount(Mount.of("data", "/etc/c")))),
        fault("ecs.unsupported", SidecarValidator.ecs(), "sidecars.envoy.environment.POD",
            withEnvoy(b -> b.putEnvironment("POD", Variable.fromField("metadata.name"))),
            withEnvoy(b -> b.putEnvironment("POD", Variable.plain("metadata.name")))),
        fault("kubernetes.unsupported", SidecarValidator.kubernetes(), "sidecars.envoy.labels",
            withEnvoy(b -> b.putLabel("team", "platform")), withEnvoy(b -> b.labels(java.util.Map.of()))),
        fault("kubernetes.unsupported", SidecarValidator.kubernetes(), "sidecars.envoy.essential",
            withEnvoy(b -> b.essential(false)), withEnvoy(b -> b.essential(true))),
        fault("resources.ephemeral-storage", SidecarValidator.ecs(), "ephemeralStorage",
            valid().toBuilder().ephemeralStorage(Memory.ofGibibytes(201)).build(),
            valid().toBuilder().ephemeralStorage(Memory.ofGibibytes(200)).build()),
        fault("resources.ephemeral-storage", SidecarValidator.copilot(), "ephemeralStorage",
            valid().toBuilder().ephemeralStorage(Memory.ofMebibytes(30 * 1024 + 1)).build(),
            valid().toBuilder().ephemeralStorage(Memory.ofMebibytes(30 * 1024)).build()),
        fault("platform.windows-readonly-fs", SidecarValidator.ecs(), "main.readOnlyRootFilesystem",
            withMain(b -> b.readOnlyRootFilesystem(true)).toBuilder()
                .platform(Platform.parse("windows/x86_64")).logging(Optional.empty()).build(),
            withMain(b -> b.readOnlyRootFilesystem(false)).toBuilder()
                .platform(Platform.parse("windows/x86_64")).logging(Optional.empty()).build()),
        fault("taskdef-override.forbidden", SidecarValidator.copilot(), "taskDefinitionOverrides[1]",
            valid().toBuilder().addTaskDefinitionOverride(TaskDefinitionOverride.of("PidMode", "task"))
                .addTaskDefinitionOverride(TaskDefinitionOverride.of("ContainerDefinitions[1].Name", "other")).build(),
            valid().toBuilder().addTaskDefinitionOverride(TaskDefinitionOverride.of("PidMode", "task"))
                .addTaskDefinitionOverride(TaskDefinitionOverride.of("ContainerDefinitions[1].Names", "other")).build()),
        fault("taskdef-override.forbidden", SidecarValidator.copilot(), "taskDefinitionOverrides[0]",
            valid().toBuilder().addTaskDefinitionOverride(TaskDefinitionOverride.of("Family", "other")).build(),
            valid().toBuilder().addTaskDefinitionOverride(TaskDefinitionOverride.of("Family.Name", "other")).build()),
        fault("job.schedule", SidecarValidator.copilot(), "job.schedule",
            valid().toBuilder().type(WorkloadType.SCHEDULED_JOB).targetContainer(Optional.empty()).build(),
            valid().toBuilder().type(WorkloadType.SCHEDULED_JOB).targetContainer(Optional.empty())
                .job(JobSettings.builder().schedule("@daily").build()).build()),
        fault("job.timeout", SidecarValidator.copilot(), "job.timeout",
            valid().toBuilder().job(JobSettings.builder().timeout(Duration.ofMillis(1500)).build()).build(),
            valid().toBuilder().job(JobSettings.builder().timeout(Duration.ofSeconds(1)).build()).build()),
        fault("job.timeout", SidecarValidator.copilot(), "job.timeout",
            valid().toBuilder().job(JobSettings.builder().timeout(Duration.ofMillis(999)).build()).build(),
            valid().toBuilder().job(JobSettings.builder().timeout(Duration.ofMinutes(90)).build()).build()),
        fault("job.retries", SidecarValidator.copilot(), "job.retries",
            valid().toBuilder().job(JobSettings.builder().retries(-1).build()).build(),
            valid().toBuilder().job(JobSettings.builder().retries(0).build()).build()),
        fault("volumes.managed-efs", SidecarValidator.ecs(), "volumes",
            valid().toBuilder().addVolume(Volume.builder().name("a").path("/a").efs(EfsVolume.managed()).build())
                .addVolume(Volume.builder().name("b").path("/b").efs(EfsVolume.builder().uid(1000L).gid(1000L).build())
                    .build()).build(),
            valid().toBuilder().addVolume(Volume.builder().name("a").path("/a").efs(EfsVolume.managed()).build())
                .addVolume(Volume.builder().name("b").path("/b").efs(EfsVolume.of("fs-12345678")).build()).build()),
        fault("workload.container-limit", SidecarValidator.ecs(), "sidecars",
            manySidecars(8).toBuilder().tracing(Tracing.AWS_XRAY).build(),
            manySidecars(7).toBuilder().tracing(Tracing.AWS_XRAY).build()));
  }

  private static Workload manySidecars(int count) {
    Workload.Builder builder = valid().toBuilder();
    for (int i = 0; i < count; i++) {
      builder.addSidecar(Container.builder().name("s" + i).image("busybox").build());
    }
    return builder.build();
  }

  private static Arguments fault(String code, SidecarValidator validator, String path, Workload faulty,
      Workload mended) {
    return Arguments.of(code, validator, path, faulty, mended);
  }

  @ParameterizedTest(name = "{0} at {2}")
  @MethodSource("faults")
  void faultIsReportedAtItsPath(String code, SidecarValidator validator, String path, Workload faulty,
      Workload mended) {
    List<String> found = validator.validate(faulty).violations().stream()
        .map(v -> v.code() + " @ " + v.modelPath()).collect(Collectors.toList());
    assertThat(found).contains(code + " @ " + path);
  }

  @ParameterizedTest(name = "the valid neighbour has no {0}")
  @MethodSource("faults")
  void validNeighbourIsClean(String code, SidecarValidator validator, String path, Workload faulty,
      Workload mended) {
    ValidationReport report = validator.validate(mended);
    assertThat(report.isValid()).as(report.toString()).isTrue();
    assertThat(report.violations()).extracting(Violation::code).doesNotContain(code);
  }

  @org.junit.jupiter.api.Test
  void aRequestDrivenWebServiceHearsOfEachSidecarAndItsLogging() {
    Workload rdws = valid().toBuilder().type(WorkloadType.REQUEST_DRIVEN_WEB_SERVICE)
        .addSidecar(Container.builder().name("otel").image("otel/collector").build())
        .logging(Logging.builder().putDestination("Name", "cloudwatch").build()).build();
    assertThat(SidecarValidator.copilot().validate(rdws).errors()).filteredOn(v -> v.code().equals("workload.rdws-sidecars"))
        .extracting(v -> v.modelPath() + ": " + v.message()).containsExactlyInAnyOrder(
            "sidecars.envoy: sidecars are not supported for Request-Driven Web Services; \"envoy\" cannot run beside it",
            "sidecars.otel: sidecars are not supported for Request-Driven Web Services; \"otel\" cannot run beside it",
            "logging: logging is not supported for Request-Driven Web Services");
  }

  @org.junit.jupiter.api.Test
  void aFargateTaskWithoutCpuOrMemoryIsAnErrorOnEcsOnly() {
    Workload none = valid().toBuilder().cpu(java.util.Optional.empty()).memory(java.util.Optional.empty()).build();
    assertThat(SidecarValidator.ecs().validate(none).errors()).extracting(v -> v.code() + " @ " + v.modelPath())
        .contains("resources.fargate-needs-task-size @ cpu");
    assertThat(SidecarValidator.ecs().validate(none.toBuilder().cpu(dev.sidecars.model.Cpu.ofEcsUnits(256)).build())
        .errors()).extracting(v -> v.code() + " @ " + v.modelPath()).contains("resources.fargate-needs-task-size @ cpu");
    assertThat(SidecarValidator.ecs().validate(none.toBuilder().memory(Memory.ofMebibytes(512)).build())
        .errors()).extracting(v -> v.code() + " @ " + v.modelPath()).contains("resources.fargate-needs-task-size @ memory");
    assertThat(SidecarValidator.ecs().validate(valid()).violations()).extracting(Violation::code)
        .doesNotContain("resources.fargate-needs-task-size");
    assertThat(SidecarValidator.copilot().validate(none).violations()).extracting(Violation::code)
        .doesNotContain("resources.fargate-needs-task-size");
    assertThat(SidecarValidator.kubernetes().validate(none).violations()).extracting(Violation::code)
        .doesNotContain("resources.fargate-needs-task-size");
  }

  @org.junit.jupiter.api.Test
  void probesBesideAHealthCheckAreOnlyAWarningOnEcs() {
    Workload sized = valid().toBuilder().cpu(dev.sidecars.model.Cpu.ofEcsUnits(256)).memory(Memory.ofMebibytes(512)).build();
    assertThat(SidecarValidator.ecs().validate(sized).warnings()).extracting(Violation::code)
        .containsExactly("ecs.probe-ignored");
    assertThat(SidecarValidator.ecs().validate(withEnvoy(b -> b.healthCheck(Optional.empty()))).errors())
        .extracting(Violation::code).contains("ecs.unsupported");
  }
}
