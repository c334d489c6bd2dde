package dev.sidecars.ecs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sidecars.formats.ManifestWarning;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real task definitions (src/test/resources/dev/sidecars/ecs/import/README.md): each imports,
 * validates and emits for its launch type without an error, the emitted request passes the
 * AWS SDK's strict model and the registration rules, and importing the emitted request gives
 * the same workload back.
 */
class EcsImportCorpusTest {

  static Stream<Path> corpus() throws URISyntaxException, IOException {
    Path dir = Path.of(EcsImportCorpusTest.class.getResource("import").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().collect(Collectors.toList()).stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void importsEmitsAndImportsBackTheSame(Path file) throws Exception {
    EcsImport imported = EcsTaskDefinitionReader.create().read(file);
    EcsTaskDefinition emitted = imported.emitter().build().emit(imported.workload());
    String json = emitted.toApiJson();
    RegistrationOracle.accept(json);
    EcsImport again = EcsTaskDefinitionReader.create().read(json, "emitted.json");
    assertThat(again.workload()).as(json).isEqualTo(imported.workload());
    assertThat(again.compatibility()).isEqualTo(imported.compatibility());
    for (ManifestWarning warning : imported.warnings()) {
      assertThat(warning.line()).as(warning.message()).isPositive();
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
