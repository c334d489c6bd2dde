package dev.sidecars.formats.internal;

/** A number kept as the text it was written with ({@code 1.10} stays {@code 1.10}), for write-back. */
public final class RawNumber {
  private final String text;

  /**
   * Wraps a number's text.
   *
   * @param text the digits as written
   */
  public RawNumber(String text) {
    this.text = text;
  }

  /** @return the digits as written */
  public String text() {
    return text;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RawNumber && ((RawNumber) other).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
