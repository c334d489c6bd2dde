package dev.sidecars.formats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sidecars.model.Origin;
import dev.sidecars.model.SourceMap;
import org.junit.jupiter.api.Test;

class NativeSourcesTest {
  private static final String DOC = String.join("\n",
      "apiVersion: sidecars.dev/v1alpha1", // 1
      "kind: Workload", // 2
      "name: api", // 3
      "type: backend-service", // 4
      "main:", // 5
      "  name: api", // 6
      "  image: example/api:1.0", // 7
      "  dependsOn:", // 8
      "    envoy: healthy", // 9
      "sidecars:", // 10
      "- name: envoy", // 11
      "  image: envoyproxy/envoy:v1.31", // 12
      "  ports:", // 13
      "  - 9901/tcp", // 14
      "  environment:", // 15
      "    LOG_LEVEL: info", // 16
      "logging:", // 17
      "  destination:", // 18
      "    Name: cloudwatch") + "\n"; // 19

  @Test
  void everyElementKnowsItsLine() {
    SourceMap sources = NativeManifest.create().readWorkloadWithSources(DOC, "api.yml").sources();

    assertThat(sources.find("main.dependsOn.envoy")).contains(Origin.of("api.yml", 9, 12, "main.dependsOn.envoy"));
    assertThat(sources.find("sidecars.envoy").orElseThrow().line()).isEqualTo(11);
    assertThat(sources.find("sidecars.envoy.ports[9901/tcp]")).contains(Origin.of("api.yml", 14, 5, "sidecars[0].ports[0]"));
    assertThat(sources.find("sidecars.envoy.environment.LOG_LEVEL").orElseThrow().line()).isEqualTo(16);
    assertThat(sources.find("logging.destination.Name").orElseThrow().line()).isEqualTo(19);
    assertThat(sources.find("type").orElseThrow().line()).isEqualTo(4);
  }

  @Test
  void unknownPathsFallBackToTheNearestAncestor() {
    SourceMap sources = NativeManifest.create().readWorkloadWithSources(DOC, "api.yml").sources();
    assertThat(sources.find("sidecars.envoy.healthCheck.interval").orElseThrow().line()).isEqualTo(11);
    assertThat(sources.find("nowhere")).isEmpty();
  }
}
