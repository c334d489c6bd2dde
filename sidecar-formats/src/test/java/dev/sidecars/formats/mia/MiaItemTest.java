package dev.sidecars.formats.mia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sidecars.formats.ManifestException;
import dev.sidecars.formats.ManifestFormat;
import dev.sidecars.formats.internal.TreeParser;
import dev.sidecars.model.ConfigFile;
import dev.sidecars.model.ConfigMap;
import dev.sidecars.model.Container;
import dev.sidecars.model.ContainerPatch;
import dev.sidecars.model.Cpu;
import dev.sidecars.model.Documentation;
import dev.sidecars.model.HealthCheck;
import dev.sidecars.model.Image;
import dev.sidecars.model.Memory;
import dev.sidecars.model.Port;
import dev.sidecars.model.Probe;
import dev.sidecars.model.SecretMount;
import dev.sidecars.model.SecretRef;
import dev.sidecars.model.SidecarTemplate;
import dev.sidecars.model.Variable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MiaItemTest {
  private static final Path MIA = Path.of("src/test/resources/mia");

  private static Object tree(String text) {
    return new TreeParser("tree", true).parse(text, ManifestFormat.detect(text)).toPlain();
  }

  @Test
  void documentedExampleWithItsTrailingCommas() {
    MiaItem item = MiaItem.read(MIA.resolve("my-sidecar.json"));
    SidecarTemplate t = item.template();

    assertThat(t.title()).isEqualTo("My sidecar");
    assertThat(t.itemId()).isEqualTo("my-sidecar");
    assertThat(t.description()).contains("A very simple sidecar");
    assertThat(t.tenantId()).isEqualTo("my-tenant-id");
    assertThat(t.documentation()).contains(Documentation.externalLink("https://github.com/my-sidecar/docs"));
    assertThat(t.version()).isEmpty();
    Container c = t.defaults();
    assertThat(c.name()).isEqualTo("my-sidecar");
    assertThat(c.image()).isEqualTo(Image.of("ghcr.io/my-sidecar:1.0"));
    assertThat(c.ports()).containsExactly(Port.tcp(5000).named("http").exposedAs(80));
    assertThat(item.warnings()).extracting(w -> w.line()).containsExactly(21, 22);
    assertThat(item.warnings().get(0).message()).startsWith("trailing comma");
    assertThat(item.format()).isEqualTo(ManifestFormat.JSON);
  }

  @Test
  void updatingTheImageToTwoPointZero() throws IOException {
    MiaItem item = MiaItem.read(MIA.resolve("my-sidecar.json"));
    SidecarTemplate updated = SidecarTemplate.builder().from(item.template())
        .defaults(item.template().instantiate(ContainerPatch.builder().image("ghcr.io/my-sidecar:2.0").build()))
        .build();
    String written = item.withTemplate(updated).write();
    @SuppressWarnings("unchecked")
    Map<String, Object> resources = (Map<String, Object>) ((Map<String, Object>) tree(written)).get("resources");
    assertThat(resources.get("dockerImage")).isEqualTo("ghcr.io/my-sidecar:2.0");
    assertThat(MiaItem.read(written, "updated.json").template()).isEqualTo(updated);
  }

  @Test
  void everyFieldOfTheCurrentSchema() {
    MiaItem item = MiaItem.reader().placeholders(Map.of("OTEL_VERSION", "0.111.0"))
        .read(MIA.resolve("full-sidecar.yaml"));
    Container c = item.template().defaults();

    assertThat(item.template().documentation()).contains(Documentation.of(Documentation.Type.MARKDOWN,
        "https://github.com/acme/otel-sidecar/README.md"));
    assertThat(c.image()).isEqualTo(Image.of("otel/opentelemetry-collector-contrib:0.111.0"));
    assertThat(c.ports()).containsExactly(
        Port.tcp(4317).named("otlp-grpc").exposedAs(4317), Port.udp(8125).named("statsd").exposedAs(8125));
    assertThat(c.command()).contains(List.of("--config=/etc/otel/config.yaml"));
    assertThat(c.environment()).containsExactly(
        Map.entry("LOG_LEVEL", Variable.plain("{{LOG_LEVEL}}")),
        Map.entry("LEGACY", Variable.plain("no valueType, as older examples write it")),
        Map.entry("PIPELINES", Variable.fromConfigMap("otel-config", "pipelines.yaml")),
        Map.entry("POD_NAME", Variable.fromField("metadata.name")),
        Map.entry("CPU_LIMIT", Variable.fromResource("otel-collector", "resource.limits.cpu")));
    assertThat(c.secrets()).containsExactly(Map.entry("API_KEY", SecretRef.kubernetes("otel-secrets", "api-key")));
    assertThat(c.livenessProbe()).contains(Probe.builder().path("/").port("13133")
        .initialDelay(Duration.ofSeconds(5)).period(Duration.ofSeconds(10)).failureThreshold(3).build());
    assertThat(c.readinessProbe().orElseThrow().action()).isEqualTo(Probe.Action.TCP_SOCKET);
    assertThat(c.readinessProbe().orElseThrow().timeout()).contains(Duration.ofSeconds(2));
    assertThat(c.startupProbe()).contains(Probe.exec("/otelcol", "--version"));
    assertThat(c.resources().orElseThrow().cpuMin()).contains(Cpu.parse("100m"));
    assertThat(c.resources().orElseThrow().memoryMax()).contains(Memory.parse("256Mi"));
    assertThat(c.configMaps()).containsExactly(ConfigMap.builder().name("otel-config").mountPath("/etc/otel")
        .addFiles(ConfigFile.of("config.yaml", "receivers:\n  otlp:\n    protocols:\n      grpc: {}\n"))
        .preserveDirectory(false).build());
    assertThat(c.secretMounts()).containsExactly(SecretMount.of("otel-secrets", "/etc/otel/secrets"));
    assertThat(item.sources().find("defaults.secrets.API_KEY").orElseThrow().line()).isEqualTo(48);
  }

  @Test
  void itemToModelToItemIsTheSameTree() throws IOException {
    for (String file : List.of("my-sidecar.json", "full-sidecar.yaml")) {
      String text = Files.readString(MIA.resolve(file));
      MiaItem item = MiaItem.read(text, file);
      String written = item.withTemplate(item.template()).write();
      assertThat(tree(written)).as(file).isEqualTo(tree(text));
      assertThat(tree(item.write())).as(file + " unchanged").isEqualTo(tree(text));
    }
  }

  @Test
  void changedFieldsAreWrittenAndTheRestKept() {
    MiaItem item = MiaItem.read(MIA.resolve("full-sidecar.yaml"));
    Container changed = item.template().defaults().toBuilder()
        .putEnvironment("LOG_LEVEL", Variable.plain("debug"))
        .build();
    String written = item.withTemplate(SidecarTemplate.builder().from(item.template()).defaults(changed).build()).write();
    MiaItem again = MiaItem.read(written, "again.yaml");
    assertThat(again.template().defaults()).isEqualTo(changed);
    assertThat(written).contains("categoryId: monitoring").contains("subPaths:").contains("owner: platform-team");
  }

  @Test
  void convertsBetweenJsonAndYaml() {
    MiaItem yaml = MiaItem.read(MIA.resolve("full-sidecar.yaml"));
    MiaItem json = MiaItem.read(yaml.write(ManifestFormat.JSON), "full-sidecar.json");
    assertThat(json.format()).isEqualTo(ManifestFormat.JSON);
    assertThat(json.template()).isEqualTo(yaml.template());
  }

  @Test
  void whatAnItemCannotExpressIsAnError() {
    SidecarTemplate template = MiaItem.read(MIA.resolve("my-sidecar.json")).template();
    SidecarTemplate withHealthCheck = SidecarTemplate.builder().from(template)
        .defaults(template.defaults().toBuilder().healthCheck(HealthCheck.cmdShell("true")).build()).build();
    assertThatThrownBy(() -> MiaItem.of(withHealthCheck, ManifestFormat.JSON).write())
        .isInstanceOf(ManifestException.class)
        .hasMessageContaining("resources: a Mia-Platform sidecar item cannot express healthCheck of container 'my-sidecar'");
  }

  @Test
  void aFieldOfAnEarlierSchemaIsReadWithAWarningAndKept() {
    String text = String.join("\n", "name: Legacy", "itemId: legacy", "description: an old item", "type: sidecar",
        "tenantId: acme", "documentation: {type: externalLink, url: 'https://example.com'}",
        "publishOnMiaDocumentation: true", "resources:", "  name: legacy", "  dockerImage: '{{REGISTRY}}/legacy:{{TAG}}'",
        "");
    MiaItem item = MiaItem.reader().placeholders(Map.of("TAG", "1.0")).read(text, "legacy.yaml");
    assertThat(item.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo("manifest.legacy-field");
      assertThat(w.line()).isEqualTo(7);
      assertThat(w.message()).startsWith("'publishOnMiaDocumentation' is a field of earlier versions");
    });
    assertThat(item.write()).contains("publishOnMiaDocumentation: true");
    assertThat(item.template().defaults().image()).isEqualTo(Image.of("{{REGISTRY}}/legacy:1.0"));
    assertThat(item.unresolvedPlaceholders()).containsOnlyKeys("REGISTRY");
    assertThat(item.unresolvedPlaceholders().get("REGISTRY").line()).isEqualTo(10);
    assertThat(item.unresolvedPlaceholders().get("REGISTRY").message()).contains("--var REGISTRY=VALUE");
  }

  @Test
  void bareResourceNumbersAreReadAsKubernetesReadsThemCoresAndBytes() throws IOException {
    String text = Files.readString(MIA.resolve("full-sidecar.yaml"))
        .replace("      max: 500m", "      max: 2").replace("      min: 64Mi", "      min: 67108864");
    Container resources = MiaItem.read(text, "item.yaml").template().defaults();
    assertThat(resources.resources().orElseThrow().cpuMax()).contains(Cpu.ofMillicores(2000));
    assertThat(resources.resources().orElseThrow().memoryMin()).contains(Memory.ofMebibytes(64));
  }

  @Test
  void aQuantityOutOfRangeIsRefusedNamingItsFieldInsteadOfFailingTheRender() throws IOException {
    String text = Files.readString(MIA.resolve("full-sidecar.yaml")).replace("      max: 500m", "      max: 1e1000");
    assertThatThrownBy(() -> MiaItem.read(text, "item.yaml"))
        .isInstanceOf(ManifestException.class)
        .hasMessageContaining("resources.defaultResources.cpuLimits.max")
        .hasMessageContaining("'1e1000' is out of range");
  }

  @Test
  void aVariableNamedTwiceIsRefusedNotHalfKept() throws IOException {
    String text = Files.readString(MIA.resolve("full-sidecar.yaml")).replace("  defaultEnvironmentVariables:\n",
        "  defaultEnvironmentVariables:\n  - name: LOG_LEVEL\n    value: debug\n");
    assertThatThrownBy(() -> MiaItem.read(text, "item.yaml"))
        .isInstanceOf(ManifestException.class)
        .hasMessageContaining("the variable LOG_LEVEL is also item 0; a container has one value per name, so keep one");
  }
}
