package dev.sidecars.ecs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sidecars.model.Build;
import dev.sidecars.model.Container;
import dev.sidecars.model.Cpu;
import dev.sidecars.model.EfsVolume;
import dev.sidecars.model.Image;
import dev.sidecars.model.Logging;
import dev.sidecars.model.Memory;
import dev.sidecars.model.SecretRef;
import dev.sidecars.model.Volume;
import dev.sidecars.model.Workload;
import dev.sidecars.model.WorkloadType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * A CloudFormation template takes what only a deployment knows as parameters, so that
 * {@code aws cloudformation deploy --parameter-overrides} completes it; what the emitter was
 * given becomes the parameters' defaults.
 */
class CloudFormationParametersTest {
  private static Workload deployable() {
    Container api = Container.builder().name("api").image(Image.building(Build.dockerfile("Dockerfile")))
        .envFile("./api.env").putSecret("DB", SecretRef.ssm("/api/db")).build();
    Container envoy = Container.builder().name("envoy-proxy").image(Image.building(Build.dockerfile("envoy/Dockerfile")))
        .envFile("./envoy.env").build();
    return Workload.builder().name("api").type(WorkloadType.BACKEND_SERVICE).main(api).addSidecar(envoy)
        .logging(Logging.builder().putDestination("Name", "cloudwatch").envFile("./logging.env").build())
        .addVolume(Volume.builder().name("data").path("/data").efs(EfsVolume.managed()).build())
        .cpu(Cpu.ofEcsUnits(256)).memory(Memory.ofMebibytes(512)).build();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> template(EcsEmitter emitter, Workload workload) {
    return new JsonMapper().readValue(emitter.toCloudFormation(workload, CloudFormationFormat.JSON), Map.class);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> at(Map<String, Object> tree, String... path) {
    Map<String, Object> node = tree;
    for (String key : path) {
      node = (Map<String, Object>) node.get(key);
    }
    return node;
  }

  @Test
  @SuppressWarnings("unchecked")
  void whatOnlyADeploymentKnowsIsAParameterWithoutADefault() {
    Map<String, Object> template = template(EcsEmitter.create(), deployable());
    Map<String, Object> parameters = at(template, "Parameters");
    assertThat(parameters).containsOnlyKeys("TaskRoleArn", "ExecutionRoleArn", "ContainerImage", "EnvFileARN",
        "LoggingEnvFileARN", "EnvoyProxyImage", "EnvFileARNForEnvoyProxy", "FileSystemIdForData");
    parameters.forEach((name, parameter) -> assertThat((Map<String, Object>) parameter).as(name)
        .containsEntry("Type", "String").containsKey("Description"));
    assertThat(at(parameters, "ContainerImage")).doesNotContainKey("Default");
    assertThat(at(parameters, "ExecutionRoleArn")).doesNotContainKey("Default");
    assertThat(at(parameters, "TaskRoleArn")).containsEntry("Default", "");

    Map<String, Object> properties = at(template, "Resources", "TaskDefinition", "Properties");
    assertThat(properties.get("ExecutionRoleArn")).isEqualTo(Map.of("Ref", "ExecutionRoleArn"));
    assertThat(properties.get("TaskRoleArn")).isEqualTo(Map.of("Fn::If",
        List.of("HasTaskRole", Map.of("Ref", "TaskRoleArn"), Map.of("Ref", "AWS::NoValue"))));
    assertThat(at(template, "Conditions")).containsOnlyKeys("HasTaskRole");
    List<Map<String, Object>> containers = (List<Map<String, Object>>) properties.get("ContainerDefinitions");
    assertThat(containers).extracting(c -> c.get("Image")).containsExactly(Map.of("Ref", "ContainerImage"),
        "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable", Map.of("Ref", "EnvoyProxyImage"));
    assertThat(containers.get(0).get("EnvironmentFiles")).isEqualTo(
        List.of(Map.of("Value", Map.of("Ref", "EnvFileARN"), "Type", "s3")));
    Map<String, Object> efs = (Map<String, Object>) ((List<Map<String, Object>>) properties.get("Volumes")).get(0)
        .get("EFSVolumeConfiguration");
    assertThat(efs.get("FilesystemId")).isEqualTo(Map.of("Ref", "FileSystemIdForData"));
    assertThat(at(template, "Resources", "AccessPoint", "Properties").get("FileSystemId"))
        .isEqualTo(Map.of("Ref", "FileSystemIdForData"));
  }

  @Test
  void givenValuesAreTheDefaults() {
    EcsEmitter emitter = EcsEmitter.builder().builtImage("api", "123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:7")
        .environmentFile("./api.env", "arn:aws:s3:::bucket/api.env").managedFileSystem("data", "fs-1234")
        .executionRoleArn("arn:aws:iam::123456789012:role/exec").taskRoleArn("arn:aws:iam::123456789012:role/task")
        .build();
    Map<String, Object> parameters = at(template(emitter, deployable()), "Parameters");
    assertThat(at(parameters, "ContainerImage")).containsEntry("Default", "123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:7");
    assertThat(at(parameters, "EnvFileARN")).containsEntry("Default", "arn:aws:s3:::bucket/api.env");
    assertThat(at(parameters, "FileSystemIdForData")).containsEntry("Default", "fs-1234");
    assertThat(at(parameters, "ExecutionRoleArn")).containsEntry("Default", "arn:aws:iam::123456789012:role/exec");
    assertThat(at(parameters, "TaskRoleArn")).containsEntry("Default", "arn:aws:iam::123456789012:role/task");
    assertThat(at(parameters, "EnvoyProxyImage")).doesNotContainKey("Default");
  }

  @Test
  void aTaskThatNeedsNoExecutionRoleMayLeaveItEmpty() {
    Workload plain = Workload.builder().name("web").type(WorkloadType.BACKEND_SERVICE)
        .main(Container.builder().name("web").image("nginx:1.27").build())
        .cpu(Cpu.ofEcsUnits(256)).memory(Memory.ofMebibytes(512)).build();
    Map<String, Object> template = template(EcsEmitter.create(), plain);
    assertThat(at(template, "Parameters")).containsOnlyKeys("TaskRoleArn", "ExecutionRoleArn");
    assertThat(at(template, "Parameters", "ExecutionRoleArn")).containsEntry("Default", "");
    assertThat(at(template, "Conditions")).containsOnlyKeys("HasTaskRole", "HasExecutionRole");
    assertThat(at(template, "Resources", "TaskDefinition", "Properties").get("ExecutionRoleArn")).isEqualTo(
        Map.of("Fn::If", List.of("HasExecutionRole", Map.of("Ref", "ExecutionRoleArn"), Map.of("Ref", "AWS::NoValue"))));
  }

  @Test
  void twoInputsThatWouldShareAParameterAreAnError() {
    Workload clash = deployable().toBuilder().addSidecar(Container.builder().name("envoy_proxy")
        .image(Image.building(Build.dockerfile("other/Dockerfile"))).build()).build();
    assertThatThrownBy(() -> EcsEmitter.create().toCloudFormation(clash, CloudFormationFormat.YAML))
        .isInstanceOf(EcsEmitException.class)
        .hasMessageStartingWith("EnvoyProxyImage: two deployment inputs would be the template parameter EnvoyProxyImage");
  }
}
