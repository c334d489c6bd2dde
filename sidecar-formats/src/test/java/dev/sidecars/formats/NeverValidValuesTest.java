package dev.sidecars.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What no target can run (a port outside 1-65535, a blank container name or image) cannot be
 * built, and every reader reports it as one error at the value's own line and column.
 */
class NeverValidValuesTest {
  private static final String NATIVE = String.join("\n",
      "apiVersion: sidecars.dev/v1alpha1", "kind: Workload", "name: api", "type: backend-service", "main:", "");
  private static final String COPILOT = "name: api\ntype: Backend Service\nimage:\n";
  private static final String MIA = String.join("\n", "name: Proxy", "itemId: proxy", "description: d", "type: sidecar",
      "tenantId: t", "documentation: {type: externalLink, url: 'https://x'}", "resources:", "");

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(NATIVE + "  name: api\n  image: x\n  ports: [\"70000\"]\n", 8, 11, "main.ports[0]",
            "port 70000 is outside 1-65535"),
        Arguments.of(NATIVE + "  name: api\n  image: ' '\n", 7, 10, "main.image",
            "container api has a blank image; give an image reference"),
        Arguments.of(NATIVE + "  name: ''\n  image: nginx:1\n", 6, 9, "main.name",
            "a container needs a name, and the one with image nginx:1 has a blank one"),
        Arguments.of(COPILOT + "  location: nginx\n  port: 0\n", 5, 9, "image.port", "port 0 is outside 1-65535"),
        Arguments.of(COPILOT + "  location: ' '\n", 4, 13, "image.location",
            "the image is blank; give an image reference"),
        Arguments.of(COPILOT + "  location: nginx\nsidecars:\n  '':\n    image: envoy\n", 6, 3, "sidecars.",
            "a sidecar needs a name, and this one has a blank one"),
        Arguments.of(COPILOT + "  location: nginx\nsidecars:\n  envoy:\n    image: ''\n", 7, 12, "sidecars.envoy.image",
            "the image is blank; give an image reference"),
        Arguments.of(MIA + "  name: proxy\n  dockerImage: proxy:1\n  containerPorts:\n  - {name: http, from: 80, to: 70000}\n",
            11, 32, "resources.containerPorts[0].to", "port 70000 is outside 1-65535"),
        Arguments.of(MIA + "  name: proxy\n  dockerImage: proxy:1\n  containerPorts:\n  - {name: http, from: 0, to: 80}\n",
            11, 24, "resources.containerPorts[0].from", "service port 0 (in front of port 80) is outside 1-65535"),
        Arguments.of(NATIVE + "  name: api\n  image: x\n  ports:\n  - {number: 431817, protocol: tcp}\n", 9, 14,
            "main.ports[0].number", "port 431817 is outside 1-65535"),
        Arguments.of(COPILOT + "  location: nginx\n  port: 80\nhttp:\n  path: /\n  additional_rules:\n"
            + "  - path: /admin\n    target_port: 80800\n", 10, 18, "http.additional_rules[0].target_port",
            "port 80800 is outside 1-65535"),
        Arguments.of(MIA + "  name: proxy\n  dockerImage: ' '\n", 9, 16, "resources.dockerImage",
            "container proxy has a blank image; give an image reference"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void theReaderReportsItAtTheValue(String text, int line, int column, String path, String problem) {
    ManifestException e = catchThrowableOfType(ManifestException.class,
        () -> ManifestReader.create().read(text, "file.yaml"));
    assertThat(e).as("refused").isNotNull();
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problem()).isEqualTo(problem);
    assertThat(e.path()).isEqualTo(path);
    assertThat(e.line()).isEqualTo(line);
    assertThat(e.column()).isEqualTo(column);
    assertThat(e.code()).isEqualTo(ManifestException.INVALID);
  }
}
