package dev.sidecars.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sidecars.model.Catalog;
import dev.sidecars.model.Container;
import dev.sidecars.model.SidecarTemplate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One entry reads every dialect, by the rule docs/cli.md gives. */
class ManifestReaderTest {
  private static final Path MIA = Path.of("src/test/resources/mia");
  private static final Path SEEDS = Path.of("src/test/resources/seeds");
  private static final ManifestReader READER = ManifestReader.create();

  private static final String WORKLOAD = String.join("\n",
      "apiVersion: sidecars.dev/v1alpha1", "kind: Workload", "name: api", "type: backend-service",
      "main:", "  name: api", "  image: example/api:1", "");

  @Test
  void aSidecarsWorkloadTemplateOrPatchIsEachReadAsWhatItIs() {
    LoadedManifest workload = READER.read(WORKLOAD, "api.yaml");
    assertThat(workload.dialect()).isEqualTo(Dialect.NATIVE);
    assertThat(workload.workload().orElseThrow().value().main().name()).isEqualTo("api");
    assertThat(workload.workload().orElseThrow().sources().find("main.image")).isPresent();
    assertThat(workload.template()).isEmpty();
    assertThat(workload.patch()).isEmpty();
    LoadedManifest patch = READER.read("apiVersion: sidecars.dev/v1alpha1\nkind: ContainerPatch\nimage: x:2\n", "p.yaml");
    assertThat(patch.patch()).isPresent();
    assertThat(patch.workload()).isEmpty();
    assertThat(patch.warnings()).isEmpty();
    LoadedManifest template = READER.read(Path.of("../examples/catalog/acme/otel-collector/v1.2.0.yaml"));
    assertThat(template.template().orElseThrow().value().itemId()).isEqualTo("otel-collector");
  }

  @Test
  void aCopilotManifestIsReadWithItsEnvironmentsAtHand() {
    LoadedManifest manifest = READER.read(SEEDS.resolve("copilot-firelens.yml"));
    assertThat(manifest.dialect()).isEqualTo(Dialect.COPILOT);
    assertThat(manifest.workload().orElseThrow().value().logging()).isPresent();
    assertThat(manifest.copilot()).isPresent();
    assertThat(manifest.mia()).isEmpty();
  }

  @Test
  void aMiaPlatformItemIsATemplateInJsonWithTrailingCommasOrInYaml() {
    LoadedManifest json = READER.read(MIA.resolve("my-sidecar.json"));
    assertThat(json.dialect()).isEqualTo(Dialect.MIA);
    assertThat(json.template()).isPresent();
    assertThat(json.warnings()).isNotEmpty(); // the trailing commas
    assertThat(json.mia()).isPresent();
    assertThat(READER.read(MIA.resolve("full-sidecar.yaml")).dialect()).isEqualTo(Dialect.MIA);
  }

  @Test
  void aYamlFlowMappingIsToldApartFromJson() {
    String flow = "{name: api, type: Backend Service, image: {location: nginx}}\n";
    assertThat(READER.read(flow, "manifest.yml").dialect()).isEqualTo(Dialect.COPILOT);
  }

  @Test
  void aDocumentNoRuleTellsIsRefusedWithItsCode() {
    ManifestException e = catchThrowableOfType(ManifestException.class, () -> READER.read("kind: Deployment\n", "d.yaml"));
    assertThat(e.code()).isEqualTo(Dialect.UNKNOWN);
    assertThat(e).hasMessage("d.yaml: cannot tell its format (no top-level apiVersion, itemId, or name and type); "
        + "name its dialect");
  }

  @Test
  void brokenJsonIsRefusedAtItsLineAndColumn() {
    ManifestException e = catchThrowableOfType(ManifestException.class, () -> READER.read("{\"itemId\": [}\n", "w.json"));
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(13);
    assertThat(e.problem()).isEqualTo("is not valid JSON (Unexpected close marker '}': expected ']'); fix the syntax.");
  }

  @Test
  void aNamedDialectIsNotDetected() {
    // read as a Sidecars manifest, a Copilot manifest has no apiVersion
    String copilot = "name: api\ntype: Backend Service\nimage:\n  location: nginx\n";
    assertThat(READER.read(copilot, "m.yml").dialect()).isEqualTo(Dialect.COPILOT);
    assertThat(catchThrowableOfType(ManifestException.class, () -> READER.dialect(Dialect.NATIVE).read(copilot, "m.yml")))
        .hasMessageContaining("apiVersion");
  }

  @Test
  void theCopilotSettingsReachTheCopilotReader(@TempDir Path dir) throws IOException {
    Path manifest = Files.createDirectories(dir.resolve("copilot/api")).resolve("manifest.yml");
    Files.writeString(manifest, "name: api\ntype: Backend Service\n"
        + "image:\n  location: ${COPILOT_APPLICATION_NAME}/nginx:${TAG}\n");
    Files.writeString(dir.resolve("copilot/.workspace"), "application: shop\n");
    assertThat(READER.variables(Map.of("TAG", "1.27")).read(manifest).workload().orElseThrow().value().main().image()
        .location()).contains("shop/nginx:1.27");
    assertThat(READER.variables(Map.of("TAG", "1.27")).application("other").read(manifest).workload().orElseThrow()
        .value().main().image().location()).contains("other/nginx:1.27");
    assertThat(READER.processEnvironment(Map.of("TAG", "2")).read(manifest).workload().orElseThrow()
        .value().main().image().location()).contains("shop/nginx:2");
    assertThat(catchThrowableOfType(ManifestException.class,
        () -> READER.strict(true).variables(Map.of("TAG", "1")).read("name: a\ntype: Backend Service\nimagee: x\n", "m.yml"))
        .code()).isEqualTo(ManifestException.UNKNOWN_FIELD);
  }

  @Test
  void aCatalogResolvesTemplateReferences() {
    Catalog catalog = Catalog.inMemory();
    catalog.apply(SidecarTemplate.builder().tenantId("acme").itemId("proxy").version("1.0.0").title("Proxy")
        .defaults(Container.builder().name("proxy").image("envoy:1").build()).build());
    String withTemplate = WORKLOAD + "sidecars:\n  - name: edge\n    template: {tenantId: acme, itemId: proxy, version: 1.0.0}\n";
    assertThat(READER.catalog(catalog).read(withTemplate, "api.yaml").workload().orElseThrow().value().sidecars())
        .extracting(c -> c.name() + " " + c.image()).containsExactly("edge envoy:1");
  }
}
