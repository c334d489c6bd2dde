package dev.sidecars.formats;

import dev.sidecars.model.SourceMap;
import java.util.List;

/**
 * A value read from a file together with where each of its elements came from, and what a
 * lenient reader tolerated. Validation takes the {@link #sources()} to point at lines.
 *
 * @param <T> the value type
 */
public final class Sourced<T> {
  private final T value;
  private final SourceMap sources;
  private final List<ManifestWarning> warnings;

  /**
   * Creates the pair.
   *
   * @param value the value
   * @param sources origins by model path
   * @param warnings what was tolerated
   */
  public Sourced(T value, SourceMap sources, List<ManifestWarning> warnings) {
    this.value = value;
    this.sources = sources;
    this.warnings = List.copyOf(warnings);
  }

  /** @return the value */
  public T value() {
    return value;
  }

  /** @return where each element came from */
  public SourceMap sources() {
    return sources;
  }

  /** @return what the reader tolerated, in document order */
  public List<ManifestWarning> warnings() {
    return warnings;
  }
}
