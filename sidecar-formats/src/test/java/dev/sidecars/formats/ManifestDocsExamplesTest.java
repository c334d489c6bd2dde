package dev.sidecars.formats;

import static org.assertj.core.api.Assertions.assertThat;

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
  void docHasAnExamplePerFeature() {
    assertThat(examples()).hasSizeGreaterThanOrEqualTo(11);
  }

  @TestFactory
  Stream<DynamicTest> everyExampleRoundTrips() {
    List<String> examples = examples();
    return examples.stream()
        .map(text -> DynamicTest.dynamicTest("example " + (examples.indexOf(text) + 1), () -> {
          String source = "docs/manifest.md#" + (examples.indexOf(text) + 1);
          if (manifest.kindOf(text, source).equals("SidecarTemplate")) {
            SidecarTemplate template = manifest.readTemplate(text, source);
            for (ManifestFormat format : ManifestFormat.values()) {
              assertThat(manifest.readTemplate(manifest.write(template, format), source))
                  .isEqualTo(template);
            }
          } else {
            Workload workload = manifest.readWorkload(text, source);
            for (ManifestFormat format : ManifestFormat.values()) {
              assertThat(manifest.readWorkload(manifest.write(workload, format), source))
                  .isEqualTo(workload);
            }
          }
        }));
  }
}
