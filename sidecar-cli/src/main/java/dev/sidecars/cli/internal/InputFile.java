package dev.sidecars.cli.internal;

import dev.sidecars.formats.ManifestException;
import dev.sidecars.formats.ManifestFiles;
import java.nio.file.Path;

/**
 * Reads a file the command was given, as {@link ManifestFiles} does, so that a file which
 * cannot be a manifest (missing, a directory, too large, binary, empty) is a
 * {@link CliException} with exit code 2 and not a parse error.
 */
final class InputFile {
  private InputFile() {}

  static String read(Path file) {
    try {
      return ManifestFiles.read(file);
    } catch (ManifestException e) {
      throw new CliException(CliException.UNUSABLE, e);
    }
  }
}
