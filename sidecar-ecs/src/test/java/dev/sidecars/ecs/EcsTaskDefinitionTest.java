package dev.sidecars.ecs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sidecars.formats.copilot.CopilotManifest;
import dev.sidecars.model.Container;
import dev.sidecars.model.DependencyCondition;
import dev.sidecars.model.EfsVolume;
import dev.sidecars.model.HealthCheck;
import dev.sidecars.model.Logging;
import dev.sidecars.model.Mount;
import dev.sidecars.model.Port;
import dev.sidecars.model.SecretRef;
import dev.sidecars.model.TaskDefinitionOverride;
import dev.sidecars.model.Volume;
import dev.sidecars.model.Workload;
import dev.sidecars.model.WorkloadType;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.ecs.model.ContainerDefinition;
import software.amazon.awssdk.services.ecs.model.KeyValuePair;
import software.amazon.awssdk.services.ecs.model.RegisterTaskDefinitionRequest;
import software.amazon.awssdk.services.ecs.model.Secret;

/** The typed task definition says what the request says, read by the AWS SDK's own model. */
class EcsTaskDefinitionTest {
  private static final Path SEEDS = Path.of("../sidecar-formats/src/test/resources/seeds");
  private static final String ROLE = "arn:aws:iam::123456789012:role/api-execution";
  private static final EcsEmitter EMITTER = EcsEmitter.builder()
      .builtImage("api", "123456789012.dkr.ecr.us-west-2.amazonaws.com/api:1")
      .region("us-west-2").accountId("123456789012").executionRoleArn(ROLE).build();

  /** Every field the typed view has, each set: a FireLens router, a health-gated sidecar, EFS, secrets. */
  static Workload wired() {
    Container envoy = Container.builder().name("envoy").image("envoyproxy/envoy:v1.31")
        .addPorts(Port.tcp(9901), Port.udp(8125))
        .healthCheck(HealthCheck.builder().command(List.of("CMD-SHELL", "curl -f localhost:9901/ready"))
            .interval(java.time.Duration.ofSeconds(15)).retries(4).build())
        .addMounts(Mount.of("data", "/var/envoy", true))
        .putLabel("team", "platform")
        .build();
    Container api = Container.builder().name("api").image("example/api:1.0").addPorts(Port.tcp(8080))
        .putDependsOn("envoy", DependencyCondition.HEALTHY)
        .putEnvironment("LOG_LEVEL", "warn")
        .putSecret("DB_PASSWORD", SecretRef.ssm("/api/db-password"))
        .command(List.of("serve", "--port", "8080"))
        .addMounts(Mount.of("data", "/data"))
        .build();
    return Workload.builder().name("api").type(WorkloadType.BACKEND_SERVICE)
        .cpu(dev.sidecars.model.Cpu.ofEcsUnits(512)).memory(dev.sidecars.model.Memory.ofMebibytes(1024))
        .main(api).addSidecars(envoy)
        .addVolumes(Volume.builder().name("data").efs(EfsVolume.of("fs-12345678")).build())
        .logging(Logging.builder().putDestination("Name", "cloudwatch").putDestination("region", "us-west-2")
            .putSecretOption("apikey", SecretRef.ssm("/api/log-key")).build())
        .build();
  }

  static Stream<Workload> workloads() {
    Stream<Workload> seeds = Stream.of("copilot-nginx-lbws.yml", "copilot-efs-fragment.yml", "copilot-firelens.yml",
        "copilot-otel.yml").map(file -> CopilotManifest.reader()
            .variables(Map.of("COPILOT_APPLICATION_NAME", "app", "COPILOT_ENVIRONMENT_NAME", "prod"))
            .read(SEEDS.resolve(file)).workload());
    return Stream.concat(seeds, Stream.of(wired()));
  }

