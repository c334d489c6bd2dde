package dev.sidecars.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sidecars.model.Catalog;
import dev.sidecars.model.Container;
import dev.sidecars.model.ContainerPatch;
import dev.sidecars.model.Port;
import dev.sidecars.model.SidecarTemplate;
import dev.sidecars.model.Workload;
import org.junit.jupiter.api.Test;

class ContainerPatchDocumentTest {
  private static final String HEADER = "apiVersion: sidecars.dev/v1alpha1\nkind: ContainerPatch\n";
  private final NativeManifest manifest = NativeManifest.create();
  private final Container base = Container.builder()
      .name("otel")
      .image("otel/collector:0.98")
      .putEnvironment("LOG_LEVEL", dev.sidecars.model.Variable.plain("info"))
      .putEnvironment("REGION", dev.sidecars.model.Variable.plain("eu-west-1"))
      .addPorts(Port.parse("4317/tcp"), Port.parse("4318/tcp"))
      .putLabel("team", "platform")
      .build();

  @Test
  void upsertsMapsAndListsAndRemovesNamedKeys() {
    ContainerPatch patch = manifest.readPatch(HEADER
        + "image: otel/collector:0.99\n"
        + "environment:\n  LOG_LEVEL: debug\n  SAMPLING: '0.5'\n"
        + "ports: [9464/tcp]\n"
        + "remove:\n  environment: [REGION]\n  ports: [4318/tcp]\n", "p.yaml");
    Container result = patch.applyTo(base);
    assertThat(result.image().location()).contains("otel/collector:0.99");
    assertThat(result.environment()).containsOnlyKeys("LOG_LEVEL", "SAMPLING");
    assertThat(result.environment().get("LOG_LEVEL")).isEqualTo(dev.sidecars.model.Variable.plain("debug"));
    assertThat(result.ports()).extracting(Port::key).containsExactly("4317/tcp", "9464/tcp");
    assertThat(result.labels()).containsEntry("team", "platform");
  }

  @Test
  void replaceSwapsTheWholeField() {
    ContainerPatch patch = manifest.readPatch(HEADER + "labels: {owner: sre}\nreplace: [labels]\n", "p.yaml");
    assertThat(patch.applyTo(base).labels()).containsExactly(java.util.Map.entry("owner", "sre"));
  }

  @Test
  void anEmptyPatchChangesNothing() {
    assertThat(manifest.readPatch(HEADER, "p.yaml").applyTo(base)).isEqualTo(base);
  }

  @Test
  void aNameOrAnUnknownReplaceIsAnErrorWithItsLine() {
    assertThatThrownBy(() -> manifest.readPatch(HEADER + "name: other\n", "p.yaml"))
        .isInstanceOf(ManifestException.class)
        .hasMessageContaining("p.yaml:3:1")
        .hasMessageContaining("name");
    assertThatThrownBy(() -> manifest.readPatch(HEADER + "replace: [image]\n", "p.yaml"))
        .isInstanceOf(ManifestException.class)
        .hasMessageContaining("'image' cannot be replaced");
    assertThatThrownBy(() -> manifest.readPatch(HEADER + "remove: {essential: [x]}\n", "p.yaml"))
        .isInstanceOf(ManifestException.class)
        .hasMessageContaining("'essential' has no keys to remove");
  }

  @Test
  void aSidecarCanNameACatalogTemplateAndChangeIt() {
    Catalog catalog = Catalog.inMemory();
    catalog.apply(SidecarTemplate.builder().tenantId("acme").itemId("otel").version("1.0.0")
        .title("OTel collector").defaults(base).build());
    String text = "apiVersion: sidecars.dev/v1alpha1\nkind: Workload\nname: api\ntype: backend-service\n"
        + "main: {name: api, image: example/api:1}\n"
        + "sidecars:\n"
        + "  - name: collector\n"
        + "    template: {tenantId: acme, itemId: otel}\n"
        + "    environment: {LOG_LEVEL: warn}\n";
    Sourced<Workload> read = manifest.readWorkloadWithSources(text, "w.yaml", catalog);
    Container sidecar = read.value().sidecars().get(0);
    assertThat(sidecar.name()).isEqualTo("collector");
    assertThat(sidecar.image().location()).contains("otel/collector:0.98");
    assertThat(sidecar.environment().get("LOG_LEVEL")).isEqualTo(dev.sidecars.model.Variable.plain("warn"));
    assertThat(sidecar.ports()).hasSize(2);
    assertThat(read.sources().find("sidecars.collector").orElseThrow().line()).isEqualTo(7);

    assertThatThrownBy(() -> manifest.readWorkloadWithSources(text.replace("otel}", "otel, version: 2.0.0}"), "w.yaml", catalog))
        .isInstanceOf(ManifestException.class)
        .hasMessageContaining("w.yaml:8")
        .hasMessageContaining("the catalog has no template acme/otel@2.0.0");
    assertThatThrownBy(() -> manifest.readWorkload(text, "w.yaml"))
        .isInstanceOf(ManifestException.class)
        .hasMessageContaining("uses the catalog template acme/otel, but no catalog was given");
  }
}
