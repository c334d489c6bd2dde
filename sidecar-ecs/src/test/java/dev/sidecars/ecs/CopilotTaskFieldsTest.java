package dev.sidecars.ecs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sidecars.model.Container;
import dev.sidecars.model.Cpu;
import dev.sidecars.model.EfsVolume;
import dev.sidecars.model.Memory;
import dev.sidecars.model.Mount;
import dev.sidecars.model.TaskDefinitionOverride;
import dev.sidecars.model.Tracing;
import dev.sidecars.model.Volume;
import dev.sidecars.model.Workload;
import dev.sidecars.model.WorkloadType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ecs.model.ContainerDefinition;
import software.amazon.awssdk.services.ecs.model.EFSVolumeConfiguration;
import software.amazon.awssdk.services.ecs.model.RegisterTaskDefinitionRequest;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The task fields that Copilot renders beyond the containers' own: the X-Ray collector, the
 * read-only root file system, ephemeral storage, EFS volumes as Copilot writes them, and task
 * definition overrides, in both the API request (checked by the AWS SDK's strict model) and
 * CloudFormation.
 */
class CopilotTaskFieldsTest {

  private static Workload.Builder api() {
    return Workload.builder().name("api").type(WorkloadType.BACKEND_SERVICE)
        .main(Container.builder().name("api").image("example/api:1.0").build())
        .cpu(Cpu.ofEcsUnits(256)).memory(Memory.ofMebibytes(512));
  }

  @Test
  void tracingAddsCopilotsCollectorAfterTheRouter() throws Exception {
    Workload workload = api().tracing(Tracing.AWS_XRAY)
        .addSidecar(Container.builder().name("nginx").image("nginx").build()).build();
    RegisterTaskDefinitionRequest request = RegistrationOracle.accept(EcsEmitter.create().toApiJson(workload));
    assertThat(request.containerDefinitions()).extracting(ContainerDefinition::name)
        .containsExactly("api", "aws-otel-collector", "nginx");
    ContainerDefinition collector = request.containerDefinitions().get(1);
    assertThat(collector.image()).isEqualTo("public.ecr.aws/aws-observability/aws-otel-collector:v0.17.0");
    assertThat(collector.command()).containsExactly("--config=/etc/ecs/ecs-xray.yaml");
    assertThat(collector.essential()).isTrue();
  }

  @Test
  void readOnlyRootFilesystemAndEphemeralStorageAreTaskFields() throws Exception {
    Workload workload = api().main(Container.builder().name("api").image("example/api:1.0")
        .readOnlyRootFilesystem(true).build()).ephemeralStorage(Memory.ofGibibytes(50)).build();
    RegisterTaskDefinitionRequest request = RegistrationOracle.accept(EcsEmitter.create().toApiJson(workload));
    assertThat(request.containerDefinitions().get(0).readonlyRootFilesystem()).isTrue();
    assertThat(request.ephemeralStorage().sizeInGiB()).isEqualTo(50);

    Workload fargateDefault = workload.toBuilder().ephemeralStorage(Memory.ofGibibytes(20)).build();
    assertThat(EcsEmitter.create().apiTree(fargateDefault)).doesNotContainKey("ephemeralStorage");
    Workload partial = workload.toBuilder().ephemeralStorage(Memory.parse("30.5Gi")).build();
    // validation reports it first (resources.ephemeral-storage); the emitter's own check stays behind it
    assertThatThrownBy(() -> EcsEmitter.create().toApiJson(partial))
        .isInstanceOf(dev.sidecars.validation.InvalidWorkloadException.class).hasMessageContaining("ephemeral");
    assertThatThrownBy(() -> EcsEmitter.builder().validateFirst(false).build().toApiJson(partial))
        .isInstanceOf(EcsEmitException.class).hasMessageContaining("ephemeralStorage").hasMessageContaining("whole GiB");
  }

  @Test
  void anEfsVolumeIsWrittenAsCopilotWritesIt() throws Exception {
    Workload workload = api().addVolume(Volume.builder().name("data").path("/data")
        .efs(EfsVolume.builder().fileSystemId("fs-1234").accessPointId("fsap-9").build()).build()).build();
    EFSVolumeConfiguration efs = RegistrationOracle.accept(EcsEmitter.create().toApiJson(workload))
        .volumes().get(0).efsVolumeConfiguration();
    assertThat(efs.fileSystemId()).isEqualTo("fs-1234");
    assertThat(efs.rootDirectory()).isEqualTo("/");
    assertThat(efs.transitEncryptionAsString()).isEqualTo("ENABLED");
    assertThat(efs.authorizationConfig().accessPointId()).isEqualTo("fsap-9");
    assertThat(efs.authorizationConfig().iamAsString()).isEqualTo("DISABLED");
  }

  @Test
  void anImportedFileSystemIsAnImportValueOrGivenToTheApi() throws Exception {
    Workload workload = api().addVolume(Volume.builder().name("data").path("/data")
        .efs(EfsVolume.imported("shared-fs-id")).build()).build();
    assertThat(EcsEmitter.create().toCloudFormation(workload, CloudFormationFormat.YAML))
        .contains("FilesystemId:\n            Fn::ImportValue: shared-fs-id");
    assertThatThrownBy(() -> EcsEmitter.create().toApiJson(workload))
        .isInstanceOf(EcsEmitException.class).hasMessageContaining("volumes[data].efs")
        .hasMessageContaining("CloudFormation export shared-fs-id");
    RegisterTaskDefinitionRequest given = RegistrationOracle.accept(
        EcsEmitter.builder().managedFileSystem("data", "fs-77").build().toApiJson(workload));
    assertThat(given.volumes().get(0).efsVolumeConfiguration().fileSystemId()).isEqualTo("fs-77");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aManagedVolumeGetsCopilotsAccessPoint() throws Exception {
    Workload workload = api().addVolume(Volume.builder().name("shared").path("/shared").efs(EfsVolume.managed()).build())
        .build();
    String template = EcsEmitter.builder().managedFileSystem("shared", "fs-42").build()
        .toCloudFormation(workload, CloudFormationFormat.YAML);
    Map<String, Object> resources = (Map<String, Object>) YAMLMapper.builder().build()
        .readValue(template, Map.class).get("Resources");
    Map<String, Object> accessPoint = (Map<String, Object>) ((Map<String, Object>) resources.get("AccessPoint"))
        .get("Properties");
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update("api".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    String owner = Long.toString(crc.getValue());
    assertThat(accessPoint.get("FileSystemId")).isEqualTo(Map.of("Ref", "FileSystemIdForShared"));
    Map<String, Object> parameter = (Map<String, Object>) ((Map<String, Object>) YAMLMapper.builder().build()
        .readValue(template, Map.class).get("Parameters")).get("FileSystemIdForShared");
    assertThat(parameter).containsEntry("Type", "String").containsEntry("Default", "fs-42");
    assertThat(accessPoint.get("PosixUser")).isEqualTo(Map.of("Uid", owner, "Gid", owner));
    assertThat(accessPoint.get("RootDirectory")).isEqualTo(Map.of("Path", "/api",
        "CreationInfo", Map.of("OwnerUid", owner, "OwnerGid", owner, "Permissions", "0755")));
    assertThat(template).contains("AccessPointId:\n              Ref: AccessPoint").contains("IAM: ENABLED");

    assertThatThrownBy(() -> EcsEmitter.builder().managedFileSystem("shared", "fs-42").build().toApiJson(workload))
        .isInstanceOf(EcsEmitException.class).hasMessageContaining("access point");
    EFSVolumeConfiguration efs = RegistrationOracle.accept(EcsEmitter.builder()
        .managedFileSystem("shared", "fs-42", "fsap-42").build().toApiJson(workload)).volumes().get(0).efsVolumeConfiguration();
    assertThat(efs.authorizationConfig().accessPointId()).isEqualTo("fsap-42");
    assertThat(efs.authorizationConfig().iamAsString()).isEqualTo("ENABLED");
    assertThat(EcsEmitter.builder().managedFileSystem("shared", "fs-42", "fsap-42").build()
        .toCloudFormation(workload, CloudFormationFormat.YAML)).doesNotContain("AWS::EFS::AccessPoint");
  }

  @Test
  @SuppressWarnings("unchecked")
  void overridesCountContainersInCopilotsOrderAndSpeakTheApisNames() throws Exception {
    // declared b then a; Copilot's order is main, collector, a, b
    Workload workload = api().tracing(Tracing.AWS_XRAY)
        .addSidecar(Container.builder().name("b").image("b").build())
        .addSidecar(Container.builder().name("a").image("a").build())
        .addTaskDefinitionOverride(TaskDefinitionOverride.of("ContainerDefinitions[2].Ulimits[-]",
            Map.of("Name", "nofile", "SoftLimit", 1024, "HardLimit", 2048)))
        .addTaskDefinitionOverride(TaskDefinitionOverride.of("ContainerDefinitions[3].DockerLabels",
            Map.of("Team", "Platform")))
        .addTaskDefinitionOverride(TaskDefinitionOverride.of("PidMode", "task"))
        .build();
    RegisterTaskDefinitionRequest request = RegistrationOracle.accept(EcsEmitter.create().toApiJson(workload));
    ContainerDefinition a = request.containerDefinitions().stream().filter(c -> c.name().equals("a")).findFirst().get();
    ContainerDefinition b = request.containerDefinitions().stream().filter(c -> c.name().equals("b")).findFirst().get();
    assertThat(a.ulimits()).hasSize(1);
    assertThat(a.ulimits().get(0).nameAsString()).isEqualTo("nofile");
    assertThat(a.ulimits().get(0).softLimit()).isEqualTo(1024);
    assertThat(b.dockerLabels()).isEqualTo(Map.of("Team", "Platform"));
    assertThat(request.pidModeAsString()).isEqualTo("task");

    Map<String, Object> properties = EcsEmitter.create().cloudFormationProperties(workload);
    List<Map<String, Object>> containers = (List<Map<String, Object>>) properties.get("ContainerDefinitions");
    assertThat(containers.stream().filter(c -> c.get("Name").equals("a")).findFirst().get().get("Ulimits"))
        .isEqualTo(List.of(Map.of("Name", "nofile", "SoftLimit", 1024L, "HardLimit", 2048L)));
  }

  @Test
  void anOverrideOfAnItemThatIsNotThereSaysWhatCopilotSays() {
    Workload workload = api().addTaskDefinitionOverride(TaskDefinitionOverride.of("ContainerDefinitions[0].Ulimits[1].Name",
        "cpu")).build();
    assertThatThrownBy(() -> EcsEmitter.create().toApiJson(workload)).isInstanceOf(EcsEmitException.class)
        .hasMessageContaining("cannot specify Ulimits[1] because Ulimits does not exist. Use Ulimits[-] to append");
    Workload tooFar = api().addTaskDefinitionOverride(TaskDefinitionOverride.of("ContainerDefinitions[0].Ulimits[-].Name", "cpu"))
        .addTaskDefinitionOverride(TaskDefinitionOverride.of("ContainerDefinitions[0].Ulimits[3].Name", "cpu")).build();
    assertThatThrownBy(() -> EcsEmitter.create().cloudFormationProperties(tooFar)).isInstanceOf(EcsEmitException.class)
        .hasMessageContaining("taskDefinitionOverrides[1]")
        .hasMessageContaining("cannot specify Ulimits[3] because the current length is 1");
    Workload intrinsic = api().addTaskDefinitionOverride(TaskDefinitionOverride.of("TaskRoleArn",
        Map.of("Fn::GetAtt", List.of("Role", "Arn")))).build();
    assertThatThrownBy(() -> EcsEmitter.create().toApiJson(intrinsic)).isInstanceOf(EcsEmitException.class)
        .hasMessageContaining("Fn::GetAtt");
    assertThat(EcsEmitter.create().cloudFormationProperties(intrinsic).get("TaskRoleArn"))
        .isEqualTo(Map.of("Fn::GetAtt", List.of("Role", "Arn")));
  }

  @Test
  void aMountIntoTheManagedVolumeIsKept() throws Exception {
    Workload workload = api().addVolume(Volume.builder().name("shared").path("/shared").efs(EfsVolume.managed()).build())
        .addSidecar(Container.builder().name("nginx").image("nginx").addMount(Mount.of("shared", "/var/www")).build())
        .build();
    RegisterTaskDefinitionRequest request = RegistrationOracle.accept(EcsEmitter.builder()
        .managedFileSystem("shared", "fs-42", "fsap-42").build().toApiJson(workload));
    assertThat(request.containerDefinitions().get(1).mountPoints().get(0).sourceVolume()).isEqualTo("shared");
    assertThat(request.containerDefinitions().get(1).mountPoints().get(0).readOnly()).isTrue();
  }
}
