package dev.sidecars.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sidecars.formats.ManifestWarning;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real Kubernetes manifests (src/test/resources/dev/sidecars/k8s/import/README.md): every
 * workload in them imports and validates without an error, emits objects that client-java's
 * strict model accepts, and importing the emitted YAML gives the same workload back.
 */
class KubernetesImportCorpusTest {

  static Stream<Path> corpus() throws URISyntaxException, IOException {
    Path dir = Path.of(KubernetesImportCorpusTest.class.getResource("import").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().collect(Collectors.toList()).stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void importsEmitsAndImportsBackTheSame(Path file) throws Exception {
    List<KubernetesImport> workloads = KubernetesWorkloadReader.create().read(file);
    assertThat(workloads).isNotEmpty();
    for (KubernetesImport imported : workloads) {
      assertThat(imported.validate().errors()).as(imported.workload().name()).isEmpty();
      KubernetesResult result = imported.emitter().build().emit(imported.workload());
      KubernetesOracle.check(result);
      List<KubernetesImport> again = KubernetesWorkloadReader.create().read(result.toYaml(), "emitted.yaml");
      assertThat(again).hasSize(1);
      assertThat(again.get(0).workload()).as(result.toYaml()).isEqualTo(imported.workload());
      for (ManifestWarning warning : imported.warnings()) {
        assertThat(warning.line()).as(warning.message()).isPositive();
      }
    }
  }
}
