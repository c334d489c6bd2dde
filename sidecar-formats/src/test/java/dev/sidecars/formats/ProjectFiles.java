package dev.sidecars.formats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads files of this project (README, docs, test sources) relative to the module directory. */
final class ProjectFiles {
  private ProjectFiles() {}

  static Path moduleDirectory() {
    return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
  }

  static String read(String relativeToModule) {
    Path file = moduleDirectory().resolve(relativeToModule).normalize();
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The text between two marker lines, without the markers. */
  static String between(String text, String startMarker, String endMarker) {
    int start = text.indexOf(startMarker);
    int end = text.indexOf(endMarker, start + 1);
    if (start < 0 || end < 0) {
      throw new AssertionError("markers not found: " + startMarker + " ... " + endMarker);
    }
    int lineEnd = text.indexOf('\n', start);
    return text.substring(lineEnd + 1, end);
  }
}
