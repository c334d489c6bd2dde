package dev.sidecars.cli;

import static dev.sidecars.cli.Cli.example;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** merge, catalog, targets, --help and --version, end to end. */
class CommandsTest {

  @Test
  void mergeAppliesPatchesInOrderAndPrintsANativeTemplate(@TempDir Path dir) throws IOException {
    Path second = Files.writeString(dir.resolve("quiet.yaml"), "apiVersion: sidecars.dev/v1alpha1\nkind: ContainerPatch\n"
        + "environment: {LOG_LEVEL: error}\nremove: {ports: [4318/tcp]}\n");
    Cli.Result result = Cli.run("merge", "--template", example("mia/otel-collector.json"),
        "--patch", example("native/otel-debug.patch.yaml"), "--patch", second.toString(), "--output", "json");
    assertThat(result.code()).as(result.err()).isZero();
    JsonNode template = new JsonMapper().readTree(result.out());
    assertThat(template.get("kind").asString()).isEqualTo("SidecarTemplate");
    assertThat(template.get("itemId").asString()).isEqualTo("otel-collector");
    assertThat(template.at("/defaults/environment/LOG_LEVEL").asString()).isEqualTo("error");
    assertThat(template.at("/defaults/environment/OTEL_CONFIG").isString()).isTrue();
    assertThat(template.at("/defaults/ports").findValuesAsString("name")).containsExactly("otlp-grpc", "zpages");
  }

  @Test
  void mergeWithoutPatchesPrintsTheTemplateAsANativeDocumentThatReadsBack(@TempDir Path dir) throws IOException {
    Cli.Result result = Cli.run("merge", "--template", example("mia/otel-collector.json"));
    assertThat(result.code()).as(result.err()).isZero();
    Path copy = Files.writeString(dir.resolve("otel.yaml"), result.out());
    Cli.Result again = Cli.run("merge", "--template", copy.toString());
    assertThat(again.out()).isEqualTo(result.out());
  }

  @Test
  void mergeRefusesAWorkloadAsTemplateAndAWorkloadAsPatch() {
    Cli.Result workload = Cli.run("merge", "--template", example("copilot/api/manifest.yml"));
    assertThat(workload.code()).isEqualTo(2);
    assertThat(workload.oneClearLineOnStderr().err()).contains("not a sidecar template");
    Cli.Result patch = Cli.run("merge", "--template", example("mia/otel-collector.json"), "--patch", example("native/orders.yaml"));
    assertThat(patch.code()).isEqualTo(2);
    assertThat(patch.oneClearLineOnStderr().err()).contains("orders.yaml").contains("expected a ContainerPatch document");
  }

  @Test
  void catalogApplyReportsCreatedUnchangedAndUpdated(@TempDir Path dir) throws IOException {
    String catalog = dir.resolve("catalog").toString();
    Cli.Result first = Cli.run("catalog", "apply", "-f", example("mia/otel-collector.json"), "--catalog", catalog);
    assertThat(first.code()).isZero();
    assertThat(first.out()).isEqualTo(String.join("\n",
        "created the catalog " + catalog,
        "ITEM ID         VERSION  STATUS",
        "otel-collector  1.2.0    Created",
        "1 of 1 items applied", ""));
    Cli.Result again = Cli.run("catalog", "apply", "-f", example("mia/otel-collector.json"), "--catalog", catalog);
    assertThat(again.out()).contains("otel-collector  1.2.0    Unchanged");
    Path changed = Files.writeString(dir.resolve("otel.json"),
        Files.readString(Cli.EXAMPLES.resolve("mia/otel-collector.json")).replace("0.98.0", "0.99.0"));
    Path unversioned = Files.writeString(dir.resolve("unversioned.json"), Files.readString(
        Cli.EXAMPLES.resolve("mia/otel-collector.json")).replaceAll("(?s)\"version\": \\{.*?\\},", "")
        .replace("\"otel-collector\",\n  \"description\"", "\"otel-plain\",\n  \"description\""));
    Cli.Result updated = Cli.run("catalog", "apply", "-f", changed.toString(), unversioned.toString(), "--catalog", catalog);
    assertThat(updated.code()).as(updated.err()).isZero();
    assertThat(updated.out()).isEqualTo(String.join("\n",
        "ITEM ID         VERSION  STATUS",
        "otel-collector  1.2.0    Updated",
        "otel-plain      -        Created",
        "2 of 2 items applied", ""));

    Cli.Result list = Cli.run("catalog", "list", "--catalog", catalog);
    assertThat(list.out()).isEqualTo(String.join("\n",
        "TENANT  ITEM ID         VERSION  TITLE",
        "acme    otel-collector  1.2.0    OpenTelemetry collector",
        "acme    otel-plain      -        OpenTelemetry collector", ""));
    assertThat(Cli.run("catalog", "list", "--catalog", catalog, "--tenant", "other").out())
        .isEqualTo("no templates in " + catalog + " for tenant other\n");
  }

