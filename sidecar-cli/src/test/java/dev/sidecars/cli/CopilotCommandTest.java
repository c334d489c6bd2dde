package dev.sidecars.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command on Copilot manifests as {@code copilot svc deploy} takes them: every environment
 * checked, the application and the shell's variables, keys Copilot ignores, and the workload
 * types that are not ECS services.
 */
class CopilotCommandTest {
  private static final JsonMapper JSON = new JsonMapper();

  /** A root without an image, which both environments supply; prod adds a sidecar with a bad dependency. */
  private static final String OVERRIDDEN = String.join("\n",
      "name: api", // 1
      "type: Backend Service", // 2
      "variables:", // 3
      "  LOG_LEVEL: info", // 4
      "environments:", // 5
      "  staging:", // 6
      "    image:", // 7
      "      location: example/api:staging", // 8
      "  prod:", // 9
      "    image:", // 10
      "      location: example/api:1.0", // 11
      "    sidecars:", // 12
      "      envoy:", // 13
      "        image: envoyproxy/envoy:v1.31", // 14
      "        depends_on:", // 15
      "          ghost: start", // 16
      "");

  private static Path write(Path dir, String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  @Test
  void withoutEnvTheRootAndEveryEnvironmentAreCheckedAndNamed(@TempDir Path dir) throws IOException {
    Path file = write(dir, "manifest.yml", OVERRIDDEN);
    Cli.Result result = Cli.run("validate", file.toString());
    assertThat(result.code()).as(result.out()).isEqualTo(1);
    assertThat(result.out().lines()).containsExactly(
        file + ": warning: [(root)] main.image: the container has no image; give its location or a build "
            + "(every environment under 'environments' overrides this; it bites only an environment that is not listed) "
            + "[image.location-or-build]",
        file + ":16:18: error: [prod] environments.prod.sidecars.envoy.depends_on.ghost: container ghost does not exist "
            + "[depends-on.unknown-container]",
        "1 errors, 1 warnings");
  }

  @Test
  void withEnvOnlyThatEnvironmentIsCheckedAndNotNamed(@TempDir Path dir) throws IOException {
    Path file = write(dir, "manifest.yml", OVERRIDDEN);
    assertThat(Cli.run("validate", "--env", "staging", file.toString()).out()).isEqualTo("0 errors, 0 warnings\n");
    Cli.Result prod = Cli.run("validate", "--env", "prod", file.toString());
    assertThat(prod.out().lines()).containsExactly(
        file + ":16:18: error: environments.prod.sidecars.envoy.depends_on.ghost: container ghost does not exist "
            + "[depends-on.unknown-container]",
        "1 errors, 0 warnings");
  }

  @Test
  void jsonAndSarifNameTheEnvironmentsOfAFinding(@TempDir Path dir) throws IOException {
    Path file = write(dir, "manifest.yml", OVERRIDDEN);
    JsonNode json = JSON.readTree(Cli.run("validate", "--output", "json", file.toString()).out());
    JsonNode violations = json.at("/files/0/violations");
    assertThat(violations.get(0).get("environments").toString()).isEqualTo("[\"(root)\"]");
    assertThat(violations.get(0).get("severity").asString()).isEqualTo("warning");
    assertThat(violations.get(1).get("environments").toString()).isEqualTo("[\"prod\"]");
    JsonNode sarif = JSON.readTree(Cli.run("validate", "--output", "sarif", file.toString()).out());
    JsonNode ghost = sarif.at("/runs/0/results/1");
    assertThat(ghost.at("/message/text").asString()).startsWith("[prod] container ghost does not exist");
    assertThat(ghost.at("/properties/environments").toString()).isEqualTo("[\"prod\"]");
    JsonNode clean = JSON.readTree(Cli.run("validate", "--output", "json", "--env", "staging", file.toString()).out());
    assertThat(clean.at("/files/0/violations").size()).isZero();
  }

  @Test
  void theApplicationComesFromAppOrTheWorkspaceAndRenderNeedsIt(@TempDir Path dir) throws IOException {
    String manifest = String.join("\n", "name: api", "type: Backend Service", "image:", "  location: example/api:1.0",
        "secrets:", "  DB: /copilot/${COPILOT_APPLICATION_NAME}/${COPILOT_ENVIRONMENT_NAME}/db", "environments:",
        "  prod: {}", "");
    Path alone = write(dir, "alone/manifest.yml", manifest);

    Cli.Result unnamed = Cli.run("validate", alone.toString());
    assertThat(unnamed.code()).isZero();
    assertThat(unnamed.out()).contains("${COPILOT_APPLICATION_NAME} is the application's name, and none is known")
        .contains("--app NAME").contains("[manifest.unresolved-variable]")
        .contains("[(root)] ${COPILOT_ENVIRONMENT_NAME} is the name of the environment deployed to");
    Cli.Result refused = Cli.run("render", "--to", "ecs-cloudformation", "--env", "prod", alone.toString());
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.oneClearLineOnStderr().err()).isEqualTo("sidecar render: " + alone
        + ": uses ${COPILOT_APPLICATION_NAME}, and the application is not known; name it with --app NAME.\n");
    Cli.Result rootOnly = Cli.run("render", "--to", "ecs-cloudformation", "--app", "shop", alone.toString());
    assertThat(rootOnly.oneClearLineOnStderr().err()).contains("choose one with --env NAME.");

    Cli.Result named = Cli.run("render", "--to", "ecs-cloudformation", "--app", "shop", "--env", "prod", alone.toString());
    assertThat(named.code()).as(named.err()).isZero();
    assertThat(named.out()).contains("ValueFrom: /copilot/shop/prod/db");

    write(dir, "workspace/copilot/.workspace", "application: orders\n");
    Path inWorkspace = write(dir, "workspace/copilot/api/manifest.yml", manifest);
    Cli.Result found = Cli.run("render", "--to", "ecs-cloudformation", "--env", "prod", inWorkspace.toString());
    assertThat(found.code()).as(found.err()).isZero();
    assertThat(found.out()).contains("ValueFrom: /copilot/orders/prod/db");
    Cli.Result contradicted = Cli.run("validate", "--app", "shop", "--var", "COPILOT_APPLICATION_NAME=other",
        inWorkspace.toString());
    assertThat(contradicted.code()).isEqualTo(2);
    assertThat(contradicted.out()).contains(
        "predefined environment variable \"COPILOT_APPLICATION_NAME\" cannot be overridden by OS environment variable");
  }

