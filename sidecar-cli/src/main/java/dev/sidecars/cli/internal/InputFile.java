package dev.sidecars.cli.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a manifest file as text, refusing what cannot be a manifest with one sentence: a missing
 * file, a directory, an empty file, binary data, or a file over {@value #MAX_MEGABYTES} MB.
 */
public final class InputFile {
  /** The largest manifest read, in megabytes; real manifests are a few kilobytes. */
  public static final int MAX_MEGABYTES = 10;

  private static final long MAX_BYTES = MAX_MEGABYTES * 1024L * 1024L;

  private InputFile() {}

  /**
   * Reads a file.
   *
   * @param file the file
   * @return its text, UTF-8 decoded
   * @throws CliException with exit code 2 when the file cannot be a manifest
   */
  public static String read(Path file) {
    if (Files.isDirectory(file)) {
      throw new CliException(CliException.UNUSABLE, file + ": is a directory; pass the manifest file inside it.");
    }
    if (!Files.exists(file)) {
      throw new CliException(CliException.UNUSABLE, file + ": no such file; check the path.");
    }
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new CliException(CliException.UNUSABLE, String.format(Locale.ROOT,
            "%s: is %.1f MB, over the %d MB limit for a manifest; check that it is the right file.",
            file, size / (1024.0 * 1024.0), MAX_MEGABYTES));
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new CliException(CliException.UNUSABLE, file + ": no such file; check the path.", e);
    } catch (IOException e) {
      throw new CliException(CliException.UNUSABLE,
          file + ": cannot be read (" + e.getMessage() + "); check its permissions.", e);
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw binary(file, i, null);
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
      throw binary(file, -1, e);
    }
    if (text.replace("\uFEFF", "").isBlank()) {
      throw new CliException(CliException.UNUSABLE, file
          + ": is empty; expected a Copilot manifest, a Mia-Platform sidecar item or a Sidecars manifest.");
    }
    return text;
  }

  private static CliException binary(Path file, int offset, Exception cause) {
    String where = offset >= 0 ? " (a NUL byte at offset " + offset + ")" : "";
    return new CliException(CliException.UNUSABLE,
        file + ": is not UTF-8 text" + where + "; pass a YAML or JSON manifest.", cause);
  }
}
