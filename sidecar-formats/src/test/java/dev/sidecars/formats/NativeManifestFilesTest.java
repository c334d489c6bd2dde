package dev.sidecars.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sidecars.model.Container;
import dev.sidecars.model.Cpu;
import dev.sidecars.model.Memory;
import dev.sidecars.model.Workload;
import dev.sidecars.model.WorkloadType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeManifestFilesTest {
  private final NativeManifest manifest = NativeManifest.create();
  private final Workload workload = Workload.builder()
      .name("api")
      .type(WorkloadType.WORKER_SERVICE)
      .main(Container.builder().name("api").image("example/api:1.0").build())
      .build();

  @Test
  void writesJsonOrYamlByFileName(@TempDir Path dir) throws IOException {
    Path json = dir.resolve("api.json");
    Path yaml = dir.resolve("api.yml");
    manifest.write(workload, json);
    manifest.write(workload, yaml);
    assertThat(Files.readString(json)).startsWith("{");
    assertThat(Files.readString(yaml)).startsWith("apiVersion: sidecars.dev/v1alpha1\n");
    assertThat(manifest.readWorkload(json)).isEqualTo(workload);
    assertThat(manifest.readWorkload(yaml)).isEqualTo(workload);
  }

  @Test
  void errorsNameTheFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("broken.yml");
    Files.writeString(file, "apiVersion: sidecars.dev/v1alpha1\nkind: Workload\nnmae: api\n");
    assertThatThrownBy(() -> manifest.readWorkload(file))
        .isInstanceOf(ManifestException.class)
        .hasMessage(file + ":1:1: missing required field 'name'\n"
            + file + ":3:1: unknown field 'nmae'; did you mean 'name'?");
  }

  @Test
  void missingFileIsAManifestException(@TempDir Path dir) {
    Path missing = dir.resolve("nope.yml");
    assertThatThrownBy(() -> manifest.readWorkload(missing))
        .isInstanceOf(ManifestException.class)
        .hasMessage(missing + ": no such file; check the path.");
  }

  @Test
  void invalidUtf8IsAManifestException(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("latin1.yml");
    Files.write(file, new byte[] {'a', ':', ' ', (byte) 0xE9, '\n'});
    assertThatThrownBy(() -> manifest.readWorkload(file))
        .isInstanceOf(ManifestException.class)
        .hasMessage(file + ": is not UTF-8 text; pass a YAML or JSON manifest.");
  }

  @Test
  void kindOfTellsDocumentsApart() {
    assertThat(manifest.kindOf(manifest.write(workload, ManifestFormat.YAML), "w.yml"))
        .isEqualTo("Workload");
    assertThat(manifest.kindOf("apiVersion: sidecars.dev/v1alpha1\nkind: SidecarTemplate\n", "t.yml"))
        .isEqualTo("SidecarTemplate");
  }

  @Test
  void formatDetection() {
    assertThat(ManifestFormat.detect("\uFEFF  {\"a\": 1}")).isEqualTo(ManifestFormat.JSON);
    assertThat(ManifestFormat.detect("a: 1")).isEqualTo(ManifestFormat.YAML);
    assertThat(ManifestFormat.detect("")).isEqualTo(ManifestFormat.YAML);
  }

  @Test
  void aBareNumberIsReadInTheManifestsDocumentedUnitCoresAndBytes() {
    Workload read = manifest.readWorkload(String.join("\n", "apiVersion: sidecars.dev/v1alpha1", "kind: Workload",
        "name: api", "type: worker-service", "cpu: 2", "memory: 128974848", "main:", "  name: api",
        "  image: example/api:1.0", ""), "api.yaml");
    assertThat(read.cpu()).contains(Cpu.ofMillicores(2000));
    assertThat(read.memory()).contains(Memory.ofBytes(128_974_848L));
  }
}
