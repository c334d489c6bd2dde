package dev.sidecars.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The benchmarks' input files, read from this package's resources (their origins: the README beside them). */
final class BenchmarkInputs {
  private BenchmarkInputs() {}

  /** A resource of this package as UTF-8 text. */
  static String text(String name) {
    try (InputStream in = BenchmarkInputs.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no benchmark input " + name + " beside " + BenchmarkInputs.class.getName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
