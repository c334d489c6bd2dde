package dev.sidecars.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sidecars.formats.copilot.CopilotManifest;
import dev.sidecars.model.Container;
import dev.sidecars.model.Volume;
import dev.sidecars.model.Workload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Real Copilot manifests from public repositories (test resources corpus/; the README there
 * names each one's repository, commit and licence), as a user runs the command on them:
 * {@code sidecar validate --app A} passes on all of them at once, and every one renders, for its
 * root and each environment it lists, to an ECS CloudFormation template and to Kubernetes
 * objects that the Kubernetes Java client's strict model accepts.
 */
class CorpusTest {
  private static final Path CORPUS = Path.of("src", "test", "resources", "corpus");
  /** Copilot refuses it as well: the README says why. */
  private static final Path REFUSED = CORPUS.resolve("LAION-AI__Open-Assistant/copilot/api/manifest.yml");
  /** What the manifests take from the shell when their owners deploy them. */
  private static final Map<String, String> SHELL = Map.of("CLIENT_DOMAIN", "example.com",
      "AUTH0_BASE_URL", "https://example.com", "AUTH0_ISSUER_BASE_URL", "https://auth.example.com");

  static Stream<Path> manifests() throws IOException {
    try (Stream<Path> files = Files.walk(CORPUS)) {
      return files.filter(p -> p.getFileName().toString().equals("manifest.yml")).filter(p -> !p.equals(REFUSED))
          .sorted().collect(Collectors.toList()).stream();
    }
  }

  @Test
  void theCorpusHoldsFortyManifestsFromElevenRepositories() throws IOException {
    List<Path> all = manifests().collect(Collectors.toList());
    assertThat(all).hasSizeGreaterThanOrEqualTo(40);
    assertThat(all.stream().map(p -> CORPUS.relativize(p).getName(0)).distinct().count()).isGreaterThanOrEqualTo(10);
  }

  @Test
  void validateWithTheApplicationPassesOnEveryManifest() throws IOException {
    List<String> args = new ArrayList<>(List.of("validate", "--app", "demo"));
    manifests().forEach(p -> args.add(p.toString()));
    Cli.Result result = Cli.runIn(SHELL, args.toArray(new String[0]));
    assertThat(result.out()).as(result.out()).containsPattern("(^|\n)0 errors, \\d+ warnings\n$").doesNotContain(": error: ");
    assertThat(result.code()).as(result.out()).isZero();
  }

  @Test
  void theManifestCopilotRefusesIsRefusedForCopilotsReason() {
    Cli.Result result = Cli.runIn(SHELL, "validate", "--app", "demo", REFUSED.toString());
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.out()).contains(":31:29: error: environments.staging.variables.BACKEND_CORS_ORIGINS: ")
        .contains("Copilot 1.29 and later read the string '[\"https://web.staging.open-assistant.surfacedata.org\"]' as a list");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("manifests")
  void rendersToEcsAndKubernetesForTheRootAndEveryEnvironment(Path file) throws Exception {
    CopilotManifest manifest = CopilotManifest.reader().application("demo").variables(SHELL).read(file);
    List<Optional<String>> cases = new ArrayList<>();
    cases.add(Optional.empty());
    manifest.environments().forEach(e -> cases.add(Optional.of(e)));
    for (Optional<String> environment : cases) {
      if (environment.isEmpty() && !manifest.unresolved().isEmpty()) {
        // the root uses ${COPILOT_ENVIRONMENT_NAME}, which only an environment has: Copilot deploys environments
        assertThat(manifest.unresolved()).containsExactly(CopilotManifest.ENVIRONMENT_VARIABLE);
        continue;
      }
      Workload workload = environment.map(manifest::workload).orElseGet(manifest::workload);
      List<String> args = new ArrayList<>(List.of("--app", "demo"));
      environment.ifPresent(e -> args.addAll(List.of("--env", e)));
      args.addAll(deploymentInputs(workload));
      args.add(file.toString());

      Cli.Result ecs = run("ecs-cloudformation", args);
      assertThat(ecs.code()).as(file + " " + environment + ": " + ecs.err()).isZero();
      JsonNode template = new YAMLMapper().readTree(ecs.out());
      assertThat(template.at("/Resources/TaskDefinition/Type").asString()).isEqualTo("AWS::ECS::TaskDefinition");
      assertThat(template.at("/Resources/TaskDefinition/Properties/ContainerDefinitions/0/Name").asString())
          .isEqualTo(workload.main().name());

      Cli.Result k8s = run("k8s", args);
      assertThat(k8s.code()).as(file + " " + environment + ": " + k8s.err()).isZero();
      List<String> kinds = KubernetesDocuments.checkedKinds(KubernetesDocuments.split(k8s.out()));
      assertThat(kinds).as(file.toString()).isNotEmpty();
    }
  }

  private static Cli.Result run(String target, List<String> args) {
    List<String> all = new ArrayList<>(List.of("render", "--to", target));
    all.addAll(args);
    return Cli.runIn(SHELL, all.toArray(new String[0]));
  }

  /** What a deployment supplies: the pushed images of built containers, uploaded env files, managed file systems. */
  private static List<String> deploymentInputs(Workload workload) {
    List<String> args = new ArrayList<>();
    for (Container container : workload.containers()) {
      if (container.image().build().isPresent()) {
        args.addAll(List.of("--image", container.name() + "=123456789012.dkr.ecr.us-east-1.amazonaws.com/demo/"
            + container.name() + ":corpus"));
      }
      container.envFile().ifPresent(file -> args.addAll(List.of("--env-file", file + "=arn:aws:s3:::demo/" + file)));
    }
    for (Volume volume : workload.volumes()) {
      if (volume.efs().filter(e -> e.isManaged()).isPresent()) {
        args.addAll(List.of("--efs", volume.name() + "=fs-0123456789abcdef0"));
      }
    }
    return args;
  }
}
