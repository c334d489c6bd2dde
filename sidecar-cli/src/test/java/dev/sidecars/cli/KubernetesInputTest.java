package dev.sidecars.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Kubernetes workloads as input: detected, validated per workload, rendered to either platform. */
class KubernetesInputTest {
  private static final String DEPLOYMENT = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: %s\nspec:\n"
      + "  replicas: 2\n  template:\n    spec:\n      containers:\n      - name: %s\n        image: nginx:1.27\n"
      + "        ports:\n        - containerPort: 80\n      initContainers:\n      - name: proxy\n        image: envoy:1\n"
      + "        restartPolicy: Always\n";

  @Test
  void aDeploymentIsDetectedAndWhatTheModelLacksIsAWarningAtItsLine(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("web.yaml"), String.format(DEPLOYMENT, "web", "web"));
    Cli.Result result = Cli.run("validate", file.toString());
    assertThat(result.code()).as(result.out()).isZero();
    assertThat(result.out()).isEqualTo(file + ":6:13: warning: spec.replicas is kept, not modelled: a Kubernetes render "
        + "of this import writes it back [import.not-modelled]\n0 errors, 1 warnings\n");
    Cli.Result rendered = Cli.run("render", "--to", "k8s", file.toString());
    assertThat(rendered.code()).as(rendered.err()).isZero();
    assertThat(KubernetesDocuments.split(rendered.out()).get(0).at("/spec/replicas").asInt()).isEqualTo(2);
  }

  @Test
  void eachWorkloadOfAFileIsChecked(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("two.yaml"), String.format(DEPLOYMENT, "web", "web") + "---\n"
        + String.format(DEPLOYMENT, "api", "API_1"));
    Cli.Result result = Cli.run("validate", file.toString());
    assertThat(result.code()).as(result.out()).isZero();
    // the second Deployment's main container is no DNS label: a warning for it alone
    assertThat(result.out()).contains("[name.dns-label]").contains("Deployment/api");
    Cli.Result render = Cli.run("render", "--to", "k8s", file.toString());
    assertThat(render.code()).as(render.err()).isZero();
    assertThat(render.err()).contains("the file holds 2 workloads; this is the first, Deployment/web, rendered");
    List<JsonNode> documents = KubernetesDocuments.split(render.out());
    assertThat(documents).singleElement().satisfies(d -> assertThat(d.at("/metadata/name").asString()).isEqualTo("web"));
  }

  @Test
  void renderingBackToKubernetesKeepsTheNativeSidecar(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("web.yaml"), String.format(DEPLOYMENT, "web", "web"));
    Cli.Result render = Cli.run("render", "--to", "k8s", file.toString());
    assertThat(render.code()).as(render.err()).isZero();
    KubernetesDocuments.checkedKinds(KubernetesDocuments.split(render.out()));
    JsonNode pod = KubernetesDocuments.split(render.out()).get(0).at("/spec/template/spec");
    assertThat(pod.at("/initContainers/0/name").asString()).isEqualTo("proxy");
    assertThat(pod.at("/initContainers/0/restartPolicy").asString()).isEqualTo("Always");
    assertThat(pod.at("/containers/0/name").asString()).isEqualTo("web");
  }

  @Test
  void toEcsAFargateTaskNeedsASizeTheDeploymentDoesNotGive(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("web.yaml"), String.format(DEPLOYMENT, "web", "web"));
    Cli.Result render = Cli.run("render", "--to", "ecs", file.toString());
    assertThat(render.code()).isEqualTo(1);
    assertThat(render.err()).contains("[resources.fargate-needs-task-size]");
    Cli.Result sized = Cli.run("render", "--to", "ecs", "--task-size", "512/1024", file.toString());
    assertThat(sized.code()).as(sized.err()).isZero();
    software.amazon.awssdk.services.ecs.model.RegisterTaskDefinitionRequest request =
        dev.sidecars.ecs.RegistrationOracle.accept(sized.out());
    assertThat(request.cpu()).isEqualTo("512");
    assertThat(request.memory()).isEqualTo("1024");
    assertThat(request.containerDefinitions()).extracting(c -> c.name()).containsExactly("web", "proxy");
    assertThat(request.containerDefinitions().get(0).dependsOn()).extracting(d -> d.containerName() + " " + d.conditionAsString())
        .containsExactly("proxy START");
    Cli.Result notFargate = Cli.run("render", "--to", "ecs", "--task-size", "256/4096", file.toString());
    assertThat(notFargate.code()).isEqualTo(1);
    assertThat(notFargate.err()).contains("[resources.fargate-size]");
    assertThat(Cli.run("render", "--to", "ecs", "--task-size", "half", file.toString()).err())
        .contains("--task-size half: expected CPU_UNITS/MIB");
    assertThat(Cli.run("render", "--to", "k8s", "--task-size", "512/1024", file.toString()).err())
        .contains("--task-size applies only to --to ecs");
  }

  @Test
  void anExplicitFormatReadsTheFileAsThatKindOnly(@TempDir Path dir) throws IOException {
    Path yaml = Files.writeString(dir.resolve("web.yaml"), String.format(DEPLOYMENT, "web", "web"));
    Cli.Result asEcs = Cli.run("validate", "--format", "ecs", yaml.toString());
    assertThat(asEcs.code()).isEqualTo(2);
    assertThat(asEcs.out()).contains("is not an ECS task definition");
    assertThat(Cli.run("validate", "--format", "k8s", yaml.toString()).code()).isZero();
    Cli.Result task = Cli.run("validate", "--format", "k8s", Cli.example("ecs/app-mesh-taskdef.json"));
    assertThat(task.code()).isEqualTo(2);
    assertThat(task.out()).contains("holds no Kubernetes workload");
    assertThat(Cli.run("validate", "--format", "copilot", Cli.example("copilot/api/manifest.yml")).code()).isZero();
    assertThat(Cli.run("validate", "--format", "native", "--catalog", Cli.example("catalog"), Cli.example("native/orders.yaml"))
        .code()).isZero();
  }

  @Test
  void aDeploymentMovesToEcsInTheSmallestFargateTaskThatHoldsItsContainers(@TempDir Path dir) throws Exception {
    String limited = String.format(DEPLOYMENT, "web", "web").replace("        image: nginx:1.27\n",
        "        image: nginx:1.27\n        resources:\n          limits:\n            cpu: 300m\n"
            + "            memory: 700Mi\n");
    Path file = Files.writeString(dir.resolve("web.yaml"), limited);
    Cli.Result result = Cli.run("render", "--to", "ecs", "--task-size", "fit", file.toString());
    assertThat(result.code()).as(result.err()).isZero();
    software.amazon.awssdk.services.ecs.model.RegisterTaskDefinitionRequest request =
        dev.sidecars.ecs.RegistrationOracle.accept(result.out());
    assertThat(request.cpu()).isEqualTo("512");
    assertThat(request.memory()).isEqualTo("1024");
    assertThat(result.err()).contains("warning: cpu: --task-size fit: 512/1024, the smallest Fargate task that holds the "
        + "containers' 308 CPU units and 700 MiB [render.task-size]");
    Cli.Result huge = Cli.run("render", "--to", "ecs", "--task-size", "fit",
        Files.writeString(dir.resolve("huge.yaml"), limited.replace("cpu: 300m", "cpu: \"20\"")).toString());
    assertThat(huge.code()).isEqualTo(1);
    assertThat(huge.err()).contains("the containers need 20480 CPU units and 700 MiB, more than Fargate's largest task");
    assertThat(Cli.run("render", "--to", "ecs", "--task-size", "big", file.toString()).err())
        .contains("expected CPU_UNITS/MIB, for example 512/1024, or fit.");
  }
}
