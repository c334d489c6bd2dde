package dev.sidecars.cli;

import static dev.sidecars.cli.Cli.example;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sidecars.ecs.RegistrationOracle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.ecs.model.ContainerDefinition;
import software.amazon.awssdk.services.ecs.model.RegisterTaskDefinitionRequest;
import tools.jackson.databind.JsonNode;

/**
 * The rendered files checked in under examples/ are what the command prints today. After a
 * deliberate change, regenerate them with
 * {@code mvn -pl sidecar-cli -am test -Dtest=ExamplesTest -Dsurefire.failIfNoSpecifiedTests=false -Dsidecar.updateExamples=true}
 * which fails for each file it changed; read the diff, then run again without the flag.
 */
class ExamplesTest {
  private static final boolean UPDATE = Boolean.getBoolean("sidecar.updateExamples");
  private static final String CATALOG = example("catalog");
  /** The execution role a deployment gives, which reads the example's secrets. */
  static final String EXECUTION_ROLE = "arn:aws:iam::123456789012:role/api-execution";

  static Stream<Arguments> renders() {
    return Stream.of(
        Arguments.of("copilot/api/rendered/prod.ecs.json",
            List.of("render", "--to", "ecs", "--env", "prod", "--execution-role-arn", EXECUTION_ROLE,
                example("copilot/api/manifest.yml"))),
        Arguments.of("copilot/api/rendered/prod.cloudformation.yml",
            List.of("render", "--to", "ecs-cloudformation", "--env", "prod", example("copilot/api/manifest.yml"))),
        Arguments.of("copilot/api/rendered/prod.k8s.yaml",
            List.of("render", "--to", "k8s", "--env", "prod", example("copilot/api/manifest.yml"))),
        Arguments.of("mia/rendered/otel-collector.ecs.json",
            List.of("render", "--to", "ecs", example("mia/otel-collector.json"))),
        Arguments.of("mia/rendered/otel-collector.k8s.yaml",
            List.of("render", "--to", "k8s", example("mia/otel-collector.json"))),
        Arguments.of("native/rendered/orders.ecs.json",
            List.of("render", "--to", "ecs", "--catalog", CATALOG, example("native/orders.yaml"))),
        Arguments.of("native/rendered/orders.k8s.yaml",
            List.of("render", "--to", "k8s", "--catalog", CATALOG, example("native/orders.yaml"))),
        Arguments.of("ecs/rendered/app-mesh-taskdef.k8s.yaml",
            List.of("render", "--to", "k8s", example("ecs/app-mesh-taskdef.json"))),
        Arguments.of("ecs/rendered/app-mesh-taskdef.ecs.json",
            List.of("render", "--to", "ecs", example("ecs/app-mesh-taskdef.json"))),
        Arguments.of("native/rendered/otel-collector-debug.template.yaml",
            List.of("merge", "--template", example("mia/otel-collector.json"),
                "--patch", example("native/otel-debug.patch.yaml"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("renders")
  void checkedInOutputIsCurrent(String expected, List<String> args) throws IOException {
    Cli.Result result = Cli.run(args.toArray(new String[0]));
    assertThat(result.code()).as(result.err()).isZero();
    Path file = Cli.EXAMPLES.resolve(expected);
    if (UPDATE) {
      // the update writes the file and still fails where it changed it, so that a changed golden
      // file is always read by a person before the next, normal run passes
      String before = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
      Files.createDirectories(file.getParent());
      Files.writeString(file, result.out(), StandardCharsets.UTF_8);
      assertThat(result.out()).as("examples/%s was updated; read its diff, then run without the flag", expected)
          .isEqualTo(before);
    }
    assertThat(result.out())
        .as("examples/%s is out of date; see ExamplesTest's Javadoc to regenerate it", expected)
        .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void renderedKubernetesFilesAreAcceptedByTheOfficialModel() throws Exception {
    for (String name : List.of("copilot/api/rendered/prod.k8s.yaml", "mia/rendered/otel-collector.k8s.yaml",
        "native/rendered/orders.k8s.yaml")) {
      List<String> kinds = KubernetesDocuments.checkedKinds(documents(Cli.EXAMPLES.resolve(name)));
      assertThat(kinds).as(name).endsWith("Deployment");
    }
  }

  @Test
  void renderedEcsFilesAreAcceptedByTheAwsSdksModel() throws Exception {
    RegisterTaskDefinitionRequest api = RegistrationOracle.accept(Files.readString(Cli.EXAMPLES.resolve("copilot/api/rendered/prod.ecs.json")));
    assertThat(api.containerDefinitions()).extracting(ContainerDefinition::name)
        .containsExactly("api", "firelens_log_router", "nginx", "otel");
    assertThat(api.containerDefinitions().get(0).environment()).extracting(e -> e.name() + "=" + e.value())
        .containsExactly("LOG_LEVEL=warn");
    RegisterTaskDefinitionRequest orders = RegistrationOracle.accept(Files.readString(Cli.EXAMPLES.resolve("native/rendered/orders.ecs.json")));
    assertThat(orders.cpu()).isEqualTo("512");
    assertThat(orders.memory()).isEqualTo("1024");
    assertThat(orders.containerDefinitions()).extracting(ContainerDefinition::name).containsExactly("orders", "otel");
    RegisterTaskDefinitionRequest collector = RegistrationOracle.accept(Files.readString(Cli.EXAMPLES.resolve("mia/rendered/otel-collector.ecs.json")));
    assertThat(collector.containerDefinitions().get(0).portMappings()).extracting(p -> p.containerPort())
        .containsExactly(4317, 4318);
  }

  @Test
  void theNativeExampleGetsItsCollectorFromTheCatalogWithItsOwnChange() throws Exception {
    JsonNode deployment = documents(Cli.EXAMPLES.resolve("native/rendered/orders.k8s.yaml")).get(0);
    JsonNode collector = deployment.at("/spec/template/spec/initContainers/0");
    assertThat(collector.get("name").asString()).isEqualTo("otel");
    assertThat(collector.get("image").asString()).isEqualTo("otel/opentelemetry-collector-contrib:0.98.0");
    assertThat(collector.get("restartPolicy").asString()).isEqualTo("Always");
    assertThat(collector.at("/env/0/name").asString()).isEqualTo("LOG_LEVEL");
    assertThat(collector.at("/env/0/value").asString()).isEqualTo("warn");
    assertThat(collector.at("/args/0").asString()).isEqualTo("--config=env:OTEL_CONFIG");
  }

  @Test
  void theCheckedInCatalogHoldsTheMiaExampleAsItIs(@TempDir Path dir) throws IOException {
    Path copy = dir.resolve("catalog");
    try (Stream<Path> files = Files.walk(Cli.EXAMPLES.resolve("catalog"))) {
      for (Path source : (Iterable<Path>) files::iterator) {
        Path target = copy.resolve(Cli.EXAMPLES.resolve("catalog").relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
    Cli.Result result = Cli.run("catalog", "apply", "-f", example("mia/otel-collector.json"), "--catalog", copy.toString());
    assertThat(result.out()).contains("otel-collector  1.2.0    Unchanged");
  }

  @Test
  void everyExampleIsValidForItsDefaultProfiles() {
    Cli.Result result = Cli.run("validate", "--catalog", CATALOG, example("copilot/api/manifest.yml"),
        example("mia/otel-collector.json"), example("native/orders.yaml"));
    assertThat(result.code()).as(result.out()).isZero();
    assertThat(result.out()).isEqualTo("0 errors, 0 warnings\n");
  }

  static List<JsonNode> documents(Path file) throws IOException {
    return KubernetesDocuments.split(Files.readString(file));
  }
}
