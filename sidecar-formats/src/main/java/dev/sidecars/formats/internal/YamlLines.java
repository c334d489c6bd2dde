package dev.sidecars.formats.internal;

import dev.sidecars.formats.ManifestException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lines of a YAML text with their terminators, and the extent of block-style values in them:
 * what the injectors need to add a list item to a file without touching its other lines.
 */
public final class YamlLines {
  /** The comment that marks a block {@code sidecar inject} added, followed by the sidecar's name and origin. */
  public static final String MARKER = "# sidecar inject: ";
  /**
   * The word after the sidecar's name in the marker of a whole document inject added:
   * {@code # sidecar inject: NAME configmap CONFIGMAP ORIGIN}.
   */
  public static final String DOCUMENT = "configmap";

  private YamlLines() {}

  /** The lines of a text, each with its terminator ({@code \n} or {@code \r\n}; the last may have none). */
  public static List<String> of(String text) {
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

  public static String terminator(String line) {
    return line.endsWith("\r\n") ? "\r\n" : line.endsWith("\n") ? "\n" : "";
  }

  /** @return a line without its terminator */
  public static String strip(String line) {
    return line.substring(0, line.length() - terminator(line).length());
  }

  /** @return the number of spaces a line starts with */
  public static int indent(String line) {
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
  public static int blockEnd(List<String> lines, int key, int keyIndent) {
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
  public static int itemEnd(List<String> lines, int start, int dashIndent) {
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
  public static String newline(List<String> lines) {
    return lines.stream().map(YamlLines::terminator).filter(t -> !t.isEmpty()).findFirst().orElse("\n");
  }

  /**
   * Refuses a list that is not written in block style: its key alone at the start of a line,
   * its items below.
   *
   * @param lines the lines
   * @param source the file's name in messages
   * @param list the key and its value
   * @param key the key's name in messages
   * @throws ManifestException when the list is in flow style or the value is no list
   */
  public static void requireBlockList(List<String> lines, String source, Node.Entry list, String key) {
    String before = lines.get(list.line() - 1).substring(0, list.column() - 1);
    boolean block = before.isBlank() && list.value() instanceof Node.ListNode && list.value().line() > list.line();
    if (!block) {
      throw new ManifestException(source, list.line(), list.column(), key, "is not a block-style list; sidecar inject "
          + "edits block-style YAML (the key on its own line, one '- ' item per line below it)", null);
    }
  }

  /**
   * The indentation of a list's dashes: of its first item, else two more than its key's.
   *
   * @param lines the lines
   * @param list the key and its list
   * @param keyIndent the key's indentation
   * @return the number of spaces before the dashes
   */
  public static int dashIndent(List<String> lines, Node.Entry list, int keyIndent) {
    if (list.value() instanceof Node.ListNode && !((Node.ListNode) list.value()).items().isEmpty()) {
      Node first = ((Node.ListNode) list.value()).items().get(0);
      String line = lines.get(first.line() - 1);
      int dash = line.lastIndexOf('-', first.column() - 2);
      if (dash >= 0) {
        return dash;
      }
    }
    return keyIndent + 2;
  }

  /**
   * A marker line and a list item below it, indented to a list's dashes.
   *
   * @param marker the whole marker comment
   * @param item the item's lines, its dash at column 0
   * @param dashIndent the list's dash indentation
   * @param terminator the file's line terminator
   * @return the lines to insert
   */
  public static List<String> block(String marker, List<String> item, int dashIndent, String terminator) {
    List<String> out = new ArrayList<>();
    String pad = " ".repeat(dashIndent);
    out.add(pad + marker + terminator);
    for (String line : item) {
      String body = strip(line);
      out.add((body.isEmpty() ? "" : pad + body) + terminator);
    }
    return out;
  }

  /**
   * Takes out what {@code sidecar inject} added for a sidecar: every block under a marker
   * comment naming it ({@code # sidecar inject: NAME ...}, its blocks for volumes and
   * dependencies included; a marker at the start of a document, after {@code ---}, marks the
   * whole document, such as a ConfigMap), and each key inject created ({@code key: # sidecar inject: NAME}):
   * a list key once it holds nothing else, a map key with its whole value.
   *
   * @param text the file
   * @param name the sidecar's name
   * @return the text without them, or empty when it had none
   */
  public static java.util.Optional<String> removeMarked(String text, String name) {
    List<String> lines = of(text);
    boolean[] dropped = new boolean[lines.size()];
    boolean removed = false;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).trim().startsWith(MARKER + name + " ")) {
        // a whole document (a ConfigMap), after the file's last '---', or before its first
        boolean document = indent(lines.get(i)) == 0 && lines.get(i).startsWith(MARKER + name + " " + DOCUMENT + " ");
        boolean after = document && i > 0 && strip(lines.get(i - 1)).equals("---");
        int start = after ? i - 1 : i;
        int end = !document ? itemEnd(lines, i + 1, indent(lines.get(i)))
            : after ? documentEnd(lines, i) : Math.min(documentEnd(lines, i) + 1, lines.size() - 1);
        java.util.Arrays.fill(dropped, start, end + 1, true);
        removed = true;
        i = end;
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = strip(lines.get(i));
      int comment = line.indexOf(" " + MARKER + name);
      String label = comment <= 0 ? "" : line.substring(comment + 1 + MARKER.length());
      if (dropped[i] || comment <= 0 || !(label.equals(name) || label.startsWith(name + " "))
          || !line.substring(0, comment).trim().endsWith(":")) {
        continue;
      }
      int keyIndent = indent(line);
      int first = firstKept(lines, dropped, i);
      boolean list = first < 0 || indent(lines.get(first)) <= keyIndent || strip(lines.get(first)).trim().startsWith("- ");
      if (!list) {
        // a map inject created: the key and its whole value
        int end = blockEnd(lines, i, keyIndent);
        java.util.Arrays.fill(dropped, i, end + 1, true);
        removed = true;
      } else if (!keepsContent(lines, dropped, i, keyIndent)) {
        dropped[i] = true;
        removed = true;
      }
    }
    if (!removed) {
      return java.util.Optional.empty();
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < lines.size(); i++) {
      if (!dropped[i]) {
        out.append(lines.get(i));
      }
    }
    return java.util.Optional.of(out.toString());
  }

  /**
   * The last line of the YAML document a line is in: the line before the next {@code ---}, or
   * the last line.
   *
   * @param lines the lines
   * @param from the index of a line of the document
   * @return the index of its last line
   */
  public static int documentEnd(List<String> lines, int from) {
    int end = from;
    while (end + 1 < lines.size() && !strip(lines.get(end + 1)).equals("---")) {
      end++;
    }
    return end;
  }

  /** The first content line after a key that is not dropped, or -1. */
  private static int firstKept(List<String> lines, boolean[] dropped, int key) {
    for (int i = key + 1; i < lines.size(); i++) {
      if (!dropped[i] && isContent(lines.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /** Whether a key's block value still has a line that is not dropped. */
  private static boolean keepsContent(List<String> lines, boolean[] dropped, int key, int keyIndent) {
    int first = firstKept(lines, dropped, key);
    if (first < 0) {
      return false;
    }
    int indent = indent(lines.get(first));
    return indent > keyIndent || indent == keyIndent && strip(lines.get(first)).trim().startsWith("- ");
  }

  /** One edit of a text's lines: the {@code removed} lines from {@code at} replaced by {@code inserted}. */
  public static final class Edit {
    final int at;
    final int removed;
    final List<String> inserted;

    /**
     * An edit.
     *
     * @param at the index of the first line it replaces, or where it inserts
     * @param removed how many lines it replaces
     * @param inserted the lines that take their place, each with its terminator
     */
    public Edit(int at, int removed, List<String> inserted) {
      this.at = at;
      this.removed = removed;
      this.inserted = List.copyOf(inserted);
    }
  }

  /**
   * The lines with every edit made, in one pass. The edits are planned on the same lines and
   * touch lines no other edit touches; at one place, the edit given first comes first.
   *
   * @param lines the lines
   * @param edits the edits
   * @return the edited text
   */
  public static String apply(List<String> lines, List<Edit> edits) {
    List<Edit> ordered = new ArrayList<>(edits);
    ordered.sort(java.util.Comparator.comparingInt((Edit e) -> e.at));
    StringBuilder out = new StringBuilder();
    int next = 0;
    for (Edit edit : ordered) {
      for (int i = next; i < edit.at; i++) {
        out.append(lines.get(i));
      }
      edit.inserted.forEach(out::append);
      next = Math.max(next, edit.at + edit.removed);
    }
    for (int i = next; i < lines.size(); i++) {
      out.append(lines.get(i));
    }
    return out.toString();
  }
}