  @Test
  void negativeDurationsAreValidationErrorsAndMergeAndApplyKeepThem(@TempDir Path dir) throws IOException {
    Path item = Files.writeString(dir.resolve("item.yaml"), String.join("\n", "name: Proxy", "itemId: proxy",
        "description: a proxy", "type: sidecar", "tenantId: acme",
        "documentation: {type: externalLink, url: 'https://example.com'}", "resources:", "  name: proxy",
        "  dockerImage: proxy:1", "  defaultProbes:", "    liveness:", "      port: '8080'", "      timeoutSeconds: -2",
        ""));
    Cli.Result validate = Cli.run("validate", item.toString());
    assertThat(validate.code()).isEqualTo(1);
    assertThat(validate.out()).contains(":13:23: error: resources.defaultProbes.liveness.timeoutSeconds: timeout must not "
        + "be negative, not -2 seconds [probe.range]");
    Cli.Result render = Cli.run("render", "--to", "k8s", item.toString());
    assertThat(render.code()).isEqualTo(1);
    assertThat(render.err()).contains(":13:23: error:").contains("[probe.range]");

    Cli.Result merge = Cli.run("merge", "--template", item.toString());
    assertThat(merge.code()).as(merge.err()).isZero();
    assertThat(merge.out()).contains("timeout: -2s");
    String catalog = dir.resolve("catalog").toString();
    Cli.Result apply = Cli.run("catalog", "apply", "-f", item.toString(), "--catalog", catalog);
    assertThat(apply.code()).as(apply.err()).isZero();
    Cli.Result list = Cli.run("catalog", "list", "--catalog", catalog);
    assertThat(list.code()).as(list.err()).isZero();
    assertThat(list.out()).contains("acme    proxy    -        Proxy");
  }

  @Test
  void onlyApplyCreatesACatalog(@TempDir Path dir) {
    String mistyped = dir.resolve("catalgo").toString();
    for (String[] args : List.of(
        new String[] {"catalog", "list", "--catalog", mistyped},
        new String[] {"render", "--to", "k8s", "--catalog", mistyped, example("native/orders.yaml")})) {
      Cli.Result result = Cli.run(args);
      assertThat(result.code()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(result.oneClearLineOnStderr().err()).contains(mistyped + ": is not a catalog directory");
    }
    Cli.Result validate = Cli.run("validate", "--catalog", mistyped, example("native/orders.yaml"));
    assertThat(validate.code()).isEqualTo(2);
    assertThat(validate.out()).contains("is not a catalog directory").contains("[file.unreadable]");
    assertThat(Files.exists(Path.of(mistyped))).isFalse();
  }

  @Test
  void catalogApplyCountsOnlyWhatItApplied(@TempDir Path dir) {
    Cli.Result result = Cli.run("catalog", "apply", "-f", example("mia/otel-collector.json"),
        dir.resolve("missing.json").toString(), example("copilot/api/manifest.yml"), "--catalog", dir.resolve("c").toString());
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.out()).endsWith("1 of 3 items applied\n");
    assertThat(result.err().lines()).hasSize(2).allSatisfy(line -> assertThat(line).doesNotContain("Exception"));
    assertThat(result.err()).contains("missing.json: no such file").contains("not a sidecar template");
  }

