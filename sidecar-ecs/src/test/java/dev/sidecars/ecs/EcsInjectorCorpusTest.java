package dev.sidecars.ecs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sidecars.formats.EditedDocument;
import dev.sidecars.model.Container;
import dev.sidecars.model.Port;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Injecting into the real task definitions of the import corpus: the collector is appended to
 * the container definitions, the file is the input with lines added (and the comma the element
 * before it needs), it still reads and validates, the AWS SDK's model reads what it read before,
 * injecting again changes nothing, and removing gives the input back byte for byte.
 */
class EcsInjectorCorpusTest {
  static final Container COLLECTOR = Container.builder().name("otel-collector")
      .image("public.ecr.aws/aws-observability/aws-otel-collector:v0.40.0").addPort(Port.tcp(4317).named("otlp-grpc"))
      .command(List.of("--config=/etc/ecs/ecs-default-config.yaml")).essential(false)
      .addMount(dev.sidecars.model.Mount.of("otel-scratch", "/tmp/otel", false)).build();

  static List<Path> corpus() throws Exception {
    return EcsImportCorpusTest.corpus().collect(java.util.stream.Collectors.toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void injectAddsTheDefinitionOnlyAndRemoveRestoresTheInput(Path file) throws Exception {
    String input = Files.readString(file);
    EditedDocument injected = EcsInjector.of(COLLECTOR, "acme/otel-collector@1.0.0").inject(input, file.toString());
    assertThat(injected.change()).isEqualTo(EditedDocument.Change.ADDED);
    assertOnlyAddedButAComma(input, injected.text());

    EcsImport before = EcsTaskDefinitionReader.create().read(input, "before.json");
    EcsImport after = EcsTaskDefinitionReader.create().read(injected.text(), "after.json");
    assertThat(after.workload().container("otel-collector")).isPresent();
    assertThat(after.workload().sidecars()).hasSize(before.workload().sidecars().size() + 1);
    assertThat(after.workload().volumes()).extracting(v -> v.name()).contains("otel-scratch")
        .hasSize(before.workload().volumes().size() + 1);
    assertThat(after.validate().errors()).isEmpty();
    if (before.shape() == EcsImport.Shape.REGISTER_REQUEST) {
      // the SDK's own model reads the edited request, with the new container as the collector
      assertThat(StrictEcsOracle.parse(injected.text()).containerDefinitions()).extracting(c -> c.name())
          .contains("otel-collector").hasSize(StrictEcsOracle.parse(input).containerDefinitions().size() + 1);
    }

    EditedDocument again = EcsInjector.of(COLLECTOR, "acme/otel-collector@1.0.0").inject(injected.text(), "after.json");
    assertThat(again.change()).isEqualTo(EditedDocument.Change.UNCHANGED);
    EditedDocument removed = EcsInjector.remove(injected.text(), "after.json", "otel-collector");
    assertThat(removed.change()).isEqualTo(EditedDocument.Change.REMOVED);
    assertThat(removed.text()).isEqualTo(input);
  }

  static final EcsInjector ROUTER = EcsInjector.of(Container.builder().name("log-router")
      .image("public.ecr.aws/aws-observability/aws-for-fluent-bit:stable").build(), "acme/log-router@1.0.0")
      .mainDependsOn(dev.sidecars.model.DependencyCondition.START).logRouter(java.util.Map.of("Name", "cloudwatch_logs"));

  /**
   * The log router goes into every file whose task has no router and whose main container logs
   * nowhere yet; the others are refused for that reason, and nothing else.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("everyFile")
  void aLogRouterIsWiredInOrRefusedForItsOneReason(Path file) throws Exception {
    String input = Files.readString(file);
    EcsImport before = EcsTaskDefinitionReader.create().read(input, file.toString());
    boolean hasRouter = input.contains("firelensConfiguration") || input.contains("FirelensConfiguration");
    boolean mainLogs = before.workload().logging().isPresent() || before.workload().taskDefinitionOverrides().stream()
        .anyMatch(o -> o.path().startsWith("ContainerDefinitions[0].LogConfiguration"));
    if (hasRouter || mainLogs) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> ROUTER.inject(input, file.toString()))
          .isInstanceOf(dev.sidecars.formats.ManifestException.class)
          .hasMessageMatching(hasRouter ? "(?s).*already has the FireLens log router .*"
              : "(?s).*the main container .* logs with .*; the log router log-router routes a main container without a "
                  + "log configuration.*");
      return;
    }
    EditedDocument injected = ROUTER.inject(input, file.toString());
    EcsImport after = EcsTaskDefinitionReader.create().read(injected.text(), file.toString());
    assertThat(after.workload().logging().orElseThrow().destination()).containsEntry("Name", "cloudwatch_logs");
    assertThat(after.workload().main().dependsOn()).containsEntry("firelens_log_router",
        dev.sidecars.model.DependencyCondition.START);
    assertThat(after.validate().errors()).isEmpty();
    if (before.shape() == EcsImport.Shape.REGISTER_REQUEST) {
      RegistrationOracle.accept(injected.text());
    }
    assertThat(ROUTER.inject(injected.text(), file.toString()).change()).isEqualTo(EditedDocument.Change.UNCHANGED);
    assertThat(EcsInjector.remove(injected.text(), file.toString(), "log-router").text()).isEqualTo(input);
  }

  /** The main container waits for the collector: a dependency added to its list, or a list created. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("everyFile")
  void aSidecarTheMainContainerWaitsForIsOneMoreDependency(Path file) throws Exception {
    String input = Files.readString(file);
    EcsImport before = EcsTaskDefinitionReader.create().read(input, file.toString());
    EditedDocument injected = EcsInjector.of(COLLECTOR, "acme/otel-collector@1.0.0")
        .mainDependsOn(dev.sidecars.model.DependencyCondition.START).inject(input, file.toString());
    EcsImport after = EcsTaskDefinitionReader.create().read(injected.text(), file.toString());
    java.util.Map<String, dev.sidecars.model.DependencyCondition> expected = new java.util.LinkedHashMap<>(
        before.workload().main().dependsOn());
    expected.put("otel-collector", dev.sidecars.model.DependencyCondition.START);
    assertThat(after.workload().main().dependsOn()).isEqualTo(expected);
    assertThat(after.validate().errors()).isEmpty();
    if (before.shape() == EcsImport.Shape.REGISTER_REQUEST) {
      RegistrationOracle.accept(injected.text());
    }
    assertThat(EcsInjector.remove(injected.text(), file.toString(), "otel-collector").text()).isEqualTo(input);
  }

  static List<Path> everyFile() throws Exception {
    List<Path> files = new java.util.ArrayList<>(corpus());
    files.addAll(templates());
    return files;
  }

  static List<Path> templates() throws Exception {
    Path dir = Path.of(EcsInjectorCorpusTest.class.getResource("import/cloudformation").toURI());
    try (java.util.stream.Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".yml")).sorted().collect(java.util.stream.Collectors.toList());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("templates")
  void injectIntoATemplateAddsLinesOnlyWithCloudFormationNames(Path file) throws Exception {
    String input = Files.readString(file);
    EditedDocument injected = EcsInjector.of(COLLECTOR, "acme/otel-collector@1.0.0").inject(input, file.toString());
    assertThat(injected.change()).isEqualTo(EditedDocument.Change.ADDED);
    List<String> in = input.lines().collect(java.util.stream.Collectors.toList());
    List<String> out = injected.text().lines().collect(java.util.stream.Collectors.toList());
    List<String> added = new java.util.ArrayList<>(out);
    int matched = 0;
    for (String line : out) {
      if (matched < in.size() && line.equals(in.get(matched))) {
        added.remove(line);
        matched++;
      }
    }
    assertThat(matched).as("the input's lines, in order, in the output").isEqualTo(in.size());
    assertThat(added.get(0).trim()).isEqualTo("# sidecar inject: otel-collector acme/otel-collector@1.0.0");
    assertThat(added.get(1).trim()).isEqualTo("- Name: otel-collector");
    assertThat(String.join("\n", added)).contains("Image: public.ecr.aws/aws-observability/aws-otel-collector:v0.40.0")
        .contains("dev.sidecars.inject: acme/otel-collector@1.0.0").contains("ContainerPort: 4317")
        .doesNotContain("containerPort");

    EcsImport before = EcsTaskDefinitionReader.create().read(input, "before.yml");
    EcsImport after = EcsTaskDefinitionReader.create().read(injected.text(), "after.yml");
    assertThat(after.workload().container("otel-collector").orElseThrow().ports()).containsExactly(Port.tcp(4317)
        .named("otlp-grpc"));
    assertThat(after.workload().sidecars()).hasSize(before.workload().sidecars().size() + 1);
    assertThat(after.validate().errors()).isEmpty();
    // the rest of the template reads as it did: the same overrides, functions and all
    assertThat(after.workload().taskDefinitionOverrides()).isEqualTo(before.workload().taskDefinitionOverrides());

    assertThat(EcsInjector.of(COLLECTOR, "acme/otel-collector@1.0.0").inject(injected.text(), "after.yml").change())
        .isEqualTo(EditedDocument.Change.UNCHANGED);
    EditedDocument newer = EcsInjector.of(COLLECTOR, "acme/otel-collector@1.1.0").inject(injected.text(), "after.yml");
    assertThat(newer.change()).isEqualTo(EditedDocument.Change.UPDATED);
    assertThat(EcsInjector.remove(newer.text(), "after.yml", "otel-collector").text()).isEqualTo(input);
    assertThat(EcsInjector.remove(injected.text(), "after.yml", "otel-collector").text()).isEqualTo(input);
  }

  /**
   * The input's lines are in the output in order, but for the comma an element or key needs
   * after the one before it (the container definition, and the volume list or its element), and
   * an empty list <code>[]</code> the scratch volume fills.
   */
  static void assertOnlyAddedButAComma(String input, String output) {
    List<String> in = input.lines().collect(java.util.stream.Collectors.toList());
    List<String> out = output.lines().collect(java.util.stream.Collectors.toList());
    int matched = 0;
    int commas = 0;
    int filled = 0;
    for (String line : out) {
      if (matched >= in.size()) {
        continue;
      }
      String expected = in.get(matched);
      if (line.equals(expected)) {
        matched++;
      } else if (line.equals(expected + ",")) {
        matched++;
        commas++;
      } else if (expected.contains("[]") && line.startsWith(expected.substring(0, expected.indexOf("[]") + 1))
          && line.endsWith(expected.substring(expected.indexOf("[]") + 1))) {
        matched++;
        filled++;
      }
    }
    assertThat(matched).as("the input's lines, in order, in the output").isEqualTo(in.size());
    assertThat(commas).as("a comma each for the container definition and the volume").isBetween(1, 2);
    assertThat(filled).as("an empty list filled").isBetween(0, 1);
    assertThat(out.size()).isGreaterThan(in.size());
  }
}