  @ParameterizedTest
  @MethodSource("workloads")
  void everyTypedFieldIsWhatTheRequestSays(Workload workload) throws Exception {
    EcsTaskDefinition task = EMITTER.emit(workload);
    RegisterTaskDefinitionRequest request = RegistrationOracle.accept(task.toApiJson());
    assertThat(task.family()).isEqualTo(request.family());
    assertThat(task.networkMode()).contains(request.networkModeAsString());
    assertThat(task.requiresCompatibilities()).isEqualTo(request.requiresCompatibilitiesAsStrings());
    assertThat(task.cpu()).isEqualTo(Optional.ofNullable(request.cpu()));
    assertThat(task.memory()).isEqualTo(Optional.ofNullable(request.memory()));
    assertThat(task.executionRoleArn()).isEqualTo(Optional.ofNullable(request.executionRoleArn()));
    assertThat(task.taskRoleArn()).isEqualTo(Optional.ofNullable(request.taskRoleArn()));
    assertThat(task.containerNames()).isEqualTo(request.containerDefinitions().stream().map(ContainerDefinition::name)
        .collect(Collectors.toList()));
    for (ContainerDefinition expected : request.containerDefinitions()) {
      EcsContainerDefinition c = task.container(expected.name()).orElseThrow();
      assertThat(c.image()).isEqualTo(expected.image());
      assertThat(c.essential()).isEqualTo(expected.essential() == null || expected.essential());
      assertThat(c.cpu()).isEqualTo(Optional.ofNullable(expected.cpu()));
      assertThat(c.memory()).isEqualTo(Optional.ofNullable(expected.memory()));
      assertThat(c.memoryReservation()).isEqualTo(Optional.ofNullable(expected.memoryReservation()));
      assertThat(c.portMappings()).extracting(p -> p.containerPort() + "/" + p.protocol() + p.name().orElse(""))
          .isEqualTo(expected.portMappings().stream()
              .map(p -> p.containerPort() + "/" + p.protocolAsString() + (p.name() == null ? "" : p.name()))
              .collect(Collectors.toList()));
      assertThat(c.environment()).isEqualTo(expected.environment().stream()
          .collect(Collectors.toMap(KeyValuePair::name, KeyValuePair::value, (a, b) -> b, LinkedHashMap::new)));
      assertThat(c.secrets()).isEqualTo(expected.secrets().stream()
          .collect(Collectors.toMap(Secret::name, Secret::valueFrom, (a, b) -> b, LinkedHashMap::new)));
      assertThat(c.dependsOn()).extracting(EcsDependency::toString).isEqualTo(expected.dependsOn().stream()
          .map(d -> d.containerName() + " " + d.conditionAsString()).collect(Collectors.toList()));
      assertThat(c.logConfiguration().map(l -> l.logDriver() + " " + l.options() + " " + l.secretOptions()))
          .isEqualTo(Optional.ofNullable(expected.logConfiguration()).map(l -> l.logDriverAsString() + " "
              + l.options() + " " + l.secretOptions().stream()
                  .collect(Collectors.toMap(Secret::name, Secret::valueFrom, (a, b) -> b, LinkedHashMap::new))));
      assertThat(c.routesLogsThroughFireLens()).isEqualTo(expected.logConfiguration() != null
          && expected.logConfiguration().logDriverAsString().equals("awsfirelens"));
      assertThat(c.firelensConfiguration().map(f -> f.type() + " " + f.options()))
          .isEqualTo(Optional.ofNullable(expected.firelensConfiguration())
              .map(f -> f.typeAsString() + " " + f.options()));
      assertThat(c.healthCheck().map(h -> h.command() + " " + h.interval() + h.timeout() + h.retries() + h.startPeriod()))
          .isEqualTo(Optional.ofNullable(expected.healthCheck()).map(h -> h.command() + " "
              + Optional.ofNullable(h.interval()) + Optional.ofNullable(h.timeout()) + Optional.ofNullable(h.retries())
              + Optional.ofNullable(h.startPeriod())));
      assertThat(c.mountPoints()).extracting(EcsMountPoint::toString).isEqualTo(expected.mountPoints().stream()
          .map(m -> m.sourceVolume() + ":" + m.containerPath() + (Boolean.TRUE.equals(m.readOnly()) ? ":ro" : ""))
          .collect(Collectors.toList()));
      assertThat(c.command()).isEqualTo(expected.hasCommand() ? Optional.of(expected.command()) : Optional.empty());
      assertThat(c.entryPoint()).isEqualTo(expected.hasEntryPoint() ? Optional.of(expected.entryPoint()) : Optional.empty());
      assertThat(c.readonlyRootFilesystem()).isEqualTo(Optional.ofNullable(expected.readonlyRootFilesystem()));
      assertThat(c.dockerLabels()).isEqualTo(expected.dockerLabels());
    }
    assertThat(task.volumes()).extracting(EcsVolume::toString).isEqualTo(request.volumes().stream()
        .map(v -> v.name() + Optional.ofNullable(v.efsVolumeConfiguration()).map(e -> " (EFS " + e.fileSystemId()
            + Optional.ofNullable(e.authorizationConfig()).map(a -> a.accessPointId()).map(a -> " via " + a).orElse("")
            + ")").orElse(""))
        .collect(Collectors.toList()));
  }

