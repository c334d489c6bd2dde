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
  private String tag;

  Node(int line, int column) {
    this.line = line;
    this.column = column;
  }

  /**
   * A map built outside the parser, for a tree read from another one (a CloudFormation
   * template's properties under their API names, say).
   *
   * @param line the 1-based line it stands for
   * @param column the 1-based column
   * @param entries its entries, in order; a later key replaces an earlier one
   * @return the map
   */
  public static MapNode map(int line, int column, List<Entry> entries) {
    MapNode map = new MapNode(line, column);
    entries.forEach(entry -> map.put(entry.key(), entry));
    return map;
  }

  /**
   * An entry of a map built outside the parser.
   *
   * @param key the key
   * @param line the 1-based line of the key
   * @param column the 1-based column of the key
   * @param value the value
   * @return the entry
   */
  public static Entry entry(String key, int line, int column, Node value) {
    return new Entry(key, line, column, value);
  }

  /**
   * A list built outside the parser.
   *
   * @param line the 1-based line it stands for
   * @param column the 1-based column
   * @param items its items, in order
   * @return the list
   */
  public static ListNode list(int line, int column, List<Node> items) {
    return new ListNode(line, column, new java.util.ArrayList<>(items));
  }

  /**
   * A string built outside the parser.
   *
   * @param line the 1-based line it stands for
   * @param column the 1-based column
   * @param text the string
   * @return the scalar
   */
  public static ScalarNode string(int line, int column, String text) {
    return new ScalarNode(line, column, ScalarNode.Type.STRING, text);
  }

  /**
   * The YAML tag the value was written with, without its {@code !}: {@code Ref} for
   * {@code !Ref AWS::Region}, as CloudFormation's short forms write functions. YAML's own tags
   * ({@code !!str}) and the non-specific {@code !} are not reported; JSON has none.
   *
   * @return the tag, or empty when the value has none
   */
  public java.util.Optional<String> tag() {
    return java.util.Optional.ofNullable(tag);
  }

  void tag(String tag) {
    this.tag = tag;
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
    return plain(number -> new RawNumber(number.text()));
  }


  /**
   * This node as the plain Java values a JSON or YAML library writes: maps (in order), lists,
   * strings, {@code Long}s for whole numbers and {@code BigDecimal}s for the others, booleans
   * and nulls.
   *
   * @return the value
   */
  public Object toValues() {
    return plain(number -> {
      java.math.BigDecimal value = new java.math.BigDecimal(number.text());
      try {
        return value.longValueExact();
      } catch (ArithmeticException e) {
        return value;
      }
    });
  }

  /** This node as maps, lists, strings, booleans and nulls, each number as {@code numbers} makes it. */
  private Object plain(java.util.function.Function<ScalarNode, Object> numbers) {
    if (this instanceof MapNode) {
      java.util.Map<String, Object> map = new LinkedHashMap<>();
      ((MapNode) this).entries().forEach((key, entry) -> map.put(key, entry.value().plain(numbers)));
      return map;
    }
    if (this instanceof ListNode) {
      java.util.List<Object> list = new java.util.ArrayList<>();
      ((ListNode) this).items().forEach(item -> list.add(item.plain(numbers)));
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
        return numbers.apply(scalar);
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

    /**
     * The text of a key's value when it is a scalar written as it is: a string, number, boolean
     * or null, but not a tagged one ({@code !Ref X} stands for something else).
     *
     * @param key the key
     * @return the text, or empty when the key is absent or its value is a map, a list or tagged
     */
    public java.util.Optional<String> scalar(String key) {
      Entry entry = entries.get(key);
      return entry != null && entry.value() instanceof ScalarNode && entry.value().tag().isEmpty()
          ? java.util.Optional.of(((ScalarNode) entry.value()).text()) : java.util.Optional.empty();
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
