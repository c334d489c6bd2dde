package dev.sidecars.model.spi;

/**
 * Text from a user's file as a message may show it: every control character (a newline, a
 * carriage return, a terminal escape) and every invisible one (a zero-width space, a
 * right-to-left override) becomes its {@code \}{@code uXXXX} escape, so that a value can
 * neither forge a line of output nor hide what it is. Every message of the library and the
 * command goes through here; emitters of other targets should too.
 */
public final class PrintableText {
  private PrintableText() {}

  /**
   * The text with its control and invisible characters escaped.
   *
   * @param text any text
   * @return the text itself when nothing needs escaping, else an escaped copy
   */
  public static String of(String text) {
    if (text == null) {
      return "null";
    }
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
      default:
        return true;
    }
  }
}
