package dev.sidecars.ecs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sidecars.formats.copilot.CopilotManifest;
import dev.sidecars.model.ConfigMap;
import dev.sidecars.model.Container;
import dev.sidecars.model.Workload;
import dev.sidecars.model.spi.WorkloadEmitter;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.ecs.model.ContainerDefinition;
import software.amazon.awssdk.services.ecs.model.RegisterTaskDefinitionRequest;

class EcsEmitterTest {
  private static final Path SEEDS = Path.of("../sidecar-formats/src/test/resources/seeds");
  private static final String ROLE = "arn:aws:iam::123456789012:role/api-execution";
  /** What a deployment supplies: the pushed image, where the secrets are, the execution role. */
  private static final EcsEmitter EMITTER = EcsEmitter.builder()
      .builtImage("api", "123456789012.dkr.ecr.us-west-2.amazonaws.com/api:1")
      .region("us-west-2").accountId("123456789012")
      .executionRoleArn(ROLE)
      .build();

  private static Workload seed(String file) {
    return CopilotManifest.reader()
        .variables(Map.of("COPILOT_APPLICATION_NAME", "app", "COPILOT_ENVIRONMENT_NAME", "prod"))
        .read(SEEDS.resolve(file)).workload();
  }

  @ParameterizedTest
  @ValueSource(strings = {"copilot-nginx-lbws.yml", "copilot-efs-fragment.yml", "copilot-firelens.yml", "copilot-otel.yml"})
  void seedExamplesPassTheAwsModel(String file) throws Exception {
    Workload workload = seed(file);
    RegisterTaskDefinitionRequest request = RegistrationOracle.accept(EMITTER.toApiJson(workload));
    assertThat(request.containerDefinitions()).extracting(ContainerDefinition::name)
        .containsAll(workload.containers().stream().map(Container::name).collect(Collectors.toList()));
    assertThat(request.networkModeAsString()).isEqualTo("awsvpc");
  }

  @Test
  void nginxAsLoadBalancerTarget() throws Exception {
    RegisterTaskDefinitionRequest request = RegistrationOracle.accept(EMITTER.toApiJson(seed("copilot-nginx-lbws.yml")));
    ContainerDefinition nginx = request.containerDefinitions().get(1);
    assertThat(nginx.name()).isEqualTo("nginx");
    assertThat(nginx.essential()).isTrue();
    assertThat(nginx.portMappings().get(0).containerPort()).isEqualTo(80);
    assertThat(nginx.portMappings().get(0).protocolAsString()).isEqualTo("tcp");
    assertThat(nginx.environment().get(0).name()).isEqualTo("NGINX_PORT");
    assertThat(request.cpu()).isEqualTo("256");
    assertThat(request.memory()).isEqualTo("512");
  }

  @Test
  void fireLensWiresRouterAndMainContainer() throws Exception {
    RegisterTaskDefinitionRequest request = RegistrationOracle.accept(
        EcsEmitter.create().toApiJson(seed("copilot-firelens.yml")));
    ContainerDefinition main = request.containerDefinitions().get(0);
    ContainerDefinition router = request.containerDefinitions().get(1);
    assertThat(router.name()).isEqualTo("firelens_log_router");
    assertThat(router.firelensConfiguration().typeAsString()).isEqualTo("fluentbit");
    assertThat(router.firelensConfiguration().options()).containsEntry("enable-ecs-log-metadata", "true");
    assertThat(main.logConfiguration().logDriverAsString()).isEqualTo("awsfirelens");
    assertThat(main.logConfiguration().options()).containsEntry("Name", "cloudwatch").containsEntry("log_group_name", "/copilot/sidecar-test-hello");
  }

  @Test
  void efsVolumeSharedWithASidecar() throws Exception {
    RegisterTaskDefinitionRequest request = RegistrationOracle.accept(EMITTER.toApiJson(seed("copilot-efs-fragment.yml")));
    assertThat(request.volumes().get(0).efsVolumeConfiguration().fileSystemId()).isEqualTo("fs-1234567");
    ContainerDefinition nginx = request.containerDefinitions().get(1);
    assertThat(nginx.mountPoints().get(0).sourceVolume()).isEqualTo("myEFSVolume");
    assertThat(nginx.mountPoints().get(0).readOnly()).isTrue();
    assertThat(request.containerDefinitions().get(0).mountPoints().get(0).readOnly()).isFalse();
  }

