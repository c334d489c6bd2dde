package dev.sidecars.formats.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sidecars.formats.ManifestException;
import dev.sidecars.formats.ManifestFormat;
import dev.sidecars.formats.NativeManifest;
import dev.sidecars.formats.copilot.CopilotManifest;
import dev.sidecars.formats.mia.MiaItem;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.function.Executable;

/**
 * Fuzz tests of the three readers. The property: whatever the bytes, a reader returns a value
 * that writes back, or throws {@link ManifestException}; never another exception, and never
 * past the timeout.
 *
 * <p>{@code mvn verify} runs each method once per file in its corpus under
 * {@code src/test/resources/dev/sidecars/formats/fuzz/ReadersFuzzTestInputs/<method>/}
 * (Jazzer's regression mode). {@code mvn -P fuzz verify} fuzzes each method for a set time
 * (docs/testing.md); an input that breaks the property is written to the project directory,
 * and belongs in that corpus once the bug is fixed.
 */
class ReadersFuzzTest {
  private static final NativeManifest NATIVE = NativeManifest.create();

  /** How long {@code -P fuzz} fuzzes each method; the regression run ignores it. */
  private static final String FUZZ_TIME = "3m";

  /** Far above what any input takes (milliseconds); a bound, not a benchmark. */
  private static final Duration BOUND = Duration.ofSeconds(10);

  private static String text(byte[] data) {
    return new String(data, StandardCharsets.UTF_8);
  }

  /**
   * Runs a read within the time bound. JUnit's {@code @Timeout} would bound the whole fuzzing
   * session instead, so the bound is per input here.
   */
  private static void bounded(Executable read) {
    assertTimeoutPreemptively(BOUND, () -> {
      try {
        read.execute();
      } catch (ManifestException expected) {
        // a clear answer
      }
    });
  }

  @FuzzTest(maxDuration = FUZZ_TIME)
  void nativeManifest(byte[] data) {
    String text = text(data);
    bounded(() -> {
      switch (NATIVE.kindOf(text, "fuzz.yaml")) {
        case "Workload" -> NATIVE.write(NATIVE.readWorkloadWithSources(text, "fuzz.yaml").value(),
            ManifestFormat.YAML);
        case "SidecarTemplate" -> NATIVE.write(NATIVE.readTemplate(text, "fuzz.yaml"), ManifestFormat.JSON);
        default -> NATIVE.readPatch(text, "fuzz.yaml");
      }
    });
  }

  @FuzzTest(maxDuration = FUZZ_TIME)
  void copilotManifest(byte[] data) {
    bounded(() -> {
      CopilotManifest manifest = CopilotManifest.read(text(data), "manifest.yml");
      manifest.write();
      for (String environment : manifest.environments()) {
        manifest.workload(environment);
      }
    });
  }

  @FuzzTest(maxDuration = FUZZ_TIME)
  void miaItem(byte[] data) {
    bounded(() -> MiaItem.read(text(data), "item.json").write());
  }
}
