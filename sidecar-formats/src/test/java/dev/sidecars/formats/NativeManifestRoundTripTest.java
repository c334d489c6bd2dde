package dev.sidecars.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.sidecars.model.Workload;
import org.junit.jupiter.api.Test;

/** Writing a value and reading it back gives an equal value, and writing is deterministic. */
class NativeManifestRoundTripTest {
  private static final int EXAMPLES = 400;
  private final NativeManifest manifest = NativeManifest.create();

  @Test
  void workloadRoundTripsThroughYaml() {
    qt().withExamples(EXAMPLES).withShrinkCycles(20)
        .forAll(ModelGenerators.workloads())
        .checkAssert(w -> {
          String yaml = manifest.write(w, ManifestFormat.YAML);
          assertThat(manifest.readWorkload(yaml, "generated.yml")).as(yaml).isEqualTo(w);
        });
  }

  @Test
  void workloadRoundTripsThroughJson() {
    qt().withExamples(EXAMPLES).withShrinkCycles(20)
        .forAll(ModelGenerators.workloads())
        .checkAssert(w -> {
          String json = manifest.write(w, ManifestFormat.JSON);
          assertThat(manifest.readWorkload(json, "generated.json")).as(json).isEqualTo(w);
        });
  }

  @Test
  void templateRoundTripsThroughYamlAndJson() {
    qt().withExamples(EXAMPLES).withShrinkCycles(20)
        .forAll(ModelGenerators.templates())
        .checkAssert(t -> {
          String yaml = manifest.write(t, ManifestFormat.YAML);
          String json = manifest.write(t, ManifestFormat.JSON);
          assertThat(manifest.readTemplate(yaml, "generated.yml")).as(yaml).isEqualTo(t);
          assertThat(manifest.readTemplate(json, "generated.json")).as(json).isEqualTo(t);
        });
  }

  @Test
  void writingIsDeterministic() {
    qt().withExamples(100).withShrinkCycles(20)
        .forAll(ModelGenerators.workloads())
        .checkAssert(w -> {
          String first = manifest.write(w, ManifestFormat.YAML);
          Workload copy = manifest.readWorkload(first, "generated.yml");
          assertThat(manifest.write(copy, ManifestFormat.YAML)).isEqualTo(first);
          assertThat(manifest.write(copy, ManifestFormat.JSON))
              .isEqualTo(manifest.write(w, ManifestFormat.JSON));
        });
  }
}