  @Test
  void aCatalogWithABadTemplateIsOneSentenceForEveryCommandThatOpensIt(@TempDir Path dir) throws IOException {
    Path bad = Files.createDirectories(dir.resolve("acme/otel")).resolve("unversioned.yaml");
    Files.writeString(bad, "apiVersion: sidecars.dev/v1alpha1\nkind: SidecarTemplate\ntenantId: acme\n");
    String catalog = dir.toString();
    for (String[] args : List.of(
        new String[] {"catalog", "list", "--catalog", catalog},
        new String[] {"catalog", "apply", "-f", example("mia/otel-collector.json"), "--catalog", catalog},
        new String[] {"render", "--to", "k8s", "--catalog", catalog, example("native/orders.yaml")})) {
      Cli.Result result = Cli.run(args);
      assertThat(result.code()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(result.oneClearLineOnStderr().err()).contains("the catalog " + catalog + " holds a bad template, " + bad)
          .contains("missing required field").endsWith("; fix or remove that file.\n");
    }
    Cli.Result validate = Cli.run("validate", "--catalog", catalog, example("native/orders.yaml"));
    assertThat(validate.code()).isEqualTo(2);
    assertThat(validate.out()).contains("[file.unreadable]").contains("holds a bad template");
  }

  @Test
  void targetsListsTheEmittersOnTheClassPath() {
    Cli.Result result = Cli.run("targets");
    assertThat(result.code()).isZero();
    assertThat(result.out().lines().map(l -> l.split(" ")[0])).containsExactly("TARGET", "ecs", "ecs-cloudformation", "k8s");
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "render", "merge", "catalog", "targets"})
  void everyCommandHasHelpWithAnExample(String command) {
    Cli.Result result = Cli.run(command, "--help");
    assertThat(result.code()).isZero();
    assertThat(result.out()).startsWith("Usage: sidecar " + command).contains("Example").contains("  sidecar " + command);
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "render", "merge", "catalog", "targets"})
  void helpTextIsWholeAndEveryCommandKnowsTheVersion(String command) {
    String help = Cli.run(command, "--help").out();
    assertThat(help).doesNotContain("null");
    assertThat(help.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(120));
    assertThat(help.lines().filter(line -> line.startsWith("  sidecar "))).isNotEmpty();
    assertThat(Cli.run(command, "--version").out()).isEqualTo(Cli.run("--version").out());
  }

  @Test
  void catalogSubcommandsHaveHelpToo() {
    assertThat(Cli.run("catalog", "apply", "--help").out()).contains("Example:").contains("sidecar catalog apply -f");
    assertThat(Cli.run("catalog", "list", "--help").out()).contains("Example:").contains("sidecar catalog list --catalog");
  }

  @Test
  void versionNamesTheBuild() {
    Cli.Result result = Cli.run("--version");
    assertThat(result.code()).isZero();
    assertThat(result.out()).matches("sidecar \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\n");
  }

  @Test
  void noCommandIsAUsageError() {
    Cli.Result result = Cli.run();
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("Usage: sidecar").endsWith("sidecar: name a command: validate, render, merge, catalog or targets.\n");
  }

  @Test
  void debugAddsTheStackTrace() {
    Cli.Result plain = Cli.run("render", "--to", "k8s", "missing.yml");
    Cli.Result debug = Cli.run("render", "--debug", "--to", "k8s", "missing.yml");
    assertThat(plain.err()).isEqualTo("sidecar render: missing.yml: no such file; check the path.\n");
    assertThat(debug.err()).startsWith(plain.err()).contains("CliException").contains("\tat ");
    assertThat(debug.code()).isEqualTo(plain.code()).isEqualTo(2);
  }
}
