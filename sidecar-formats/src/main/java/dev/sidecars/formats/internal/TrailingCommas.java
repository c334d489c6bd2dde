package dev.sidecars.formats.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the commas in a JSON text that stand right before a closing brace or bracket, which
 * JSON does not allow but hand-edited files (Mia-Platform's own example) contain.
 */
public final class TrailingCommas {
  private TrailingCommas() {}

  /**
   * The 1-based line and column of every trailing comma outside strings.
   *
   * @param json the text
   * @return {@code [line, column]} pairs, in order
   */
  public static List<int[]> find(String json) {
    List<int[]> found = new ArrayList<>();
    boolean inString = false;
    int line = 1;
    int column = 0;
    int[] pendingComma = null;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      column++;
      if (c == '\n') {
        line++;
        column = 0;
      }
      if (inString) {
        if (c == '\\') {
          i++;
          column++;
        } else if (c == '"') {
          inString = false;
        }
        continue;
      }
      if (c == '"') {
        inString = true;
        pendingComma = null;
      } else if (c == ',') {
        pendingComma = new int[] {line, column};
      } else if (c == '}' || c == ']') {
        if (pendingComma != null) {
          found.add(pendingComma);
        }
        pendingComma = null;
      } else if (!Character.isWhitespace(c)) {
        pendingComma = null;
      }
    }
    return found;
  }
}
