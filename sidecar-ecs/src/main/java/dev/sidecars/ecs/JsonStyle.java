package dev.sidecars.ecs;

import dev.sidecars.formats.internal.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a JSON file writes itself (its indentation, the space around colons, its line breaks),
 * and the edits {@code sidecar inject} makes in that style: appending an element to a list,
 * adding a key to a map, and taking either out again so that the file is as it was.
 */
final class JsonStyle {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final String text;
  private final List<Integer> lineStarts;
  private final String newline;

  JsonStyle(String text) {
    this.text = text;
    this.lineStarts = new ArrayList<>();
    lineStarts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lineStarts.add(i + 1);
      }
    }
    this.newline = text.contains("\r\n") ? "\r\n" : "\n";
  }

  /** One change of the text: {@code length} characters at {@code offset} replaced by {@code replacement}. */
  static final class Edit {
    final int offset;
    final int length;
    final String replacement;

    Edit(int offset, int length, String replacement) {
      this.offset = offset;
      this.length = length;
      this.replacement = replacement;
    }
  }

  /**
   * The text with edits that do not overlap made: from the end of the text backwards, and at one
   * offset, the edit given first ends up first.
   */
  static String apply(String text, List<Edit> edits) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < edits.size(); i++) {
      order.add(i);
    }
    order.sort((a, b) -> edits.get(a).offset != edits.get(b).offset
        ? Integer.compare(edits.get(b).offset, edits.get(a).offset) : Integer.compare(b, a));
    StringBuilder out = new StringBuilder(text);
    for (int i : order) {
      Edit edit = edits.get(i);
      out.replace(edit.offset, edit.offset + edit.length, edit.replacement);
    }
    return out.toString();
  }

  int offset(Node node) {
    return lineStarts.get(node.line() - 1) + node.column() - 1;
  }

  /** The offset of the last character of a value. */
  int end(Node node) {
    int start = offset(node);
    char first = text.charAt(start);
    if (first == '{' || first == '[') {
      return close(start);
    }
    if (first == '"') {
      for (int i = start + 1; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          return i;
        }
      }
    }
    int i = start;
    while (i + 1 < text.length() && ",}] \t\r\n".indexOf(text.charAt(i + 1)) < 0) {
      i++;
    }
    return i;
  }

  /** The offset of the brace or bracket that closes the value opening at {@code start}. */
  private int close(int start) {
    int depth = 0;
    boolean string = false;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (string) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          string = false;
        }
      } else if (c == '"') {
        string = true;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if ((c == '}' || c == ']') && --depth == 0) {
        return i;
      }
    }
    throw new IllegalStateException("no end of the value at " + start);
  }

  /** The edit that appends a value to a list with elements, in the style of its last element. */
  Edit append(Node.ListNode list, Object value) {
    Node last = list.items().get(list.items().size() - 1);
    Layout layout = layout(last, last instanceof Node.MapNode ? (Node.MapNode) last : null);
    int end = end(last);
    String separator = sameLine(last) ? ", " : "," + newline + layout.itemIndent;
    return new Edit(end + 1, 0, separator + layout.write(value));
  }

  /** The edit that adds a key to a map with entries, after its last entry, in the style of its keys. */
  Edit addKey(Node.MapNode map, String key, Object value) {
    Node.Entry last = null;
    for (Node.Entry entry : map.entries().values()) {
      last = entry;
    }
    Layout layout = layout(map, map);
    String keyIndent = indent(lineStarts.get(last.line() - 1));
    boolean ownLine = last.line() > map.line() && offset(last) == lineStarts.get(last.line() - 1) + keyIndent.length();
    String separator = ownLine ? "," + newline + keyIndent : ", ";
    int end = end(last.value());
    return new Edit(end + 1, 0, separator + JSON.writeValueAsString(key) + layout.colon
        + layout.atIndent(keyIndent).write(value));
  }

  /** The edit that replaces a value with a text as it is. */
  Edit replaceText(Node node, String replacement) {
    int start = offset(node);
    return new Edit(start, end(node) + 1 - start, replacement);
  }

  /** A map of scalars as JSON on one line: <code>{"name": "logs"}</code>. */
  static String compact(Object value) {
    List<String> entries = new ArrayList<>();
    ((Map<?, ?>) value).forEach((k, v) -> entries.add(JSON.writeValueAsString(String.valueOf(k)) + ": "
        + JSON.writeValueAsString(v)));
    return "{" + String.join(", ", entries) + "}";
  }

  /** The edit that replaces a value. */
  Edit replace(Node node, Object value) {
    int start = offset(node);
    String indent = indent(lineStarts.get(node.line() - 1));
    return new Edit(start, end(node) + 1 - start, layout(node, node instanceof Node.MapNode ? (Node.MapNode) node
        : null).atIndent(indent).write(value));
  }

  /** The edit that takes an element out of a list, with the separator before it (after it, for the first). */
  Edit removeElement(Node.ListNode list, Node item) {
    List<Node> items = list.items();
    int index = items.indexOf(item);
    int end = end(item);
    if (index > 0) {
      int previous = end(items.get(index - 1));
      return new Edit(previous + 1, end - previous, "");
    }
    int start = offset(item);
    int next = items.size() > 1 ? offset(items.get(1)) : end + 1;
    return new Edit(start, next - start, "");
  }

  /** The edit that takes a key out of a map, with the separator before it (after it, for the first). */
  Edit removeKey(Node.MapNode map, String key) {
    List<Node.Entry> entries = new ArrayList<>(map.entries().values());
    int index = -1;
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).key().equals(key)) {
        index = i;
      }
    }
    Node.Entry entry = entries.get(index);
    int end = end(entry.value());
    if (index > 0) {
      int previous = end(entries.get(index - 1).value());
      return new Edit(previous + 1, end - previous, "");
    }
    int start = offset(entry);
    int next = entries.size() > 1 ? offset(entries.get(1)) : end + 1;
    return new Edit(start, next - start, "");
  }

  /** The offset of a key: its opening quote. */
  private int offset(Node.Entry entry) {
    return lineStarts.get(entry.line() - 1) + entry.column() - 1;
  }

  /** Whether a value shares its line with what comes before it: the list's bracket or the element before. */
  private boolean sameLine(Node node) {
    int before = offset(node) - 1;
    while (before > 0 && (text.charAt(before) == ' ' || text.charAt(before) == '\t' || text.charAt(before) == ',')) {
      before--;
    }
    return text.charAt(before) != '\n' && text.charAt(before) != '\r';
  }

  /** The spaces and tabs a line starts with. */
  private String indent(int lineStart) {
    int i = lineStart;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return text.substring(lineStart, i);
  }

  /** The layout of a value written where {@code node} is, with the indentation unit and colon of {@code sample}'s keys. */
  private Layout layout(Node node, Node.MapNode sample) {
    int start = offset(node);
    int close = node instanceof Node.MapNode || node instanceof Node.ListNode ? close(start) : start;
    int closeLine = lineOf(close);
    String itemIndent = indent(lineStarts.get(closeLine));
    String unit = itemIndent.contains("\t") ? "\t" : "  ";
    String colon = ": ";
    if (sample != null && !sample.entries().isEmpty()) {
      Node.Entry key = sample.entries().values().iterator().next();
      String keyIndent = indent(lineStarts.get(key.line() - 1));
      if (key.line() > sample.line() && keyIndent.length() > itemIndent.length() && keyIndent.startsWith(itemIndent)) {
        unit = keyIndent.substring(itemIndent.length());
      }
      int keyOffset = offset(key);
      int quote = text.indexOf('"', keyOffset + 1);
      if (quote > 0 && quote + 2 < text.length() && text.charAt(quote + 1) == ' ' && text.charAt(quote + 2) == ':') {
        colon = " : ";
      }
    }
    return new Layout(itemIndent, unit, colon, newline);
  }

  private int lineOf(int offset) {
    int line = 0;
    while (line + 1 < lineStarts.size() && lineStarts.get(line + 1) <= offset) {
      line++;
    }
    return line;
  }

  /** Where and how a value is written: the indentation of its closing line, the unit, the colon. */
  private static final class Layout {
    final String itemIndent;
    final String unit;
    final String colon;
    final String newline;

    Layout(String itemIndent, String unit, String colon, String newline) {
      this.itemIndent = itemIndent;
      this.unit = unit;
      this.colon = colon;
      this.newline = newline;
    }

    Layout atIndent(String indent) {
      return new Layout(indent, unit, colon, newline);
    }

    /** A value, its first line unindented, the others under the indentation. */
    String write(Object value) {
      StringBuilder out = new StringBuilder();
      write(value, itemIndent, out);
      return out.toString();
    }

    private void write(Object value, String indent, StringBuilder out) {
      if (value instanceof Map) {
        Map<?, ?> map = (Map<?, ?>) value;
        if (map.isEmpty()) {
          out.append("{}");
          return;
        }
        out.append('{').append(newline);
        int i = 0;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
          out.append(indent).append(unit).append(JSON.writeValueAsString(entry.getKey().toString())).append(colon);
          write(entry.getValue(), indent + unit, out);
          out.append(++i < map.size() ? "," : "").append(newline);
        }
        out.append(indent).append('}');
      } else if (value instanceof List) {
        List<?> list = (List<?>) value;
        boolean scalars = list.stream().noneMatch(v -> v instanceof Map || v instanceof List);
        if (list.isEmpty() || scalars) {
          out.append('[');
          for (int i = 0; i < list.size(); i++) {
            out.append(i > 0 ? ", " : "").append(JSON.writeValueAsString(list.get(i)));
          }
          out.append(']');
          return;
        }
        out.append('[').append(newline);
        for (int i = 0; i < list.size(); i++) {
          out.append(indent).append(unit);
          write(list.get(i), indent + unit, out);
          out.append(i + 1 < list.size() ? "," : "").append(newline);
        }
        out.append(indent).append(']');
      } else {
        out.append(JSON.writeValueAsString(value));
      }
    }
  }
}
