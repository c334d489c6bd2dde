package dev.sidecars.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sidecars.formats.ManifestException;
import dev.sidecars.formats.ManifestWarning;
import dev.sidecars.model.Origin;
import dev.sidecars.model.SourceMap;
import dev.sidecars.model.spi.EmitWarning;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The three report formats, on findings of every source: reader, validation-like, emitter. */
class ReportFormatTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static List<FileReport> reports() {
    Finding error = Finding.of("copilot/api/manifest.yml",
        new ManifestException("copilot/api/manifest.yml", 14, 5, "sidecars.nginx", "unknown field 'healtcheck'", null));
    Finding warning = Finding.of("copilot/api/manifest.yml",
        new ManifestWarning("copilot/api/manifest.yml", 3, 1, "image", "a warning")).in(List.of("prod"));
    Finding emitted = Finding.of("copilot/api/manifest.yml",
        EmitWarning.of("k8s.not-essential", "sidecars.logs.essential", "logs is not essential"),
        SourceMap.of(Map.of("sidecars.logs", Origin.of("copilot/api/manifest.yml", 20, 3, "sidecars.logs"))));
    Finding unreadable = Finding.unreadable("caf\u00e9.yml", "caf\u00e9.yml: no such file; check the path.");
    return List.of(new FileReport("copilot/api/manifest.yml", List.of(error, warning, emitted), false),
        new FileReport("caf\u00e9.yml", List.of(unreadable), true));
  }

  @Test
  void textIsOneLinePerFindingThenTheTotals() {
    assertThat(ReportFormat.TEXT.write(reports(), "1.0")).isEqualTo(String.join("\n",
        "copilot/api/manifest.yml:14:5: error: sidecars.nginx: unknown field 'healtcheck' [manifest.invalid]",
        "copilot/api/manifest.yml:3:1: warning: [prod] image: a warning [manifest.warning]",
        "copilot/api/manifest.yml:20:3: warning: sidecars.logs: logs is not essential [k8s.not-essential]",
        "caf\u00e9.yml: error: no such file; check the path. [file.unreadable]",
        "2 errors, 2 warnings", ""));
  }

  @Test
  void jsonHasEveryFieldAndTheTotals() throws Exception {
    JsonNode root = JSON.readTree(ReportFormat.JSON.write(reports(), "1.0"));
    assertThat(root.get("errors").asInt()).isEqualTo(2);
    assertThat(root.get("warnings").asInt()).isEqualTo(2);
    JsonNode first = root.get("files").get(0).get("violations").get(0);
    assertThat(first.get("code").asString()).isEqualTo("manifest.invalid");
    assertThat(first.get("severity").asString()).isEqualTo("error");
    assertThat(first.get("line").asInt()).isEqualTo(14);
    assertThat(first.get("column").asInt()).isEqualTo(5);
    assertThat(first.get("environments").isNull()).isTrue();
    assertThat(root.get("files").get(0).get("violations").get(1).get("environments").get(0).asString()).isEqualTo("prod");
    assertThat(root.get("files").get(1).get("violations").get(0).get("line").isNull()).isTrue();
  }

  @Test
  void sarifPlacesEveryResultOnALineWithOneRulePerCode() throws Exception {
    JsonNode log = JSON.readTree(ReportFormat.SARIF.write(reports(), "1.0"));
    assertThat(log.get("version").asString()).isEqualTo("2.1.0");
    JsonNode run = log.get("runs").get(0);
    assertThat(run.get("tool").get("driver").get("version").asString()).isEqualTo("1.0");
    assertThat(run.get("tool").get("driver").get("rules")).hasSize(4);
    JsonNode unreadable = run.get("results").get(3);
    assertThat(unreadable.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt())
        .isEqualTo(1);
    assertThat(unreadable.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asString())
        .isEqualTo("caf%C3%A9.yml");
    assertThat(run.get("results").get(1).get("message").get("text").asString()).isEqualTo("[prod] a warning");
  }

  @Test
  void theJsonSchemaIsAJsonSchema() throws Exception {
    JsonNode schema = JSON.readTree(ReportFormat.jsonSchema());
    assertThat(schema.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("required").toString()).contains("files", "errors", "warnings");
  }

  @Test
  void aFindingOfTheSameProblemInAnotherEnvironmentIsTheSame() {
    Finding root = Finding.renderWarning("m.yml", "runs on App Runner");
    assertThat(root.in(List.of("prod")).sameAs(root)).isTrue();
    assertThat(root.asWarning("skipped").sameAs(root)).isFalse();
    assertThat(root.asWarning("skipped").message()).isEqualTo("runs on App Runner (skipped)");
    assertThat(root.isError()).isFalse();
    assertThat(root.code()).isEqualTo(Finding.RENDER_WARNING);
  }

  @Test
  void sarifNamesEachRuleAndPlacesTheColumnAndPathOfAFindingThatHasThem() throws Exception {
    JsonNode run = JSON.readTree(ReportFormat.SARIF.write(reports(), "1.0")).get("runs").get(0);
    JsonNode firstRule = run.get("tool").get("driver").get("rules").get(0);
    assertThat(firstRule.get("id").asString()).isEqualTo("manifest.invalid");
    assertThat(firstRule.get("name").asString()).isEqualTo("manifest.invalid");
    assertThat(firstRule.get("shortDescription").get("text").asString()).isEqualTo("manifest.invalid");
    JsonNode located = run.get("results").get(0).get("locations").get(0);
    assertThat(located.get("physicalLocation").get("region").get("startLine").asInt()).isEqualTo(14);
    assertThat(located.get("physicalLocation").get("region").get("startColumn").asInt()).isEqualTo(5);
    assertThat(located.get("logicalLocations").get(0).get("fullyQualifiedName").asString()).isEqualTo("sidecars.nginx");
    JsonNode whole = run.get("results").get(3);
    assertThat(whole.get("locations").get(0).get("physicalLocation").get("region").has("startColumn")).isFalse();
    assertThat(whole.get("locations").get(0).has("logicalLocations")).isFalse();
    assertThat(whole.has("properties")).isFalse();
    assertThat(run.get("results").get(1).get("properties").get("environments").get(0).asString()).isEqualTo("prod");
    assertThat(run.get("results").get(0).get("message").get("text").asString()).isEqualTo("unknown field 'healtcheck'");
  }

  @Test
  void anAbsolutePathIsAFileUri() throws Exception {
    String absolute = java.nio.file.Path.of("/work/api.yml").toAbsolutePath().toString();
    FileReport report = new FileReport(absolute, List.of(Finding.renderWarning(absolute, "x")), false);
    JsonNode run = JSON.readTree(ReportFormat.SARIF.write(List.of(report), "1.0")).get("runs").get(0);
    assertThat(run.get("results").get(0).get("locations").get(0).get("physicalLocation").get("artifactLocation")
        .get("uri").asString()).startsWith("file:/").endsWith("/work/api.yml");
  }

  @Test
  void aFindingKeepsItsFileAndPositionOnlyWhereKnown() {
    Finding atLine = Finding.of("m.yml", new ManifestWarning("m.yml", 3, 0, "image", "a warning"));
    assertThat(atLine.file()).isEqualTo("m.yml");
    assertThat(atLine.line()).hasValue(3);
    assertThat(atLine.column()).isEmpty();
    assertThat(atLine.path()).isEqualTo("image");
    Finding nowhere = Finding.of("m.yml", new ManifestWarning("m.yml", 0, 7, "", "w"));
    assertThat(nowhere.line()).isEmpty();
    assertThat(nowhere.column()).isEmpty();
    Finding first = Finding.of("m.yml", new ManifestWarning("m.yml", 1, 1, "", "w"));
    assertThat(first.line()).hasValue(1);
    assertThat(first.column()).hasValue(1);
    Finding emittedWithoutSources = Finding.of("m.yml", EmitWarning.of("k8s.not-emitted", "", "FireLens"),
        SourceMap.empty());
    assertThat(emittedWithoutSources.line()).isEmpty();
    assertThat(emittedWithoutSources.path()).isEmpty();
    assertThat(reports().get(0).file()).isEqualTo("copilot/api/manifest.yml");
    assertThat(reports().get(0).unusable()).isFalse();
    assertThat(reports().get(1).unusable()).isTrue();
  }

  @Test
  void aViolationIsAFindingAtItsLocationInTheManifestsTerms() {
    Finding located = Finding.of("m.yml", dev.sidecars.validation.Violation.of("depends-on.cycle",
        "sidecars.a.dependsOn.b", "a cycle", dev.sidecars.validation.Severity.ERROR,
        java.util.Optional.of(Origin.of("m.yml", 13, 21, "sidecars.a.depends_on.b"))));
    assertThat(located.toText()).isEqualTo("m.yml:13:21: error: sidecars.a.depends_on.b: a cycle [depends-on.cycle]");
    assertThat(located.isError()).isTrue();
    Finding unlocated = Finding.of("m.yml", dev.sidecars.validation.Violation.of("ecs.probe-ignored",
        "main.readinessProbe", "ignored", dev.sidecars.validation.Severity.WARNING, java.util.Optional.empty()));
    assertThat(unlocated.toText()).isEqualTo("m.yml: warning: main.readinessProbe: ignored [ecs.probe-ignored]");
    assertThat(unlocated.line()).isEmpty();
  }
}