  @Test
  void theWiredWorkloadReadsAsItWasWired() {
    EcsTaskDefinition task = EMITTER.emit(wired());
    assertThat(task.containerNames()).containsExactly("api", "firelens_log_router", "envoy");
    EcsContainerDefinition api = task.container("api").orElseThrow();
    assertThat(api.dependency("envoy")).contains(DependencyCondition.HEALTHY);
    assertThat(api.dependsOn()).extracting(EcsDependency::toString).containsExactly("envoy HEALTHY");
    assertThat(api.dependency("api")).isEmpty();
    assertThat(api.routesLogsThroughFireLens()).isTrue();
    assertThat(api.logConfiguration().orElseThrow().options()).containsExactly(
        Map.entry("Name", "cloudwatch"), Map.entry("region", "us-west-2"));
    assertThat(api.secrets()).containsOnlyKeys("DB_PASSWORD");
    assertThat(api.environment()).containsEntry("LOG_LEVEL", "warn");
    assertThat(api.command()).contains(List.of("serve", "--port", "8080"));
    assertThat(api.entryPoint()).isEmpty();
    EcsContainerDefinition router = task.container("firelens_log_router").orElseThrow();
    assertThat(router.firelensConfiguration().orElseThrow().type()).isEqualTo("fluentbit");
    assertThat(router.routesLogsThroughFireLens()).isFalse();
    EcsContainerDefinition envoy = task.container("envoy").orElseThrow();
    assertThat(envoy.portMapping(8125).orElseThrow().protocol()).isEqualTo("udp");
    assertThat(envoy.portMapping(9999)).isEmpty();
    assertThat(envoy.healthCheck().orElseThrow().interval()).contains(15);
    assertThat(envoy.healthCheck().orElseThrow().retries()).contains(4);
    assertThat(envoy.mountPoints()).extracting(EcsMountPoint::toString).containsExactly("data:/var/envoy:ro");
    assertThat(envoy.dockerLabels()).containsExactly(Map.entry("team", "platform"));
    assertThat(task.volumes()).extracting(EcsVolume::fileSystemId).containsExactly(Optional.of("fs-12345678"));
    assertThat(task.container("nginx")).isEmpty();
    assertThat(task).hasToString("EcsTaskDefinition{api, containers [api, firelens_log_router, envoy]}");
  }

  @Test
  void itWritesWhatTheEmitterWrites() {
    Workload workload = wired();
    EcsTaskDefinition task = EMITTER.emit(workload);
    assertThat(task.toApiJson()).isEqualTo(EMITTER.toApiJson(workload));
    assertThat(task.toCloudFormation(CloudFormationFormat.YAML))
        .isEqualTo(EMITTER.toCloudFormation(workload, CloudFormationFormat.YAML));
    assertThat(task.toCloudFormation(CloudFormationFormat.JSON))
        .isEqualTo(EMITTER.toCloudFormation(workload, CloudFormationFormat.JSON));
    assertThat(task).isEqualTo(EMITTER.emit(workload)).hasSameHashCodeAs(EMITTER.emit(workload))
        .isNotEqualTo(EMITTER.emit(workload.toBuilder().name("other").build()));
  }

