package dev.sidecars.cli;

import static dev.sidecars.cli.Cli.example;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sidecars.ecs.RegistrationOracle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import software.amazon.awssdk.services.ecs.model.RegisterTaskDefinitionRequest;

/** ECS task definitions as input: detected, validated for their launch type, rendered to either platform. */
class EcsInputTest {
  private static final String TASK = example("ecs/app-mesh-taskdef.json");

  @Test
  void aTaskDefinitionIsDetectedAndItsKeptFieldsAreWarningsAtTheirLines() {
    Cli.Result result = Cli.run("validate", TASK);
    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.out()).contains(TASK + ":3:27: warning: proxyConfiguration is kept, not modelled",
        TASK + ":79:20: warning: containerDefinitions[2].ulimits is kept, not modelled", "0 errors, 6 warnings");
  }

  @Test
  void theLaunchTypeDecidesWhetherFargateSizesApply(@TempDir Path dir) throws IOException {
    String container = "\"containerDefinitions\": [{\"name\": \"app\", \"image\": \"nginx\"}]";
    Path ec2 = Files.writeString(dir.resolve("ec2.json"), "{\"family\": \"web\", " + container + "}");
    Path fargate = Files.writeString(dir.resolve("fargate.json"), "{\"family\": \"web\", \"networkMode\": \"awsvpc\", "
        + "\"requiresCompatibilities\": [\"FARGATE\"], " + container + "}");
    assertThat(Cli.run("validate", ec2.toString()).code()).isZero();
    Cli.Result refused = Cli.run("validate", fargate.toString());
    assertThat(refused.code()).isEqualTo(1);
    assertThat(refused.out()).contains(fargate + ": error: the workload sets no task cpu and memory, which Fargate requires")
        .contains("[resources.fargate-needs-task-size]");
  }

  @Test
  void renderingToEcsKeepsTheFilesRolesUnlessAnOptionGivesOthers() throws Exception {
    Cli.Result same = Cli.run("render", "--to", "ecs", TASK);
    assertThat(same.code()).as(same.err()).isZero();
    RegisterTaskDefinitionRequest request = RegistrationOracle.accept(same.out());
    assertThat(request.taskRoleArn()).isEqualTo("arn:aws:iam::012345678910:role/ecs_task_role");
    assertThat(request.proxyConfiguration().containerName()).isEqualTo("envoy");
    assertThat(request.containerDefinitions()).extracting(c -> c.name()).containsExactly("app", "log_router", "envoy");
    Cli.Result other = Cli.run("render", "--to", "ecs", "--task-role-arn", "arn:aws:iam::012345678910:role/other", TASK);
    assertThat(RegistrationOracle.accept(other.out()).taskRoleArn()).isEqualTo("arn:aws:iam::012345678910:role/other");
  }

  @Test
  void formatEcsRefusesWhatIsNoTaskDefinition() {
    Cli.Result result = Cli.run("validate", "--format", "ecs", example("copilot/api/manifest.yml"));
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.out()).contains("manifest.yml:4:1: error: is not an ECS task definition");
    Cli.Result render = Cli.run("render", "--to", "k8s", "--format", "ecs", example("copilot/api/manifest.yml"));
    assertThat(render.code()).isEqualTo(2);
    assertThat(render.err()).contains("is not an ECS task definition").doesNotContain("Exception");
  }

  /** A Copilot stack template from sidecar-ecs's test resources, copied where the command can read it. */
  private static Path template(Path dir, String name) throws Exception {
    try (var in = EcsInputTest.class.getResourceAsStream("/dev/sidecars/ecs/import/cloudformation/" + name)) {
      return Files.write(dir.resolve(name), in.readAllBytes());
    }
  }

  @Test
  void aCloudFormationTemplateValidatesAndRendersToKubernetesWithItsParameterValues(@TempDir Path dir) throws Exception {
    Path template = template(dir, "copilot-svc-prod.stack.yml");
    Cli.Result validated = Cli.run("validate", template.toString());
    assertThat(validated.code()).as(validated.out()).isZero();
    assertThat(validated.out()).contains(template + ":93:18: warning: Resources.TaskDefinition.Properties"
        + ".containerDefinitions[0].image holds the CloudFormation function Ref ContainerImage")
        .contains("[import.cloudformation-function]").contains("0 errors");
    Cli.Result k8s = Cli.run("render", "--to", "k8s", "--var", "AppName=my-app", "--var", "EnvName=prod",
        "--var", "WorkloadName=fe", "--var", "ContainerImage=nginx:1.27", template.toString());
    assertThat(k8s.code()).as(k8s.err()).isZero();
    List<JsonNode> documents = KubernetesDocuments.split(k8s.out());
    assertThat(KubernetesDocuments.checkedKinds(documents)).containsExactly("Deployment");
    JsonNode pod = documents.get(0).at("/spec/template/spec");
    assertThat(documents.get(0).at("/metadata/name").asString()).isEqualTo("my-app-prod-fe");
    assertThat(pod.at("/containers/0/name").asString()).isEqualTo("fe");
    assertThat(pod.at("/containers/0/image").asString()).isEqualTo("nginx:1.27");
  }

  @Test
  void aCloudFormationTemplateRendersBackToCloudFormationWithItsFunctions(@TempDir Path dir) throws Exception {
    Path template = template(dir, "copilot-job-test.stack.yml");
    Cli.Result rendered = Cli.run("render", "--to", "ecs-cloudformation", template.toString());
    assertThat(rendered.code()).as(rendered.err()).isZero();
    assertThat(rendered.out()).contains("Image:\n          Ref: ContainerImage")
        .contains("Cpu:\n        Ref: TaskCPU");
    Cli.Result api = Cli.run("render", "--to", "ecs", template.toString());
    assertThat(api.code()).isEqualTo(1);
    assertThat(api.err()).contains("the task size is a CloudFormation function").contains("emit CloudFormation");
  }
}