  @Test
  void variablesComeFromTheShellAndVarWins(@TempDir Path dir) throws IOException {
    Path file = write(dir, "manifest.yml", String.join("\n", "name: api", "type: Backend Service", "image:",
        "  location: example/api:${TAG}", "variables:", "  GREETING: \\${TAG} stays", ""));
    Cli.Result fromShell = Cli.runIn(Map.of("TAG", "1.2"), "render", "--to", "ecs", file.toString());
    assertThat(fromShell.code()).as(fromShell.err()).isZero();
    assertThat(fromShell.out()).contains("\"image\" : \"example/api:1.2\"").contains("\"value\" : \"${TAG} stays\"");
    Cli.Result fromVar = Cli.runIn(Map.of("TAG", "1.2"), "render", "--to", "ecs", "--var", "TAG=2.0", file.toString());
    assertThat(fromVar.out()).contains("\"image\" : \"example/api:2.0\"");
    Cli.Result without = Cli.run("validate", file.toString());
    assertThat(without.code()).isEqualTo(2);
    assertThat(without.out()).contains("environment variable \"TAG\" is not defined").contains("--var TAG=VALUE");
  }

  @Test
  void unknownKeysAreWarningsAndErrorsWithStrict(@TempDir Path dir) throws IOException {
    Path file = write(dir, "manifest.yml", String.join("\n", "name: api", "type: Backend Service", "image:",
        "  location: example/api:1.0", "  depends_on: {envoy: start}", "sidecars:", "  envoy:", "    image: envoy",
        "    mountPoints: []", "depends_on:", "  envoy: start", ""));
    Cli.Result lenient = Cli.run("validate", file.toString());
    assertThat(lenient.code()).isZero();
    assertThat(lenient.out().lines()).containsExactly(
        file + ":9:5: warning: sidecars.envoy: unknown field 'mountPoints'; did you mean 'mount_points'? "
            + "(Copilot ignores it) [manifest.unknown-field]",
        file + ":10:1: warning: 'depends_on' is not a field here; did you mean 'image.depends_on'? "
            + "(Copilot ignores it) [manifest.unknown-field]",
        "0 errors, 2 warnings");
    Cli.Result strict = Cli.run("validate", "--strict", file.toString());
    assertThat(strict.code()).isEqualTo(2);
    assertThat(strict.out().lines()).containsExactly(
        file + ":9:5: error: sidecars.envoy: unknown field 'mountPoints'; did you mean 'mount_points'? [manifest.unknown-field]",
        file + ":10:1: error: 'depends_on' is not a field here; did you mean 'image.depends_on'? [manifest.unknown-field]",
        "2 errors, 0 warnings");
  }

