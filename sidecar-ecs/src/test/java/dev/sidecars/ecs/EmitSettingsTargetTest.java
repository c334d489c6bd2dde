package dev.sidecars.ecs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sidecars.model.Container;
import dev.sidecars.model.Image;
import dev.sidecars.model.Workload;
import dev.sidecars.model.WorkloadType;
import dev.sidecars.model.spi.EmitSettings;
import dev.sidecars.model.spi.WorkloadEmitter;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ecs.model.RegisterTaskDefinitionRequest;

/** A tool that lists targets through the SPI configures the ECS ones as EcsEmitter's builder would. */
class EmitSettingsTargetTest {
  private static final String ROLE = "arn:aws:iam::123456789012:role/api-execution";

  private static WorkloadEmitter target(String name) {
    return WorkloadEmitter.available().stream().filter(e -> e.target().equals(name)).findFirst().orElseThrow();
  }

  /** A built image and an SSM secret: the API request needs the pushed image and the execution role. */
  private static Workload built() {
    return Workload.builder().name("api").type(WorkloadType.BACKEND_SERVICE)
        .cpu(dev.sidecars.model.Cpu.ofEcsUnits(256)).memory(dev.sidecars.model.Memory.ofMebibytes(512))
        .main(Container.builder().name("api").image(Image.fromDockerfile("Dockerfile"))
            .putSecret("DB", dev.sidecars.model.SecretRef.ssm("/api/db")).build())
        .build();
  }

  @Test
  void theApiTargetTakesTheDeploymentsSettings() throws Exception {
    assertThatThrownBy(() -> target("ecs").emit(built())).isInstanceOf(EcsEmitException.class);
    EmitSettings settings = EmitSettings.builder().executionRoleArn(ROLE)
        .builtImage("api", "123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:7")
        .kubernetesKind("job") // not ECS's: left alone
        .build();
    RegisterTaskDefinitionRequest request = RegistrationOracle.accept(target("ecs").configure(settings).emit(built()));
    assertThat(request.executionRoleArn()).isEqualTo(ROLE);
    assertThat(request.containerDefinitions().get(0).image()).isEqualTo("123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:7");
    assertThat(target("ecs").configure(settings)).isNotSameAs(target("ecs"));
  }

  @Test
  void theCloudFormationTargetTakesThemToo() {
    String template = target("ecs-cloudformation").configure(EmitSettings.builder().executionRoleArn(ROLE).build())
        .emit(built());
    assertThat(template).contains("Default: " + ROLE);
  }

