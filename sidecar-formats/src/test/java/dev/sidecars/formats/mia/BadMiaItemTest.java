package dev.sidecars.formats.mia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sidecars.formats.ManifestException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Malformed Mia-Platform items (YAML, for readable line numbers; JSON goes through the same reader). */
class BadMiaItemTest {
  private static final String HEAD =
      "name: My sidecar\n" // 1
          + "itemId: my-sidecar\n" // 2
          + "description: A very simple sidecar\n" // 3
          + "type: sidecar\n" // 4
          + "tenantId: my-tenant-id\n" // 5
          + "documentation:\n" // 6
          + "  type: externalLink\n" // 7
          + "  url: https://github.com/my-sidecar/docs\n"; // 8

  private static String item(String resources) {
    return HEAD + "resources:\n  name: my-sidecar\n  dockerImage: ghcr.io/my-sidecar:1.0\n" + resources;
  }

  static Stream<Arguments> items() {
    return Stream.of(
        Arguments.of("type is not sidecar", HEAD.replace("type: sidecar", "type: plugin") + "resources: {name: x, dockerImage: y}\n",
            4, "type", "must be \"sidecar\" for a sidecar item, not \"plugin\""),
        Arguments.of("no type and no itemTypeDefinitionRef", HEAD.replace("type: sidecar\n", "") + "resources: {name: x, dockerImage: y}\n",
            1, "", "missing required field 'type'"),
        Arguments.of("no description", HEAD.replace("description: A very simple sidecar\n", "") + "resources: {name: x, dockerImage: y}\n",
            1, "", "missing required field 'description'"),
        Arguments.of("no resources", HEAD, 1, "", "missing required field 'resources'"),
        Arguments.of("no dockerImage", HEAD + "resources:\n  name: my-sidecar\n",
            10, "resources", "missing required field 'dockerImage'"),
        Arguments.of("misspelt resources field", item("  containerPort:\n  - {from: 80, to: 5000}\n"),
            12, "resources", "unknown field 'containerPort'; did you mean 'containerPorts'?"),
        Arguments.of("port as words", item("  containerPorts:\n  - {from: eighty, to: 5000}\n"),
            13, "resources.containerPorts[0].from", "expected an integer or a numeric string"),
        Arguments.of("lower-case protocol", item("  containerPorts:\n  - {from: 80, to: 5000, protocol: tcp}\n"),
            13, "resources.containerPorts[0].protocol", "protocol must be \"TCP\" or \"UDP\", not \"tcp\""),
        Arguments.of("port without from or to", item("  containerPorts:\n  - {name: http}\n"),
            13, "resources.containerPorts[0]", "a container port needs 'from' or 'to'"),
        Arguments.of("unresolved placeholder as a port", item("  containerPorts:\n  - {from: '{{PORT}}', to: 5000}\n"),
            13, "resources.containerPorts[0].from", "the placeholder {{PORT}} needs a value"),
        Arguments.of("unknown valueType", item("  defaultEnvironmentVariables:\n  - {name: A, valueType: vault}\n"),
            13, "resources.defaultEnvironmentVariables[0].valueType", "unknown valueType 'vault'"),
        Arguments.of("secret variable without key", item("  defaultEnvironmentVariables:\n  - {name: A, valueType: secret, secretName: s}\n"),
            13, "resources.defaultEnvironmentVariables[0]", "missing required field 'secretKey'"),
        Arguments.of("CPU in cores with an unknown suffix", item("  defaultResources:\n    cpuLimits: {min: 1 core}\n"),
            13, "resources.defaultResources.cpuLimits.min", "is not a quantity"),
        Arguments.of("unknown probe field", item("  defaultProbes:\n    liveness: {path: /, port: '80', delay: 5}\n"),
            13, "resources.defaultProbes.liveness", "unknown field 'delay'"),
        Arguments.of("unknown documentation type", HEAD.replace("type: externalLink", "type: wiki") + "resources: {name: x, dockerImage: y}\n",
            7, "documentation.type", "unknown documentation type 'wiki'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("items")
  void reportsLineAndMessage(String what, String text, int line, String path, String fragment) {
    ManifestException error = catchThrowableOfType(ManifestException.class, () -> MiaItem.read(text, "item.yaml"));
    assertThat(error).as(what).isNotNull();
    assertThat(error.line()).as("line of: " + error.getMessage()).isEqualTo(line);
    assertThat(error.path()).as("path of: " + error.getMessage()).isEqualTo(path);
    assertThat(error.problem()).contains(fragment);
  }
}