  @Test
  void aStaticSiteIsSkippedByValidateAndRefusedByRender(@TempDir Path dir) throws IOException {
    Path file = write(dir, "manifest.yml", "name: www\ntype: Static Site\nfiles:\n  - source: dist\n");
    Cli.Result validate = Cli.run("validate", file.toString());
    assertThat(validate.code()).isZero();
    assertThat(validate.out()).contains("warning: type: a Static Site serves files from S3 and runs no containers")
        .contains("[manifest.no-containers]");
    Cli.Result render = Cli.run("render", "--to", "k8s", file.toString());
    assertThat(render.code()).isEqualTo(2);
    assertThat(render.oneClearLineOnStderr().err()).contains("a Static Site serves files from S3");
  }

  @Test
  void aRequestDrivenWebServiceRendersWithAWarningThatCopilotRunsItOnAppRunner(@TempDir Path dir) throws IOException {
    Path file = write(dir, "manifest.yml", String.join("\n", "name: web", "type: Request-Driven Web Service", "image:",
        "  location: example/web:1", "  port: 8080", "sidecars:", "  nginx:", "    image: nginx", ""));
    Cli.Result result = Cli.run("render", "--to", "ecs", file.toString());
    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.err()).contains("'sidecars' is not a field of a Request-Driven Web Service")
        .contains("Copilot runs a Request-Driven Web Service on AWS App Runner, not ECS");
    assertThat(result.out()).doesNotContain("nginx").contains("\"cpu\" : \"1024\"").contains("\"memory\" : \"2048\"");
    assertThat(List.of(result.err().split("\n"))).hasSize(2);
  }

  @Test
  void renderNamesTheServiceSettingsItDoesNotCarryAndValidateDoesNot(@TempDir Path dir) throws IOException {
    Path file = write(dir, "manifest.yml", String.join("\n", "name: api", "type: Backend Service", "image:",
        "  location: example/api:1", "count: 2", "environments:", "  prod:", "    exec: true", ""));
    Cli.Result root = Cli.run("render", "--to", "ecs-cloudformation", file.toString());
    assertThat(root.code()).as(root.err()).isZero();
    assertThat(root.err()).isEqualTo(file + ":5:1: warning: Copilot applies count to the ECS service and what it "
        + "creates around it (load balancer, scaling, topics, queues), not to the task definition; the model does not "
        + "hold them, so no render carries them [manifest.not-modelled]\n");
    Cli.Result prod = Cli.run("render", "--to", "ecs", "--env", "prod", file.toString());
    assertThat(prod.code()).as(prod.err()).isZero();
    assertThat(prod.err()).contains("Copilot applies count, exec to the ECS service");
    Cli.Result validate = Cli.run("validate", file.toString());
    assertThat(validate.out()).isEqualTo("0 errors, 0 warnings\n");
  }
}
