package dev.sidecars.formats.internal;

import java.io.Reader;

/**
 * Reads a string without ever ending a read between the two halves of a surrogate pair.
 *
 * <p>snakeyaml-engine 3.0.1 ({@code StreamReader.extendIfTrailingHighSurrogate}) fails with an
 * {@code IndexOutOfBoundsException} when a read fills its buffer and ends on a high surrogate,
 * so a YAML document with an emoji at a 1024-character boundary could not be read. Holding the
 * high surrogate back for the next read avoids that path. Found by the round-trip property
 * test.
 */
final class SurrogateSafeReader extends Reader {
  private final String text;
  private int position;

  SurrogateSafeReader(String text) {
    this.text = text;
  }

  @Override
  public int read(char[] buffer, int offset, int length) {
    int remaining = text.length() - position;
    if (remaining <= 0) {
      return -1;
    }
    if (length == 0) {
      return 0;
    }
    int count = Math.min(length, remaining);
    boolean splitsPair = count < remaining && Character.isHighSurrogate(text.charAt(position + count - 1));
    if (splitsPair) {
      count = count > 1 ? count - 1 : (length >= 2 ? 2 : 1);
    }
    text.getChars(position, position + count, buffer, offset);
    position += count;
    return count;
  }

  @Override
  public void close() {
    // nothing to release
  }
}
