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
}
