package dev.sidecars.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed manifests, each with the line (and, where it matters, the column and path) the
 * error must point at and a fragment of the message a person reads. Documents are built line
 * by line so that the expected line numbers can be checked by counting.
 */
class BadManifestTest {
  private static final NativeManifest MANIFEST = NativeManifest.create();

  /** Lines 1-7 of a valid workload; cases append from line 8. */
  private static final List<String> HEADER =
      List.of(
          "apiVersion: sidecars.dev/v1alpha1", // 1
          "kind: Workload", // 2
          "name: api", // 3
          "type: backend-service", // 4
          "main:", // 5
          "  name: api", // 6
          "  image: example/api:1.0"); // 7

  private static String withHeader(String... lines) {
    List<String> all = new ArrayList<>(HEADER);
    all.addAll(List.of(lines));
    return String.join("\n", all) + "\n";
  }

  private static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  static Stream<Arguments> badManifests() {
    return Stream.of(
        Arguments.of("misspelt field gets a suggestion",
            withHeader("  healtcheck:", "    command: [CMD, true]"),
            8, "main", "unknown field 'healtcheck'; did you mean 'healthCheck'?"),
        Arguments.of("Copilot's configFile mistake (issue #1858)",
            withHeader("logging:", "  configFile: /fluent-bit/custom.conf"),
            9, "logging", "unknown field 'configFile'; did you mean 'configFilePath'?"),
        Arguments.of("snake_case from Copilot habits",
            withHeader("  env_file: ./api.env"),
            8, "main", "did you mean 'envFile'?"),
        Arguments.of("list expected, map given",
            withHeader("  ports:", "    http: 80"),
            9, "main.ports", "expected a list, got a map"),
        Arguments.of("boolean expected, quoted string given",
            withHeader("  essential: \"yes\""),
            8, "main.essential", "expected true or false, got the string 'yes'"),
        Arguments.of("duplicate key",
            withHeader("name: again"),
            8, "", "duplicate key 'name' (first at line 3)"),
        Arguments.of("unclosed flow sequence",
            withHeader("  command: [echo, hi", "sidecars: []"),
            9, "", "(while parsing a flow sequence that starts at line 8, column 12)"),
        Arguments.of("indentation that makes a key a value",
            lines("apiVersion: sidecars.dev/v1alpha1", "kind: Workload", "name: api", "  bad: indent"),
            4, "", "mapping values are not allowed here"),
        Arguments.of("trailing comma in JSON",
            lines("{", "  \"apiVersion\": \"sidecars.dev/v1alpha1\",", "  \"kind\": \"Workload\",", "}"),
            4, "", "Unexpected character ('}'"),
        Arguments.of("required field missing",
            lines("apiVersion: sidecars.dev/v1alpha1", "kind: Workload", "name: api",
                "type: backend-service", "main:", "  name: api", "  ports: [\"80\"]"),
            6, "main", "missing required field 'image'"),
        Arguments.of("unknown apiVersion",
            lines("apiVersion: v1", "kind: Workload"),
            1, "apiVersion", "unknown apiVersion 'v1'; expected 'sidecars.dev/v1alpha1'"),
        Arguments.of("unknown kind",
            lines("apiVersion: sidecars.dev/v1alpha1", "kind: Pod"),
            2, "kind", "unknown kind 'Pod'"),
        Arguments.of("unknown workload type",
            lines("apiVersion: sidecars.dev/v1alpha1", "kind: Workload", "name: api", "type: web"),
            4, "type", "unknown workload type 'web'; expected one of load-balanced-web-service"),
        Arguments.of("unknown protocol",
            withHeader("  ports: [\"80/icmp\"]"),
            8, "main.ports[0]", "unknown protocol 'icmp'; expected one of tcp, udp, sctp"),
        Arguments.of("CPU suffix in the wrong case",
            withHeader("cpu: 500K"),
            8, "cpu", "has the unknown suffix 'K'; suffixes are case-sensitive"),
        Arguments.of("memory that is not whole bytes",
            withHeader("memory: 0.5"),
            8, "memory", "is not a whole number of bytes"),
        Arguments.of("duration in words",
            withHeader("  healthCheck:", "    interval: 10 seconds"),
            9, "main.healthCheck.interval", "'10 seconds' is not a duration such as 10s"),
        Arguments.of("unknown dependency condition",
            withHeader("  dependsOn:", "    envoy: ready"),
            9, "main.dependsOn.envoy", "unknown condition 'ready'; expected one of start, healthy"),
        Arguments.of("YAML alias without an anchor",
            withHeader("  labels:", "    team: platform", "    owner: *t"),
            10, "main.labels.owner", "the alias *t names no anchor defined before it (&t)"),
        Arguments.of("two documents",
            withHeader("---", "kind: Workload"),
            9, "", "a manifest holds one document"),
        Arguments.of("empty document",
            lines("# nothing here"),
            1, "", "the document is empty"),
        Arguments.of("secret with two sources",
            withHeader("  secrets:", "    DB: {ssm: /db/pass, secretsManager: db}"),
            9, "main.secrets.DB", "set only one of 'ssm' and 'secretsManager'"),
        Arguments.of("template read as a workload",
            lines("apiVersion: sidecars.dev/v1alpha1", "kind: SidecarTemplate"),
            2, "kind", "expected a Workload document, got a SidecarTemplate"),
        Arguments.of("integer out of range",
            withHeader("  healthCheck:", "    retries: 99999999999"),
            9, "main.healthCheck.retries", "the number 99999999999 is too large"),
        Arguments.of("platform without architecture",
            withHeader("platform: linux"),
            8, "platform", "'linux' is not of the form os/arch"),
        Arguments.of("sidecar without name, in a list",
            withHeader("sidecars:", "- image: nginx:1.27"),
            9, "sidecars[0]", "missing required field 'name'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badManifests")
  void reportsLineAndMessage(String what, String document, int line, String path, String fragment) {
    ManifestException error =
        catchThrowableOfType(
            ManifestException.class, () -> MANIFEST.readWorkload(document, "bad.yml"));
    assertThat(error).as(what).isNotNull();
    assertThat(error.source()).isEqualTo("bad.yml");
    assertThat(error.line()).as("line of: " + error.getMessage()).isEqualTo(line);
    assertThat(error.path()).as("path of: " + error.getMessage()).isEqualTo(path);
    assertThat(error.problem()).contains(fragment);
    assertThat(error.getMessage()).startsWith("bad.yml:" + line + ":");
  }

  @org.junit.jupiter.api.Test
  void everyUnknownKeyIsReportedAtOnceWithInvisibleCharactersShown() {
    String document = withHeader(
        "  lables: {team: a}", // 8
        "  healtcheck:", // 9
        "    command: [CMD, true]",
        "logging:", // 11
        "  configFile: /fluent.conf",
        "targetContainer\u200b: api"); // 13
    ManifestException error =
        catchThrowableOfType(ManifestException.class, () -> MANIFEST.readWorkload(document, "bad.yml"));
    assertThat(error.problems()).extracting(ManifestException::line).containsExactly(8, 9, 12, 13);
    assertThat(error.problems()).extracting(ManifestException::code).containsOnly(ManifestException.UNKNOWN_FIELD);
    assertThat(error.problems().get(3).problem())
        .isEqualTo("unknown field 'targetContainer\\u200b'; did you mean 'targetContainer'?");
    assertThat(error.getMessage().lines()).hasSize(4).allMatch(line -> line.startsWith("bad.yml:"));
  }
}
