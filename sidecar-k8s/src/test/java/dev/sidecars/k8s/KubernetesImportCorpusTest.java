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

  /** A kept field with its value's maps in key order, since the emitter orders keys its own way. */
  private static String canonical(KeptField field) {
    return field.anchor + field.container.map(c -> "[" + c + "]").orElse("") + "." + String.join(".", field.path)
        + (field.append ? " += " : " = ") + sorted(field.value);
  }

  private static Object sorted(Object value) {
    if (value instanceof java.util.Map) {
      java.util.Map<String, Object> out = new java.util.TreeMap<>();
      ((java.util.Map<?, ?>) value).forEach((k, v) -> out.put(String.valueOf(k), sorted(v)));
      return out;
    }
    if (value instanceof List) {
      List<Object> out = new java.util.ArrayList<>();
      ((List<?>) value).forEach(v -> out.add(sorted(v)));
      return out;
    }
    return value;
  }

  /**
   * What the model does not hold but the render writes back is in the render: importing it
   * again keeps every such field of the file, with its value, and the render passes the
   * strict model.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void theFieldsARenderKeepsAreInTheRender(Path file) throws Exception {
    for (KubernetesImport imported : KubernetesWorkloadReader.create().read(file)) {
      KubernetesResult result = imported.emitter().build().emit(imported.workload());
      KubernetesOracle.check(result);
      KubernetesImport again = KubernetesWorkloadReader.create().read(result.toYaml(), "emitted.yaml").get(0);
      List<String> before = imported.kept().stream().map(KubernetesImportCorpusTest::canonical)
          .collect(java.util.stream.Collectors.toList());
      List<String> after = again.kept().stream().map(KubernetesImportCorpusTest::canonical)
          .collect(java.util.stream.Collectors.toList());
      assertThat(after).as(result.toYaml()).containsAll(before);
      long said = imported.warnings().stream().filter(w -> w.message().contains("is kept, not modelled: a Kubernetes render")).count();
      if (imported.kept().isEmpty()) {
        assertThat(said).isZero();
      } else {
        assertThat(said).as("one warning per kept field or map of labels").isBetween(1L, (long) imported.kept().size());
      }
    }
  }
}
