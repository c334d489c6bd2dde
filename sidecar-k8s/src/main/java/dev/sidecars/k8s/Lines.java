package dev.sidecars.k8s;

import java.util.ArrayList;
import java.util.List;

/** Lines of a YAML text with their terminators, and the extent of block-style values in them. */
final class Lines {
  private Lines() {}

  /** The lines of a text, each with its terminator ({@code \n} or {@code \r\n}; the last may have none). */
  static List<String> of(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }

  static String terminator(String line) {
    return line.endsWith("\r\n") ? "\r\n" : line.endsWith("\n") ? "\n" : "";
  }

  static String strip(String line) {
    return line.substring(0, line.length() - terminator(line).length());
  }

  static int indent(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  private static boolean isContent(String line) {
    String body = strip(line).trim();
    return !body.isEmpty() && !body.startsWith("#");
  }

  /**
   * The last line of a key's block value: the lines after the key that are indented deeper, or
   * are items of an indentless list at the key's own indentation.
   *
   * @param lines the lines
   * @param key the index of the key's line
   * @param keyIndent the key's indentation
   * @return the index of the value's last content line; the key's own for an inline value
   */
  static int blockEnd(List<String> lines, int key, int keyIndent) {
    int end = key;
    for (int i = key + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!isContent(line)) {
        continue;
      }
      int indent = indent(line);
      if (indent > keyIndent || indent == keyIndent && strip(line).trim().startsWith("- ")) {
        end = i;
      } else {
        break;
      }
    }
    return end;
  }

  /**
   * The last line of a list item.
   *
   * @param lines the lines
   * @param start the index of the item's {@code - } line
   * @param dashIndent the indentation of its dash
   * @return the index of its last content line
   */
  static int itemEnd(List<String> lines, int start, int dashIndent) {
    int end = start;
    for (int i = start + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!isContent(line)) {
        continue;
      }
      if (indent(line) > dashIndent) {
        end = i;
      } else {
        break;
      }
    }
    return end;
  }

  /** The file's line terminator: its first line's, else {@code \n}. */
  static String newline(List<String> lines) {
    return lines.stream().map(Lines::terminator).filter(t -> !t.isEmpty()).findFirst().orElse("\n");
  }
}
