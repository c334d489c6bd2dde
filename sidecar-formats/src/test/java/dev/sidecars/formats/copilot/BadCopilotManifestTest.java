package dev.sidecars.formats.copilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sidecars.formats.ManifestException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed Copilot manifests: the line, path and message a person reads. Lines 1-4 are a valid
 * header. A problem with a value points at the value: for a map value, the line of its first key.
 */
class BadCopilotManifestTest {
  private static final List<String> HEADER =
      List.of(
          "name: api", // 1
          "type: Backend Service", // 2
          "image:", // 3
          "  location: example/api:1.0"); // 4

  private static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  private static String withHeader(String... lines) {
    List<String> all = new ArrayList<>(HEADER);
    all.addAll(List.of(lines));
    return String.join("\n", all) + "\n";
  }

  static Stream<Arguments> manifests() {
    return Stream.of(
        Arguments.of("logging.configFile, Copilot issue #1858",
            withHeader("logging:", "  configFile: /fluent-bit/extra.conf"),
            6, "logging", "unknown field 'configFile'; did you mean 'configFilePath'?"),
        Arguments.of("camelCase where Copilot wants snake_case",
            withHeader("sidecars:", "  nginx:", "    image: nginx", "    mountPoints: []"),
            8, "sidecars.nginx", "unknown field 'mountPoints'; did you mean 'mount_points'?"),
        Arguments.of("misspelt top-level key",
            withHeader("sidecar:", "  nginx:", "    image: nginx"),
            5, "", "unknown field 'sidecar'; did you mean 'sidecars'?"),
        Arguments.of("unknown protocol",
            withHeader("sidecars:", "  xray:", "    image: xray", "    port: 2000/icmp"),
            8, "sidecars.xray.port", "unknown protocol 'icmp'"),
        Arguments.of("port with two slashes",
            withHeader("sidecars:", "  xray:", "    image: xray", "    port: 2000/udp/x"),
            8, "sidecars.xray.port", "cannot parse port mapping from '2000/udp/x'"),
        Arguments.of("unknown dependency condition",
            withHeader("sidecars:", "  nginx:", "    image: nginx", "    depends_on:", "      api: ready"),
            9, "sidecars.nginx.depends_on.api", "container dependency status must be one of START, COMPLETE, SUCCESS or HEALTHY"),
        Arguments.of("sidecar image with build and location",
            withHeader("sidecars:", "  nginx:", "    image:", "      build: nginx/Dockerfile", "      location: nginx"),
            9, "sidecars.nginx.image.location", "must specify one of \"build\" and \"location\""),
        Arguments.of("main image with build and location",
            List.of("name: api", "type: Backend Service", "image:", "  build: Dockerfile", "  location: api").stream()
                .reduce((a, b) -> a + "\n" + b).get() + "\n",
            5, "image.location", "must specify one of \"build\" and \"location\""),
        Arguments.of("unknown workload type",
            "name: api\ntype: Static Site Service\n",
            2, "type", "unknown workload type 'Static Site Service'; expected one of Load Balanced Web Service, "
                + "Backend Service, Worker Service, Scheduled Job, Request-Driven Web Service, Static Site"),
        Arguments.of("a Static Site",
            "name: www\ntype: Static Site\nfiles:\n  - source: dist\n",
            2, "type", "a Static Site serves files from S3 and runs no containers"),
        Arguments.of("mount point without source volume",
            withHeader("sidecars:", "  nginx:", "    image: nginx", "    mount_points:", "      - path: /var/www"),
            9, "sidecars.nginx.mount_points[0]", "\"source_volume\" must be specified"),
        Arguments.of("secret with two forms",
            withHeader("secrets:", "  DB:", "    secretsmanager: db", "    from_cfn: export"),
            7, "secrets.DB", "cannot marshal \"secret\" field"),
        Arguments.of("entrypoint as a map",
            withHeader("entrypoint:", "  run: x"),
            6, "entrypoint", "unable to unmarshal \"entrypoint\" into string or slice of strings"),
        Arguments.of("entrypoint with an unclosed quote",
            withHeader("entrypoint: \"/bin/sh -c 'echo\""),
            5, "entrypoint", "unclosed single quote"),
        Arguments.of("both target container spellings",
            withHeader("http:", "  target_container: nginx", "  targetContainer: nginx"),
            7, "http.targetContainer", "must specify one, not both, of \"target_container\" and \"targetContainer\""),
        Arguments.of("undefined variable",
            withHeader("sidecars:", "  nginx:", "    image: nginx:${TAG}"),
            7, "sidecars.nginx.image", "environment variable \"TAG\" is not defined"),
        Arguments.of("health-check interval without unit",
            withHeader("sidecars:", "  nginx:", "    image: nginx", "    healthcheck:", "      interval: 10"),
            9, "sidecars.nginx.healthcheck.interval", "expected a duration such as 10s"),
        Arguments.of("name overridden per environment",
            withHeader("environments:", "  prod:", "    name: api2"),
            7, "environments.prod", "'name' cannot be set per environment"),
        Arguments.of("depends_on where Copilot does not read it",
            withHeader("depends_on:", "  nginx: start"),
            5, "", "'depends_on' is not a field here; did you mean 'image.depends_on'?"),
        Arguments.of("sidecars of a Request-Driven Web Service",
            lines("name: web", "type: Request-Driven Web Service", "image:", "  location: web:1", "  port: 80",
                "sidecars:", "  nginx:", "    image: nginx"),
            6, "", "'sidecars' is not a field of a Request-Driven Web Service (only of a Load Balanced Web Service, "
                + "Backend Service, Worker Service, Scheduled Job)"),
        Arguments.of("a key with a zero-width space",
            withHeader("varia\u200bbles:", "  A: b"),
            5, "", "unknown field 'varia\\u200bbles'; did you mean 'variables'?"),
        Arguments.of("misspelt field inside an environment override",
            withHeader("environments:", "  prod:", "    sidecars:", "      nginx:", "        imag: nginx:2"),
            9, "environments.prod.sidecars.nginx", "unknown field 'imag'; did you mean 'image'?"),
        Arguments.of("EFS with both managed and existing settings",
            withHeader("storage:", "  volumes:", "    data:", "      path: /data", "      efs:", "        id: fs-1", "        uid: 1000"),
            10, "storage.volumes.data.efs", "must specify one, not both, of \"uid/gid\" and \"id/root_dir/auth\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("manifests")
  void reportsLineAndMessage(String what, String manifest, int line, String path, String fragment) {
    ManifestException error = catchThrowableOfType(ManifestException.class,
        () -> CopilotManifest.reader().strict(true).read(manifest, "manifest.yml"));
    assertThat(error).as(what).isNotNull();
    assertThat(error.line()).as("line of: " + error.getMessage()).isEqualTo(line);
    assertThat(error.path()).as("path of: " + error.getMessage()).isEqualTo(path);
    assertThat(error.problem()).contains(fragment);
  }

  static Stream<Arguments> unknownFields() {
    return manifests().filter(arguments -> {
      String fragment = (String) arguments.get()[4];
      return fragment.startsWith("unknown field") || fragment.contains("is not a field") || fragment.contains("cannot be set");
    });
  }

  @ParameterizedTest(name = "by default: {0}")
  @MethodSource("unknownFields")
  void unknownFieldsAreWarningsAsCopilotIgnoresThem(String what, String manifest, int line, String path, String fragment) {
    CopilotManifest read = CopilotManifest.read(manifest, "manifest.yml");
    assertThat(read.warnings()).hasSize(1);
    assertThat(read.warnings().get(0).line()).isEqualTo(line);
    assertThat(read.warnings().get(0).code()).isEqualTo(ManifestException.UNKNOWN_FIELD);
    assertThat(read.warnings().get(0).message()).contains(fragment).endsWith("(Copilot ignores it)");
    assertThat(read.warnings().get(0).toString()).startsWith("manifest.yml:" + line + ":");
  }

  @org.junit.jupiter.api.Test
  void strictReadingReportsEveryUnknownKeyAndTheErrorThatStopsIt() {
    String manifest = withHeader(
        "lables: {a: b}", // 5
        "sidecars:",
        "  nginx:",
        "    image: nginx",
        "    mountPoints: []", // 9
        "    port: 80/icmp"); // 10
    ManifestException error = catchThrowableOfType(ManifestException.class,
        () -> CopilotManifest.reader().strict(true).read(manifest, "manifest.yml"));
    assertThat(error.problems()).extracting(ManifestException::line).containsExactly(5, 9, 10);
    assertThat(error.problems()).extracting(ManifestException::code)
        .containsExactly(ManifestException.UNKNOWN_FIELD, ManifestException.UNKNOWN_FIELD, ManifestException.INVALID);
  }

  @org.junit.jupiter.api.Test
  void aRootWithoutAnImageIsReadAndLeftToValidation() {
    CopilotManifest read = CopilotManifest.read("name: api\ntype: Backend Service\ncpu: 256\n", "m.yml");
    assertThat(read.workload().main().image().location()).isEmpty();
    assertThat(read.workload().main().image().build()).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void variablesAreInterpolatedWhenSupplied() {
    String manifest = withHeader("sidecars:", "  nginx:", "    image: nginx:${TAG}");
    assertThat(CopilotManifest.reader().variables(Map.of("TAG", "1.27")).read(manifest, "m.yml")
        .workload().sidecars().get(0).image().location()).contains("nginx:1.27");
  }
}
