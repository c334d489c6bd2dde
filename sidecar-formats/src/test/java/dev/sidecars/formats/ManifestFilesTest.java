package dev.sidecars.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sidecars.formats.copilot.CopilotManifest;
import dev.sidecars.formats.mia.MiaItem;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestFilesTest {
  @TempDir Path dir;

  @Test
  void aDirectoryAnEmptyFileAndBinaryDataAreRefusedWithOneSentence() throws IOException {
    assertThatThrownBy(() -> ManifestFiles.read(dir))
        .isInstanceOf(ManifestException.class).hasMessage(dir + ": is a directory; pass the manifest file inside it.");
    Path empty = Files.writeString(dir.resolve("empty.yml"), "\uFEFF\n \n");
    assertThatThrownBy(() -> ManifestFiles.read(empty)).hasMessage(empty
        + ": is empty; expected a Copilot manifest, a Mia-Platform sidecar item or a Sidecars manifest.");
    Path binary = Files.write(dir.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1});
    assertThatThrownBy(() -> ManifestFiles.read(binary))
        .hasMessage(binary + ": is not UTF-8 text (a NUL byte at offset 4); pass a YAML or JSON manifest.");
  }

  @Test
  void theSizeIsCheckedBeforeReadingAndMatchesWhatTheParserTakes() throws IOException {
    Path big = dir.resolve("big.yml");
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(ManifestFiles.MAX_BYTES + 1L);
    }
    assertThatThrownBy(() -> ManifestFiles.read(big))
        .hasMessage(big + ": is 4.0 MB, over the 4 MB limit for a manifest; check that it is the right file.");
    Path largest = Files.writeString(dir.resolve("largest.yml"),
        "name: x\n" + "#".repeat(ManifestFiles.MAX_BYTES - "name: x\n".length()), StandardCharsets.UTF_8);
    assertThat(ManifestFiles.read(largest)).hasSize(ManifestFiles.MAX_BYTES);
  }

  @Test
  void everyDialectReadsFilesThroughIt() {
    Path missing = dir.resolve("missing.yml");
    String expected = missing + ": no such file; check the path.";
    assertThatThrownBy(() -> CopilotManifest.read(missing)).isInstanceOf(ManifestException.class).hasMessage(expected);
    assertThatThrownBy(() -> MiaItem.read(missing)).isInstanceOf(ManifestException.class).hasMessage(expected);
    assertThatThrownBy(() -> NativeManifest.create().readPatch(missing)).isInstanceOf(ManifestException.class).hasMessage(expected);
    assertThatThrownBy(() -> NativeManifest.create().readTemplate(missing)).isInstanceOf(ManifestException.class).hasMessage(expected);
  }

  @Test
  void aDeviceWithoutEndIsReadNoFurtherThanTheLimit() {
    // /dev/zero has no size and never ends; reading it all would fill the heap
    Path zero = Path.of("/dev/zero");
    assertThatThrownBy(() -> ManifestFiles.read(zero))
        .isInstanceOf(ManifestException.class)
        .hasMessage("/dev/zero: holds more than the 4 MB limit for a manifest; check that it is the right file.");
  }

  @Test
  void aPipeLargerThanTheLimitIsRefused() throws Exception {
    Path fifo = dir.resolve("pipe");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(mkfifo.waitFor()).isZero();
    Thread writer = new Thread(() -> {
      try (OutputStream out = Files.newOutputStream(fifo)) {
        byte[] line = "a: b\n".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 2 * 1024 * 1024; i++) {
          out.write(line);
        }
      } catch (IOException e) {
        // the reader stopped reading: the pipe is closed on the writer
      }
    });
    writer.start();
    assertThatThrownBy(() -> ManifestFiles.read(fifo))
        .isInstanceOf(ManifestException.class)
        .hasMessageEndingWith(": holds more than the 4 MB limit for a manifest; check that it is the right file.");
    writer.join(10_000);
  }
}