  @Test
  void itCannotBeChanged() {
    EcsTaskDefinition task = EMITTER.emit(wired());
    assertThatThrownBy(() -> task.containerDefinitions().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> task.container("api").orElseThrow().environment().put("X", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> task.container("api").orElseThrow().dependsOn().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void anOverrideThatGivesAFieldATypeEcsDoesNotTakeIsNamed() {
    Workload workload = wired().toBuilder()
        .addTaskDefinitionOverride(TaskDefinitionOverride.of("ContainerDefinitions[0].Essential", "yes"))
        .build();
    assertThatThrownBy(() -> EMITTER.emit(workload))
        .isInstanceOf(EcsEmitException.class)
        .hasMessage("containerDefinitions[0].essential: ECS takes true or false here, and the task definition (after "
            + "its overrides) has a string");
  }

  @Test
  void anOverrideAfterARenameStillFindsTheContainerItsIndexNamed() {
    // sidecars emitted as listed (b, a); overrides count them by name (a is [1], b is [2])
    Workload workload = Workload.builder().name("web").type(WorkloadType.BACKEND_SERVICE)
        .main(Container.builder().name("web").image("nginx").build())
        .addSidecar(Container.builder().name("b").image("busybox").build())
        .addSidecar(Container.builder().name("a").image("alpine").build())
        .addTaskDefinitionOverride(TaskDefinitionOverride.of("ContainerDefinitions[1].Name", "renamed"))
        .addTaskDefinitionOverride(TaskDefinitionOverride.of("ContainerDefinitions[1].User", "nobody"))
        .build();
    Map<String, Object> tree = EcsEmitter.builder().requiresCompatibility("EC2").build().apiTree(workload);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> containers = (List<Map<String, Object>>) tree.get("containerDefinitions");
    assertThat(containers).extracting(c -> c.get("name")).containsExactly("web", "b", "renamed");
    assertThat(containers.get(2)).containsEntry("image", "alpine").containsEntry("user", "nobody");
    assertThat(containers.get(1)).doesNotContainKey("user");
  }

  @Test
  void aManagedVolumesFileSystemAndAccessPointAreTyped() {
    Workload shared = wired().toBuilder().volumes(List.of(Volume.builder().name("data").path("/data")
        .efs(EfsVolume.managed()).build())).build();
    EcsTaskDefinition task = EcsEmitter.builder().region("us-west-2").accountId("123456789012").executionRoleArn(ROLE)
        .taskRoleArn("arn:aws:iam::123456789012:role/api-task")
        .managedFileSystem("data", "fs-42", "fsap-42").build().emit(shared);
    assertThat(task.volumes()).singleElement().satisfies(v -> {
      assertThat(v.fileSystemId()).contains("fs-42");
      assertThat(v.accessPointId()).contains("fsap-42");
      assertThat(v).hasToString("data (EFS fs-42 via fsap-42)");
    });
    assertThat(task.taskRoleArn()).contains("arn:aws:iam::123456789012:role/api-task");
    assertThat(task.executionRoleArn()).contains(ROLE);
    assertThat(task.hashCode()).isEqualTo(task.toApiJson().hashCode()).isNotEqualTo(EMITTER.emit(wired()).hashCode());
  }

  @Test
  void numbersAndBooleansAnOverrideGivesAreReadAsTheirText() {
    Workload overridden = wired().toBuilder()
        .addTaskDefinitionOverride(TaskDefinitionOverride.of("Cpu", 512))
        .addTaskDefinitionOverride(TaskDefinitionOverride.of("ContainerDefinitions[0].DockerLabels", Map.of("n", 7)))
        .build();
    EcsTaskDefinition task = EMITTER.emit(overridden);
    assertThat(task.cpu()).contains("512");
    assertThat(task.container("api").orElseThrow().dockerLabels()).containsEntry("n", "7");
  }

  @Test
  void aNumberThatIsNoIntOrHasAFractionIsNamed() {
    for (Object value : List.<Object>of(2_147_483_648L, 1.5, -2_147_483_649L)) {
      Workload overridden = wired().toBuilder()
          .addTaskDefinitionOverride(TaskDefinitionOverride.of("ContainerDefinitions[0].Memory", value)).build();
      assertThatThrownBy(() -> EMITTER.emit(overridden)).as(value.toString())
          .isInstanceOf(EcsEmitException.class)
          .hasMessage("containerDefinitions[0].memory: ECS takes a whole number here, and the task definition (after "
              + "its overrides) has a number");
    }
    Workload largest = wired().toBuilder()
        .addTaskDefinitionOverride(TaskDefinitionOverride.of("ContainerDefinitions[0].Memory", 2_147_483_647L)).build();
    assertThat(EcsEmitter.builder().validateFirst(false).region("us-west-2").accountId("123456789012")
        .executionRoleArn(ROLE).build().emit(largest).container("api").orElseThrow().memory()).contains(2_147_483_647);
  }

  @Test
  void theTypeAnOverrideGaveIsNamed() {
    for (Map.Entry<Object, String> given : Map.<Object, String>of(List.of("x"), "a list", Map.of("k", "v"), "a map",
        "yes", "a string", 1, "a number").entrySet()) {
      Workload overridden = wired().toBuilder()
          .addTaskDefinitionOverride(TaskDefinitionOverride.of("ContainerDefinitions[0].Essential", given.getKey()))
          .build();
      assertThatThrownBy(() -> EMITTER.emit(overridden)).as(given.getValue())
          .hasMessageEndingWith("ECS takes true or false here, and the task definition (after its overrides) has "
              + given.getValue());
    }
  }

  @Test
  void onlyTheAwsfirelensDriverRoutesThroughFireLens() {
    Workload awslogs = wired().toBuilder().addTaskDefinitionOverride(TaskDefinitionOverride.of(
        "ContainerDefinitions[2].LogConfiguration", Map.of("LogDriver", "awslogs"))).build();
    EcsContainerDefinition envoy = EMITTER.emit(awslogs).container("envoy").orElseThrow();
    assertThat(envoy.logConfiguration().orElseThrow().logDriver()).isEqualTo("awslogs");
    assertThat(envoy.routesLogsThroughFireLens()).isFalse();
    assertThat(envoy).hasToString("envoy (envoyproxy/envoy:v1.31)");
  }

  @Test
  void theTargetsDescribeThemselves() {
    assertThat(WorkloadEmitterLookup.descriptions()).containsEntry("ecs",
        "Amazon ECS RegisterTaskDefinition request (aws ecs register-task-definition --cli-input-json)")
        .containsEntry("ecs-cloudformation", "AWS CloudFormation template with an AWS::ECS::TaskDefinition (YAML)");
  }

  /** The ECS targets the service loader finds, by name. */
  private static final class WorkloadEmitterLookup {
    static Map<String, String> descriptions() {
      Map<String, String> found = new LinkedHashMap<>();
      dev.sidecars.model.spi.WorkloadEmitter.available().forEach(e -> found.put(e.target(), e.description()));
      return found;
    }
  }
}
