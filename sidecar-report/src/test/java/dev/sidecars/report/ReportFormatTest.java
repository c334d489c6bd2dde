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
}
