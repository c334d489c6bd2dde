package dev.sidecars.formats.internal;

/**
 * Shows text from a file in a message so that every character can be seen: a zero-width space,
 * a control character or another invisible one becomes its {@code \}{@code uXXXX} escape, so
 * that a key that looks right but is not can be told apart.
 */
final class PrintableText {
  private PrintableText() {}

  /**
   * The text with its invisible characters escaped.
   *
   * @param text the text, for example a key
   * @return the text, or a copy with escapes
   */
  static String of(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (visible(c)) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      out.append(String.format("\\u%04x", (int) c));
    }
    return out == null ? text : out.toString();
  }

  private static boolean visible(char c) {
    if (c == ' ') {
      return true;
    }
    switch (Character.getType(c)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.SPACE_SEPARATOR:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
      case Character.PRIVATE_USE:
      case Character.UNASSIGNED:
        return false;
      case Character.SURROGATE:
        return true;
      default:
        return true;
    }
  }
}
