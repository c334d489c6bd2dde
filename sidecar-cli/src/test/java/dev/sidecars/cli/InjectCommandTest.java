package dev.sidecars.cli;

import static dev.sidecars.cli.Cli.example;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sidecar inject}: the catalog's collector into both platforms' files, and out again. */
class InjectCommandTest {
  private static final String CATALOG = example("catalog");
  private static final String DEPLOYMENT = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n"
      + "  template:\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n";

  private static Path deployment(Path dir) throws IOException {
    return Files.writeString(dir.resolve("deploy.yaml"), DEPLOYMENT);
  }

  private static Path taskDefinition(Path dir) throws IOException {
    return Files.copy(Path.of(example("ecs/app-mesh-taskdef.json")), dir.resolve("taskdef.json"));
  }

  @Test
  void oneFileIsPrintedWithItsStatusOnStandardError(@TempDir Path dir) throws IOException {
    Path file = deployment(dir);
    Cli.Result result = Cli.run("inject", "--catalog", CATALOG, "--template", "acme/otel-collector", file.toString());
    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.err()).isEqualTo(file + ": Added otel-collector (acme/otel-collector@1.2.0)\n");
    assertThat(result.out()).startsWith(DEPLOYMENT.replace("        image: nginx:1.27\n", "        image: nginx:1.27\n"
        + "      initContainers: # sidecar inject: otel-collector\n"
        + "      # sidecar inject: otel-collector acme/otel-collector@1.2.0\n"));
    assertThat(result.out()).contains("        restartPolicy: Always\n");
    assertThat(Files.readString(file)).isEqualTo(DEPLOYMENT);
  }

  @Test
  void aCloudFormationTemplateGetsTheSidecarUnderItsMarker(@TempDir Path dir) throws IOException {
    Path template = dir.resolve("svc.stack.yml");
    try (var in = InjectCommandTest.class.getResourceAsStream(
        "/dev/sidecars/ecs/import/cloudformation/copilot-svc-prod.stack.yml")) {
      Files.write(template, in.readAllBytes());
    }
    String original = Files.readString(template);
    Cli.Result added = Cli.run("inject", "--in-place", "--catalog", CATALOG, "--template", "acme/otel-collector",
        template.toString());
    assertThat(added.code()).as(added.err()).isZero();
    assertThat(added.err()).isEqualTo(template + ": Added otel-collector (acme/otel-collector@1.2.0)\n");
    String edited = Files.readString(template);
    assertThat(edited).contains("        # sidecar inject: otel-collector acme/otel-collector@1.2.0\n"
        + "        - Name: otel-collector\n");
    assertThat(Cli.run("validate", template.toString()).code()).isZero();
    Cli.Result removed = Cli.run("inject", "--in-place", "--remove", "otel-collector", template.toString());
    assertThat(removed.code()).as(removed.err()).isZero();
    assertThat(Files.readString(template)).isEqualTo(original);
  }

  @Test
  void aLogRouterTemplateRoutesTheMainContainerOnEcsAndIsASidecarWithAWarningOnKubernetes(@TempDir Path dir)
      throws IOException {
    Path yaml = deployment(dir);
    String task = "{\n  \"family\": \"web\",\n  \"containerDefinitions\": [\n    {\n      \"name\": \"web\",\n"
        + "      \"image\": \"nginx:1.27\"\n    }\n  ]\n}\n";
    Path json = Files.writeString(dir.resolve("task.json"), task);
    Cli.Result added = Cli.run("inject", "--in-place", "--catalog", CATALOG, "--template", "acme/log-router",
        yaml.toString(), json.toString());
    assertThat(added.code()).as(added.err()).isZero();
    assertThat(added.err().lines()).containsExactly(
        yaml + ":8:7: warning: sidecars.log-router: the template is a FireLens log router, an ECS feature: on "
            + "Kubernetes log-router is a sidecar like any other and routes no logs [k8s.not-emitted]",
        yaml + ": Added log-router (acme/log-router@1.0.0)",
        json + ": Added log-router (acme/log-router@1.0.0)");
    String routed = Files.readString(json);
    assertThat(routed).contains("\"logDriver\": \"awsfirelens\"").contains("\"Name\": \"cloudwatch_logs\"")
        .contains("\"containerName\": \"log-router\"").contains("\"firelensConfiguration\"");
    Cli.Result validated = Cli.run("validate", json.toString());
    assertThat(validated.code()).as(validated.out()).isZero();
    Cli.Result removed = Cli.run("inject", "--in-place", "--remove", "log-router", yaml.toString(), json.toString());
    assertThat(removed.code()).as(removed.err()).isZero();
    assertThat(Files.readString(yaml)).isEqualTo(DEPLOYMENT);
    assertThat(Files.readString(json)).isEqualTo(task);
  }

  @Test
  void inPlaceOnBothPlatformsThenAgainThenRemove(@TempDir Path dir) throws IOException {
    Path yaml = deployment(dir);
    Path json = taskDefinition(dir);
    String originalJson = Files.readString(json);
    Cli.Result added = Cli.run("inject", "--in-place", "--catalog", CATALOG, "--template", "acme/otel-collector@1.2.0",
        yaml.toString(), json.toString());
    assertThat(added.code()).as(added.err()).isZero();
    assertThat(added.out()).isEmpty();
    assertThat(added.err().lines()).containsExactly(yaml + ": Added otel-collector (acme/otel-collector@1.2.0)",
        json + ": Added otel-collector (acme/otel-collector@1.2.0)");
    assertThat(Files.readString(yaml)).contains("name: otel-collector");
    assertThat(Files.readString(json)).contains("\"dev.sidecars.inject\": \"acme/otel-collector@1.2.0\"");
    Cli.Result again = Cli.run("inject", "--in-place", "--catalog", CATALOG, "--template", "acme/otel-collector",
        yaml.toString(), json.toString());
    assertThat(again.err()).contains(yaml + ": Unchanged").contains(json + ": Unchanged");
    Cli.Result removed = Cli.run("inject", "--in-place", "--remove", "otel-collector", yaml.toString(), json.toString());
    assertThat(removed.code()).as(removed.err()).isZero();
    assertThat(Files.readString(yaml)).isEqualTo(DEPLOYMENT);
    assertThat(Files.readString(json)).isEqualTo(originalJson);
    assertThat(Cli.run("inject", "--in-place", "--remove", "otel-collector", yaml.toString()).err())
        .isEqualTo(yaml + ": Absent otel-collector\n");
  }

  @Test
  void beforeKubernetes129TheSidecarIsAnExtraContainer(@TempDir Path dir) throws IOException {
    Cli.Result result = Cli.run("inject", "--k8s-version", "1.28", "--catalog", CATALOG, "--template", "acme/otel-collector",
        deployment(dir).toString());
    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.out()).doesNotContain("initContainers").doesNotContain("restartPolicy")
        .contains("      # sidecar inject: otel-collector acme/otel-collector@1.2.0\n      - ");
  }

  @Test
  void aFileThatCannotBeInjectedStopsEveryWrite(@TempDir Path dir) throws IOException {
    Path yaml = deployment(dir);
    Path service = Files.writeString(dir.resolve("svc.yaml"), "apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n");
    Cli.Result result = Cli.run("inject", "--in-place", "--catalog", CATALOG, "--template", "acme/otel-collector",
        yaml.toString(), service.toString());
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("sidecar inject: " + service + ": is neither a Kubernetes workload file nor an ECS task definition; "
        + "inject edits those.\n");
    assertThat(Files.readString(yaml)).isEqualTo(DEPLOYMENT);
  }

  @Test
  void aTaskDefinitionThatWouldBreakEcsRulesIsRefusedWithTheRule(@TempDir Path dir) throws IOException {
    StringBuilder ten = new StringBuilder("{\"family\": \"full\", \"containerDefinitions\": [");
    for (int i = 0; i < 10; i++) {
      ten.append(i > 0 ? ", " : "").append("{\"name\": \"c").append(i).append("\", \"image\": \"busybox\"}");
    }
    Path full = Files.writeString(dir.resolve("full.json"), ten.append("]}\n").toString());
    Cli.Result result = Cli.run("inject", "--catalog", CATALOG, "--template", "acme/otel-collector", full.toString());
    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err()).contains("with the sidecar, the task definition breaks ECS's rules")
        .contains("[workload.container-limit]").doesNotContain("Exception");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void usageMistakesAreOneSentence(@TempDir Path dir) throws IOException {
    Path yaml = deployment(dir);
    Path other = Files.writeString(dir.resolve("other.yaml"), DEPLOYMENT);
    Cli.run("inject", "--catalog", CATALOG, "--template", "acme/otel-collector", yaml.toString(), other.toString())
        .oneClearLineOnStderr();
    Cli.Result unknown = Cli.run("inject", "--catalog", CATALOG, "--template", "acme/nothing", yaml.toString());
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("has no template acme/nothing");
    assertThat(Cli.run("inject", "--template", "acme/otel-collector", yaml.toString()).err())
        .contains("--template needs --catalog DIR");
    assertThat(Cli.run("inject", "--catalog", CATALOG, "--template", "otel-collector", yaml.toString()).err())
        .contains("expected TENANT/ITEM or TENANT/ITEM@VERSION");
    assertThat(Cli.run("inject", "--catalog", CATALOG, "--template", "acme/otel-collector@9.9.9", yaml.toString()).code())
        .isEqualTo(2);
    assertThat(Cli.run("inject", yaml.toString()).code()).isEqualTo(2);
  }

  @Test
  void outputFileTakesTheOneResult(@TempDir Path dir) throws IOException {
    Path file = deployment(dir);
    Path out = dir.resolve("out.yaml");
    Cli.Result result = Cli.run("inject", "-o", out.toString(), "--catalog", CATALOG, "--template", "acme/otel-collector",
        file.toString());
    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.out()).isEmpty();
    assertThat(Files.readString(out)).contains("# sidecar inject: otel-collector acme/otel-collector@1.2.0");
    assertThat(Files.readString(file)).isEqualTo(DEPLOYMENT);
    assertThat(Cli.run("inject", "--in-place", "-o", out.toString(), "--remove", "x", file.toString()).err())
        .contains("--in-place and --output-file exclude each other");
  }

  @Test
  void everyMalformedTemplateReferenceIsNamed(@TempDir Path dir) throws IOException {
    Path file = deployment(dir);
    for (String reference : new String[] {"acme/", "/otel-collector", "acme/otel-collector@", "acmeotel"}) {
      Cli.Result result = Cli.run("inject", "--catalog", CATALOG, "--template", reference, file.toString());
      assertThat(result.code()).as(reference).isEqualTo(2);
      assertThat(result.err()).as(reference).contains("--template " + reference + ": expected TENANT/ITEM");
    }
    Cli.Result versioned = Cli.run("inject", "--catalog", CATALOG, "--template", "acme/otel-collector@1.2.0", file.toString());
    assertThat(versioned.code()).as(versioned.err()).isZero();
  }
}
