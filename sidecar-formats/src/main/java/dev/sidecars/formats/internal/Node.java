package dev.sidecars.formats.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed YAML or JSON value that remembers where it stood in its file, so that every
 * later error can name the line and column.
 */
public abstract class Node {
  private final int line;
  private final int column;

  Node(int line, int column) {
    this.line = line;
    this.column = column;
  }

  /** @return the 1-based line where the value starts */
  public int line() {
    return line;
  }

  /** @return the 1-based column where the value starts */
  public int column() {
    return column;
  }

  /**
   * This node as plain Java values for writing back: maps (in order), lists, strings, longs,
   * {@link RawNumber}s for other numbers, booleans and nulls.
   *
   * @return the plain value
   */
  public Object toPlain() {
    if (this instanceof MapNode) {
      java.util.Map<String, Object> map = new LinkedHashMap<>();
      ((MapNode) this).entries().forEach((key, entry) -> map.put(key, entry.value().toPlain()));
      return map;
    }
    if (this instanceof ListNode) {
      java.util.List<Object> list = new java.util.ArrayList<>();
      ((ListNode) this).items().forEach(item -> list.add(item.toPlain()));
      return list;
    }
    ScalarNode scalar = (ScalarNode) this;
    switch (scalar.type()) {
      case STRING:
        return scalar.text();
      case BOOLEAN:
        return Boolean.parseBoolean(scalar.text().toLowerCase(java.util.Locale.ROOT));
      case NULL:
        return null;
      default:
        return new RawNumber(scalar.text());
    }
  }

  /** @return a short name of the node's shape for messages: "a map", "a list", "a string" */
  public abstract String describe();

  /** @return whether this is a YAML or JSON null */
  public boolean isNull() {
    return this instanceof ScalarNode && ((ScalarNode) this).type() == ScalarNode.Type.NULL;
  }

  /** A mapping, in document order. */
  public static final class MapNode extends Node {
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    MapNode(int line, int column) {
      super(line, column);
    }

    void put(String key, Entry entry) {
      entries.put(key, entry);
    }

    /** @return the entries by key, in document order */
    public Map<String, Entry> entries() {
      return Collections.unmodifiableMap(entries);
    }

    /**
     * The value of a key.
     *
     * @param key the key
     * @return its value, or empty when the key is absent or null
     */
    public java.util.Optional<Node> field(String key) {
      Entry entry = entries.get(key);
      return entry == null || entry.value().isNull() ? java.util.Optional.empty() : java.util.Optional.of(entry.value());
    }

    @Override
    public String describe() {
      return "a map";
    }
  }

  /** One key of a mapping with where the key stood, and its value. */
  public static final class Entry {
    private final String key;
    private final int line;
    private final int column;
    private final Node value;

    Entry(String key, int line, int column, Node value) {
      this.key = key;
      this.line = line;
      this.column = column;
      this.value = value;
    }

    /** @return the key */
    public String key() {
      return key;
    }

    /** @return the 1-based line of the key */
    public int line() {
      return line;
    }

    /** @return the 1-based column of the key */
    public int column() {
      return column;
    }

    /** @return the value */
    public Node value() {
      return value;
    }
  }

  /** A sequence. */
  public static final class ListNode extends Node {
    private final List<Node> items;
    private final java.util.Optional<String> fromString;

    ListNode(int line, int column, List<Node> items) {
      this(line, column, items, java.util.Optional.empty());
    }

    ListNode(int line, int column, List<Node> items, java.util.Optional<String> fromString) {
      super(line, column);
      this.items = Collections.unmodifiableList(items);
      this.fromString = fromString;
    }

    /**
     * The string this list was read from, when Copilot's interpolation turned a string that is
     * a JSON list of strings into a list.
     *
     * @return the string, or empty for a list written as one
     */
    public java.util.Optional<String> fromString() {
      return fromString;
    }

    /** @return the items in order */
    public List<Node> items() {
      return items;
    }

    @Override
    public String describe() {
      return fromString.map(text -> "the string '" + text + "', which Copilot reads as a JSON list of strings")
          .orElse("a list");
    }
  }

  /** A scalar: its text as written, and what the parser took it for. */
  public static final class ScalarNode extends Node {
    /** What the parser read a scalar as. */
    public enum Type {
      /** A quoted or plain string. */
      STRING,
      /** An integer. */
      INTEGER,
      /** A decimal or floating-point number. */
      DECIMAL,
      /** true or false. */
      BOOLEAN,
      /** null, ~ or an empty value. */
      NULL
    }

    private final Type type;
    private final String text;

    ScalarNode(int line, int column, Type type, String text) {
      super(line, column);
      this.type = type;
      this.text = text;
    }

    /** @return what the parser read the scalar as */
    public Type type() {
      return type;
    }

    /** @return the scalar's text as written (for a number, its digits) */
    public String text() {
      return text;
    }

    @Override
    public String describe() {
      switch (type) {
        case STRING:
          return "the string '" + text + "'";
        case INTEGER:
        case DECIMAL:
          return "the number " + text;
        case BOOLEAN:
          return "the boolean " + text;
        default:
          return "null";
      }
    }
  }
}