  @Test
  void aFileSystemOfNoKnownFormIsRefused() {
    assertThatThrownBy(() -> EcsEmitter.builder().settings(EmitSettings.builder().fileSystem("data", "fs-1:").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the file system of volume data is 'fs-1:'; expected fs-id or fs-id:fsap-id");
  }

  @Test
  void validateFirstIsASettingToo() {
    Workload invalid = built().toBuilder().cpu(dev.sidecars.model.Cpu.ofEcsUnits(300)).build();
    EmitSettings inputs = EmitSettings.builder().executionRoleArn(ROLE).builtImage("api", "registry/api:7").build();
    assertThatThrownBy(() -> target("ecs").configure(inputs).emit(invalid))
        .isInstanceOf(dev.sidecars.validation.InvalidWorkloadException.class);
    EmitSettings unvalidated = EmitSettings.builder().executionRoleArn(ROLE).builtImage("api", "registry/api:7")
        .validateFirst(false).build();
    assertThatThrownBy(() -> target("ecs").configure(unvalidated).emit(invalid))
        .isExactlyInstanceOf(EcsEmitException.class).hasMessageContaining("Fargate offers no task of 300 CPU units");
  }

  @Test
  void everyEcsSettingReachesTheRequest() {
    Workload workload = built().toBuilder()
        .main(built().main().toBuilder().putSecret("TOKEN", dev.sidecars.model.SecretRef.secretsManager("api/token"))
            .envFile("api.env").build())
        .addVolume(dev.sidecars.model.Volume.builder().name("data").path("/data")
            .efs(dev.sidecars.model.EfsVolume.managed()).build())
        .build();
    EmitSettings settings = EmitSettings.builder().region("eu-west-1").accountId("123456789012")
        .executionRoleArn(ROLE).taskRoleArn("arn:aws:iam::123456789012:role/api-task")
        .builtImage("api", "registry.example/api:7").environmentFile("api.env", "arn:aws:s3:::bucket/api.env")
        .fileSystem("data", "fs-42:fsap-42").build();
    EcsTaskDefinition task = EcsEmitter.builder().settings(settings).build().emit(workload);
    EcsContainerDefinition api = task.container("api").orElseThrow();
    assertThat(api.image()).isEqualTo("registry.example/api:7");
    assertThat(api.secrets().get("TOKEN")).isEqualTo("arn:aws:secretsmanager:eu-west-1:123456789012:secret:api/token");
    assertThat(task.taskRoleArn()).contains("arn:aws:iam::123456789012:role/api-task");
    assertThat(task.toApiJson()).contains("arn:aws:s3:::bucket/api.env");
    assertThat(task.volumes()).singleElement().hasToString("data (EFS fs-42 via fsap-42)");
    EcsTaskDefinition fileSystemOnly = EcsEmitter.builder().settings(EmitSettings.builder().executionRoleArn(ROLE)
        .builtImage("api", "registry.example/api:7").fileSystem("data", "fs-43").build())
        .build().emit(built().toBuilder().addVolume(dev.sidecars.model.Volume.builder().name("data").path("/data")
            .efs(dev.sidecars.model.EfsVolume.of("fs-43")).build()).build());
    assertThat(fileSystemOnly.volumes()).singleElement().satisfies(v -> {
      assertThat(v.fileSystemId()).contains("fs-43");
      assertThat(v.accessPointId()).isEmpty();
    });
  }

  @Test
  void aFileSystemWithAnEmptyPartIsRefused() {
    for (String value : java.util.List.of("", " ", ":fsap-1", "fs-1:")) {
      assertThatThrownBy(() -> EcsEmitter.builder().settings(EmitSettings.builder().fileSystem("data", value).build()))
          .as("'" + value + "'").isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("expected fs-id or fs-id:fsap-id");
    }
  }

  @Test
  void theFamilyAndTheRoutersNameAreTheBuilders() {
    Workload logged = built().toBuilder().logging(dev.sidecars.model.Logging.builder().putDestination("Name", "cloudwatch")
        .build()).build();
    EcsTaskDefinition task = EcsEmitter.builder().family("orders-task").logRouterName("router").executionRoleArn(ROLE)
        .builtImage("api", "registry.example/api:7").build().emit(logged);
    assertThat(task.family()).isEqualTo("orders-task");
    assertThat(task.containerNames()).containsExactly("api", "router");
    EcsContainerDefinition router = task.container("router").orElseThrow();
    assertThat(router.firelensConfiguration().orElseThrow())
        .hasToString("fluentbit {enable-ecs-log-metadata=true}");
    assertThat(task.container("api").orElseThrow().logConfiguration().orElseThrow())
        .hasToString("awsfirelens [Name]");
  }

  @Test
  void typedValuesPrintInTheUsersNotationAndKeepSecretsOut() {
    assertThat(EcsPortMapping.of(8080, "tcp", java.util.Optional.empty())).hasToString("8080/tcp");
    assertThat(EcsPortMapping.of(8125, "udp", java.util.Optional.of("statsd"))).hasToString("8125/udp (statsd)");
    assertThat(EcsLogConfiguration.of("awsfirelens", java.util.Map.of("Name", "datadog"),
        java.util.Map.of("apikey", "arn:aws:ssm:eu-west-1:123456789012:parameter/dd")))
        .hasToString("awsfirelens [Name] secret [apikey]");
    assertThat(EcsHealthCheck.builder().addCommand("CMD-SHELL", "curl -f localhost").build())
        .hasToString("CMD-SHELL curl -f localhost");
    assertThat(EcsMountPoint.of("data", "/data", false)).hasToString("data:/data");
    assertThat(EcsDependency.of("envoy", dev.sidecars.model.DependencyCondition.HEALTHY)).hasToString("envoy HEALTHY");
  }
}
