package dev.sidecars.formats.internal;

import dev.sidecars.formats.ManifestException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a manifest file as UTF-8, turning every failure into a {@link ManifestException}. */
public final class SourceFiles {
  private SourceFiles() {}

  /**
   * Reads a file.
   *
   * @param file the file
   * @return its text
   * @throws ManifestException naming the file when it cannot be read or is not UTF-8
   */
  public static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new ManifestException(file.toString(), 0, 0, "", "the file is not valid UTF-8", e);
    } catch (IOException e) {
      throw new ManifestException(file.toString(), 0, 0, "", "cannot read the file: "
          + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
    }
  }
}
