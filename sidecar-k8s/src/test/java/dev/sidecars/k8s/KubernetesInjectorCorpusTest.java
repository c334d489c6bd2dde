package dev.sidecars.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sidecars.formats.internal.YamlLines;
import dev.sidecars.formats.EditedDocument;
import dev.sidecars.model.Container;
import dev.sidecars.model.Mount;
import dev.sidecars.model.Port;
import dev.sidecars.model.Probe;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Injecting into the real manifests of the import corpus: every workload gets the collector as
 * a native sidecar and the scratch volume it mounts, the file is the input with lines added and
 * nothing else, what Kubernetes' own model reads before it reads after, injecting again changes
 * nothing, and removing gives the input back byte for byte.
 */
class KubernetesInjectorCorpusTest {
  static final Container COLLECTOR = Container.builder().name("otel-collector")
      .image("otel/opentelemetry-collector-contrib:0.98.0").addPort(Port.tcp(4317).named("otlp-grpc"))
      .putEnvironment("OTEL_CONFIG", "receivers: {otlp: {protocols: {grpc: {}}}}\nexporters: {debug: {}}\n")
      .command(List.of("--config=env:OTEL_CONFIG")).readinessProbe(Probe.http("/", "13133"))
      .addMount(Mount.of("otel-scratch", "/tmp/otel", false)).build();
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final JsonMapper JSON = new JsonMapper();

  static List<Path> corpus() throws Exception {
    return KubernetesImportCorpusTest.corpus().collect(java.util.stream.Collectors.toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void injectAddsLinesOnlyAndRemoveRestoresTheInput(Path file) throws Exception {
    String input = Files.readString(file);
    EditedDocument injected = KubernetesInjector.of(COLLECTOR, "acme/otel-collector@1.0.0").inject(input, file.toString());
    assertThat(injected.change()).isEqualTo(EditedDocument.Change.ADDED);
    assertOnlyAdded(input, injected.text());

    List<KubernetesImport> before = KubernetesWorkloadReader.create().read(input, "before.yaml");
    List<KubernetesImport> after = KubernetesWorkloadReader.create().read(injected.text(), "after.yaml");
    assertThat(after).hasSameSizeAs(before);
    for (int i = 0; i < after.size(); i++) {
      assertThat(after.get(i).workload().container("otel-collector")).isPresent();
      assertThat(after.get(i).workload().main().dependsOn()).containsKey("otel-collector");
      assertThat(after.get(i).validate().errors()).isEmpty();
    }
    List<String> kinds = new ArrayList<>();
    for (JsonNode document : documents(injected.text())) {
      String kind = document.path("kind").asString("");
      if (WorkloadImport.KINDS.contains(kind)) {
        kinds.add(kind);
        V1PodSpec pod = KubernetesOracle.workload(kind, JSON.writeValueAsString(document));
        assertThat(pod.getInitContainers()).extracting(V1Container::getName).contains("otel-collector");
      }
    }
    assertThat(kinds).hasSameSizeAs(after);

    EditedDocument again = KubernetesInjector.of(COLLECTOR, "acme/otel-collector@1.0.0").inject(injected.text(), "after.yaml");
    assertThat(again.change()).isEqualTo(EditedDocument.Change.UNCHANGED);
    assertThat(again.text()).isEqualTo(injected.text());

    EditedDocument removed = KubernetesInjector.remove(injected.text(), "after.yaml", "otel-collector");
    assertThat(removed.change()).isEqualTo(EditedDocument.Change.REMOVED);
    assertThat(removed.text()).isEqualTo(input);
  }

  /**
   * A log router template, which the main containers wait for to start: on Kubernetes a native
   * sidecar like any other, which they read back as waiting for, with one warning per workload.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void aLogRouterTemplateIsAWaitedForSidecarWithAWarning(Path file) throws Exception {
    String input = Files.readString(file);
    dev.sidecars.model.SidecarTemplate router = dev.sidecars.model.SidecarTemplate.builder().tenantId("acme")
        .itemId("log-router").version("1.0.0").title("Log router")
        .defaults(Container.builder().name("log-router").image("public.ecr.aws/aws-observability/aws-for-fluent-bit:stable")
            .healthCheck(dev.sidecars.model.HealthCheck.builder().command(List.of("CMD", "pgrep", "fluent-bit")).build())
            .addConfigMap(dev.sidecars.model.ConfigMap.builder().name("log-router-conf").mountPath("/fluent-bit/etc")
                .addFiles(dev.sidecars.model.ConfigFile.of("fluent-bit.conf", "[OUTPUT]\n    Name stdout\n")).build())
            .build())
        .mainDependsOn(dev.sidecars.model.DependencyCondition.HEALTHY).logRouter(java.util.Map.of("Name", "stdout"))
        .build();
    EditedDocument injected = KubernetesInjector.of(router, dev.sidecars.model.ContainerPatch.empty())
        .inject(input, file.toString());
    assertOnlyAdded(input, injected.text());
    List<KubernetesImport> after = KubernetesWorkloadReader.create().read(injected.text(), "after.yaml");
    assertThat(injected.warnings()).hasSameSizeAs(after)
        .allSatisfy(w -> assertThat(w.code()).isEqualTo("k8s.not-emitted"));
    for (KubernetesImport workload : after) {
      // the startup probe gates the main containers: read back, they wait for the router to be healthy
      assertThat(workload.workload().main().dependsOn()).containsEntry("log-router",
          dev.sidecars.model.DependencyCondition.HEALTHY);
      // its ConfigMap is a document of the file now, which the import reads the mount from
      assertThat(workload.workload().container("log-router").orElseThrow().configMaps())
          .extracting(dev.sidecars.model.ConfigMap::name).containsExactly("log-router-conf");
      assertThat(workload.validate().errors()).isEmpty();
    }
    for (JsonNode document : documents(injected.text())) {
      String kind = document.path("kind").asString("");
      if (WorkloadImport.KINDS.contains(kind)) {
        V1PodSpec pod = KubernetesOracle.workload(kind, JSON.writeValueAsString(document));
        assertThat(pod.getInitContainers()).filteredOn(c -> c.getName().equals("log-router")).singleElement()
            .satisfies(c -> assertThat(c.getStartupProbe()).isNotNull());
      }
    }
    assertThat(KubernetesInjector.remove(injected.text(), "after.yaml", "log-router").text()).isEqualTo(input);
  }

  /** The output is the input with whole lines inserted: the input's lines are a subsequence of it. */
  static void assertOnlyAdded(String input, String output) {
    List<String> in = YamlLines.of(input);
    List<String> out = YamlLines.of(output);
    int matched = 0;
    for (String line : out) {
      if (matched < in.size() && line.equals(in.get(matched))) {
        matched++;
      }
    }
    assertThat(matched).as("the input's lines, in order, in the output").isEqualTo(in.size());
    assertThat(out.size()).isGreaterThan(in.size());
  }

  private static List<JsonNode> documents(String yaml) throws Exception {
    List<JsonNode> documents = new ArrayList<>();
    try (tools.jackson.databind.MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(yaml)) {
      while (it.hasNext()) {
        JsonNode node = it.next();
        if (node != null && !node.isNull() && !node.isMissingNode()) {
          documents.add(node);
        }
      }
    }
    return documents;
  }
}