  @Test
  void equalWorkloadsGiveTheSameBytesWhateverTheOrderOfTheirMaps() {
    // read twice, emitted by two emitters, the variables and dependencies given in two orders
    Workload read = seed("copilot-firelens.yml");
    Container main = read.main();
    Workload oneOrder = read.toBuilder().main(main.toBuilder().putEnvironment("B", "2").putEnvironment("A", "1")
        .putDependsOn("firelens_log_router", dev.sidecars.model.DependencyCondition.START).build()).build();
    Workload otherOrder = seed("copilot-firelens.yml").toBuilder().main(main.toBuilder().putEnvironment("A", "1")
        .putEnvironment("B", "2").putDependsOn("firelens_log_router", dev.sidecars.model.DependencyCondition.START)
        .build()).build();
    EcsEmitter other = EcsEmitter.builder().builtImage("api", "123456789012.dkr.ecr.us-west-2.amazonaws.com/api:1")
        .region("us-west-2").accountId("123456789012").executionRoleArn(ROLE).build();
    String json = EMITTER.toApiJson(oneOrder);
    assertThat(other.toApiJson(otherOrder)).isEqualTo(json);
    assertThat(json.indexOf("\"A\"")).isLessThan(json.indexOf("\"B\""));
    assertThat(other.toCloudFormation(otherOrder, CloudFormationFormat.YAML))
        .isEqualTo(EMITTER.toCloudFormation(oneOrder, CloudFormationFormat.YAML));
  }

  @Test
  void cloudFormationKeepsMapKeysAndUsesTheExceptions() {
    Map<String, Object> properties = EMITTER.cloudFormationProperties(seed("copilot-efs-fragment.yml"));
    String text = properties.toString();
    assertThat(text).contains("EFSVolumeConfiguration={FilesystemId=fs-1234567, RootDirectory=/, TransitEncryption=ENABLED, "
        + "AuthorizationConfig={IAM=DISABLED}}").contains("ContainerDefinitions=");
    assertThat(EcsEmitter.create().toCloudFormation(seed("copilot-firelens.yml"), CloudFormationFormat.YAML))
        .contains("Type: AWS::ECS::TaskDefinition").contains("log_group_name: /copilot/sidecar-test-hello")
        .contains("enable-ecs-log-metadata: \"true\"");
  }

  @Test
  void whatEcsCannotExpressNamesTheField() {
    Workload withConfigMap = seed("copilot-otel.yml").toBuilder()
        .sidecars(java.util.List.of(seed("copilot-otel.yml").sidecars().get(0).toBuilder()
            .addConfigMap(ConfigMap.builder().name("c").mountPath("/etc/c").build()).build()))
        .build();
    // the emitter's own check, behind the validation that reports it first (validateFirstRefuses...)
    EcsEmitter unvalidated = EcsEmitter.builder().validateFirst(false)
        .region("us-west-2").accountId("123456789012").executionRoleArn(ROLE).build();
    assertThatThrownBy(() -> unvalidated.toApiJson(withConfigMap))
        .isInstanceOf(EcsEmitException.class)
        .hasMessage("sidecars.otel_sidecar.configMaps: ECS has no ConfigMaps; mount the files from a volume instead");
    assertThatThrownBy(() -> EcsEmitter.create().toApiJson(seed("copilot-nginx-lbws.yml")))
        .hasMessageContaining("main.image: ECS runs an image reference; build and push the image");
  }

  @Test
  void theOracleIsStrictHere() {
    String good = "{\"family\":\"f\",\"containerDefinitions\":[{\"name\":\"a\",\"image\":\"i\","
        + "\"portMappings\":[{\"containerPort\":80,\"protocol\":\"tcp\"}]}]}";
    org.assertj.core.api.Assertions.assertThatCode(() -> StrictEcsOracle.parse(good)).doesNotThrowAnyException();
    assertThatThrownBy(() -> StrictEcsOracle.parse(good.replace("\"tcp\"", "\"TCP\"")))
        .hasMessageContaining("Invalid enum value TCP");
    assertThatThrownBy(() -> StrictEcsOracle.parse(good.replace("\"name\"", "\"Name\"")))
        .hasMessageContaining("Unrecognized field \"Name\"");
    assertThatThrownBy(() -> StrictEcsOracle.parse(good.replace("80", "\"80\"")))
        .isInstanceOf(com.fasterxml.jackson.databind.exc.MismatchedInputException.class);
  }

  @Test
  void emittersAreFoundThroughTheServiceLoader() {
    assertThat(WorkloadEmitter.available()).extracting(WorkloadEmitter::target).contains("ecs", "ecs-cloudformation");
  }
}
