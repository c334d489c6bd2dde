package dev.sidecars.formats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sidecars.model.Catalog;
import dev.sidecars.model.SidecarTemplate;
import dev.sidecars.model.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every YAML and JSON example in docs/manifest.md reads, and round-trips in both notations. */
class ManifestDocsExamplesTest {
  private static final Pattern BLOCK = Pattern.compile("```(yaml|json)\\n(.*?)```", Pattern.DOTALL);
  private final NativeManifest manifest = NativeManifest.create();

  private static List<String> examples() {
    String doc = ProjectFiles.read("../docs/manifest.md");
    Matcher matcher = BLOCK.matcher(doc);
    List<String> blocks = new ArrayList<>();
    while (matcher.find()) {
      blocks.add(matcher.group(2));
    }
    return blocks;
  }

  @Test
  void docHasAnExamplePerKind() {
    assertThat(examples()).extracting(t -> manifest.kindOf(t, "docs/manifest.md")).contains("Workload", "SidecarTemplate",
        "ContainerPatch");
    assertThat(examples().stream().filter(t -> manifest.kindOf(t, "docs/manifest.md").equals("ContainerPatch")))
        .as("one patch, whose effect everyExampleRoundTrips checks").hasSize(1);
  }

  @TestFactory
  Stream<DynamicTest> everyExampleRoundTrips() {
    List<String> examples = examples();
    Catalog catalog = Catalog.inMemory();
    for (String text : examples) {
      if (manifest.kindOf(text, "docs/manifest.md").equals("SidecarTemplate")) {
        catalog.apply(manifest.readTemplate(text, "docs/manifest.md"));
      }
    }
    return examples.stream()
        .map(text -> DynamicTest.dynamicTest("example " + (examples.indexOf(text) + 1), () -> {
          String source = "docs/manifest.md#" + (examples.indexOf(text) + 1);
          String kind = manifest.kindOf(text, source);
          if (kind.equals("SidecarTemplate")) {
            SidecarTemplate template = manifest.readTemplate(text, source);
            for (ManifestFormat format : ManifestFormat.values()) {
              assertThat(manifest.readTemplate(manifest.write(template, format), source))
                  .isEqualTo(template);
            }
          } else if (kind.equals("ContainerPatch")) {
            // the doc's one patch: a new image, a variable upserted and one removed, labels replaced
            dev.sidecars.model.Container base = dev.sidecars.model.Container.builder().name("helper").image("old:1")
                .putEnvironment("LEGACY_FLAG", "on").putEnvironment("KEEP", "yes").putLabel("owner", "me").build();
            dev.sidecars.model.Container patched = manifest.readPatch(text, source).applyTo(base);
            assertThat(patched.image().location()).contains("ghcr.io/my-sidecar:1.1");
            assertThat(patched.environment()).containsOnlyKeys("KEEP", "LOG_LEVEL");
            assertThat(patched.environment().get("LOG_LEVEL").value()).isEqualTo("debug");
            assertThat(patched.labels()).containsExactly(java.util.Map.entry("team", "platform"));
            assertThat(patched.name()).isEqualTo("helper");
          } else {
            Workload workload = manifest.readWorkloadWithSources(text, source, catalog).value();
            for (ManifestFormat format : ManifestFormat.values()) {
              assertThat(manifest.readWorkload(manifest.write(workload, format), source))
                  .isEqualTo(workload);
            }
          }
        }));
  }

  @Test
  void theTemplateReferenceExampleGetsTheTemplatesContainerWithItsChanges() {
    String text = examples().stream().filter(t -> t.contains("template:")).findFirst().orElseThrow();
    Catalog catalog = Catalog.inMemory();
    examples().stream().filter(t -> t.contains("kind: SidecarTemplate"))
        .forEach(t -> catalog.apply(manifest.readTemplate(t, "docs/manifest.md")));
    dev.sidecars.model.Container helper = manifest.readWorkloadWithSources(text, "docs", catalog).value().sidecars().get(0);
    assertThat(helper.name()).isEqualTo("helper");
    assertThat(helper.image().location()).contains("ghcr.io/my-sidecar:1.0");
    assertThat(helper.ports()).isEmpty();
    assertThat(helper.environment()).containsOnlyKeys("MODE");
  }
}
