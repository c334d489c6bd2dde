package dev.sidecars.model.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into words with POSIX shell quoting rules, as Copilot does for the
 * string forms of {@code entrypoint} and {@code command}: blanks separate words, single
 * quotes keep everything literally, double quotes keep everything but {@code \"}, {@code \\},
 * {@code \$} and {@code \`}, and a backslash outside quotes escapes the next character.
 */
public final class ShellWords {
  private ShellWords() {}

  /**
   * Splits a command line.
   *
   * @param line the command line, for example {@code /bin/entrypoint --p1 "a b"}
   * @return the words, for example {@code [/bin/entrypoint, --p1, a b]}
   * @throws IllegalArgumentException when a quote is not closed or the line ends in a backslash
   */
  public static List<String> split(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (c == '\'') {
        int end = line.indexOf('\'', i + 1);
        if (end < 0) {
          throw new IllegalArgumentException("unclosed single quote in: " + line);
        }
        word.append(line, i + 1, end);
        inWord = true;
        i = end + 1;
      } else if (c == '"') {
        i = readDoubleQuoted(line, i + 1, word);
        inWord = true;
      } else if (c == '\\') {
        if (i + 1 >= line.length()) {
          throw new IllegalArgumentException("trailing backslash in: " + line);
        }
        word.append(line.charAt(i + 1));
        inWord = true;
        i += 2;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
        i++;
      } else {
        word.append(c);
        inWord = true;
        i++;
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }

  private static int readDoubleQuoted(String line, int start, StringBuilder word) {
    int i = start;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (c == '"') {
        return i + 1;
      }
      if (c == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
        word.append(line.charAt(i + 1));
        i += 2;
      } else {
        word.append(c);
        i++;
      }
    }
    throw new IllegalArgumentException("unclosed double quote in: " + line);
  }
}
