package dev.sidecars.formats;

import dev.sidecars.formats.internal.TreeParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads manifest files as text, and refuses with one sentence what cannot be a manifest: a
 * missing file, a directory, a file over {@link #MAX_BYTES} bytes (checked before it is read,
 * and for a device, FIFO or pipe by reading no further than one byte past the limit),
 * binary data or other text than UTF-8, and an empty file. Every reader's {@code read(Path)}
 * goes through here.
 */
public final class ManifestFiles {
  /**
   * The largest file read, 4 MiB: the most characters a reader parses. Real manifests are a few
   * kilobytes, so the bound keeps a wrong file from costing memory.
   */
  public static final int MAX_BYTES = TreeParser.MAX_DOCUMENT_CHARS;

  private ManifestFiles() {}

  /**
   * Reads a file.
   *
   * @param file the file
   * @return its text, decoded as UTF-8, with a leading byte-order mark kept
   * @throws ManifestException naming the file and what to do, without a line
   */
  public static String read(Path file) {
    if (Files.isDirectory(file)) {
      throw refused(file, "is a directory; pass the manifest file inside it.", null);
    }
    if (!Files.exists(file)) {
      throw refused(file, "no such file; check the path.", null);
    }
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw refused(file, String.format(Locale.ROOT,
            "is %.1f MB, over the %d MB limit for a manifest; check that it is the right file.",
            size / (1024.0 * 1024.0), MAX_BYTES / (1024 * 1024)), null);
      }
      // a device, a FIFO or a pipe has no size: read one byte past the limit at most
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes(MAX_BYTES + 1);
      }
      if (bytes.length > MAX_BYTES) {
        throw refused(file, String.format(Locale.ROOT,
            "holds more than the %d MB limit for a manifest; check that it is the right file.",
            MAX_BYTES / (1024 * 1024)), null);
      }
    } catch (NoSuchFileException e) {
      throw refused(file, "no such file; check the path.", e);
    } catch (IOException e) {
      throw refused(file, "cannot be read (" + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); check its permissions.", e);
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw refused(file, "is not UTF-8 text (a NUL byte at offset " + i + "); pass a YAML or JSON manifest.", null);
      }
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw refused(file, "is not UTF-8 text; pass a YAML or JSON manifest.", e);
    }
    if (text.replace("\uFEFF", "").isBlank()) {
      throw refused(file,
          "is empty; expected a Copilot manifest, a Mia-Platform sidecar item or a Sidecars manifest.", null);
    }
    return text;
  }

  private static ManifestException refused(Path file, String problem, Exception cause) {
    return new ManifestException(file.toString(), 0, 0, "", problem, cause);
  }
}
