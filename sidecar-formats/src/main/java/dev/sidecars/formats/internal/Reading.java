package dev.sidecars.formats.internal;

import dev.sidecars.formats.ManifestException;
import dev.sidecars.formats.internal.Node.ScalarNode;
import dev.sidecars.model.ModelException;
import dev.sidecars.model.spi.PrintableText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns {@link Node}s into Java values for one source file. Every failure is a
 * {@link ManifestException} at the node's line and column with the field path.
 *
 * <p>Where a string is expected, any scalar is accepted with its text as written:
 * {@code version: 1.10} reads as the string {@code "1.10"}, not the number 1.1.
 */
public final class Reading {

  /** Converts one node at a path. */
  @FunctionalInterface
  public interface Converter<T> {
    /**
     * Converts a node.
     *
     * @param node the node
     * @param path its field path
     * @return the value
     */
    T convert(Node node, String path);
  }

  private final String source;
  private final boolean lenient;
  private final java.util.List<dev.sidecars.formats.ManifestWarning> warnings = new ArrayList<>();
  private final List<ManifestException> deferred = new ArrayList<>();
  private final Map<String, dev.sidecars.model.Origin> origins = new LinkedHashMap<>();
  private boolean recordingOrigins = true;

  /**
   * Creates a strict reading of one source.
   *
   * @param source the file name used in error messages
   */
  public Reading(String source) {
    this(source, false);
  }

  /**
   * Creates a reading of one source.
   *
   * @param source the file name used in error messages
   * @param lenient whether unknown fields are warnings (and skipped) instead of errors
   */
  public Reading(String source, boolean lenient) {
    this.source = source;
    this.lenient = lenient;
  }

  /** @return the warnings collected so far, in document order */
  public java.util.List<dev.sidecars.formats.ManifestWarning> warnings() {
    return java.util.Collections.unmodifiableList(warnings);
  }

  /**
   * Records a warning at a node.
   *
   * @param node where
   * @param path the field path
   * @param message what was tolerated
   */
  public void warn(Node node, String path, String message) {
    warnings.add(new dev.sidecars.formats.ManifestWarning(source, node.line(), node.column(), path, message));
  }

  /**
   * Records a warning with a code.
   *
   * @param line the 1-based line, or 0
   * @param column the 1-based column, or 0
   * @param path the field path
   * @param message what was tolerated
   * @param code the stable code
   */
  public void warn(int line, int column, String path, String message, String code) {
    warnings.add(new dev.sidecars.formats.ManifestWarning(source, line, column, path, message, code));
  }

  /**
   * Records a problem that does not stop reading: reading goes on so that every such problem
   * is found, and {@link #run} throws them all at the end, with whatever stopped it.
   *
   * @param problem the problem
   */
  public void defer(ManifestException problem) {
    deferred.add(problem);
  }

  /**
   * Runs a reader and throws every problem it found: the deferred ones, and the one that
   * stopped it, if any, as one {@link ManifestException} in document order.
   *
   * @param reader the reader
   * @param <T> what it reads
   * @return what it read
   * @throws ManifestException when any problem was found
   */
  public <T> T run(java.util.function.Supplier<T> reader) {
    T value;
    try {
      value = reader.get();
    } catch (ManifestException e) {
      if (deferred.isEmpty()) {
        throw e;
      }
      List<ManifestException> all = new ArrayList<>(deferred);
      all.add(e);
      throw ManifestException.of(all);
    }
    if (!deferred.isEmpty()) {
      throw ManifestException.of(deferred);
    }
    return value;
  }

  /**
   * Records where a model element came from.
   *
   * @param modelPath the element's model path
   * @param node the node it was read from
   * @param path the node's path in the file
   */
  public void origin(String modelPath, Node node, String path) {
    if (!recordingOrigins) {
      return;
    }
    origins.put(modelPath, dev.sidecars.model.Origin.of(source, node.line(), node.column(), path));
  }

  /**
   * Records where each field of a map came from, so that a finding about one field points at
   * its own line rather than at the map's. A field's model name is the one {@code names}
   * gives, else its key in camel case ({@code start_period} is {@code startPeriod}). Nothing is
   * recorded when the node is not a map.
   *
   * @param node the map
   * @param path its path in the file
   * @param modelPath the model path of the value the map was read into
   * @param names model names of keys that are not their camel case
   */
  public void fieldOrigins(Node node, String path, String modelPath, Map<String, String> names) {
    if (!recordingOrigins || !(node instanceof Node.MapNode)) {
      return;
    }
    for (Node.Entry entry : ((Node.MapNode) node).entries().values()) {
      String name = names.getOrDefault(entry.key(), camelCase(entry.key()));
      origin(modelPath + "." + name, entry.value(), path.isEmpty() ? entry.key() : path + "." + entry.key());
    }
  }

  private static String camelCase(String key) {
    StringBuilder out = new StringBuilder(key.length());
    boolean upper = false;
    for (char c : key.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  /**
   * Stops recording origins, for callers that will not ask for them.
   *
   * @return this reading
   */
  public Reading withoutOrigins() {
    recordingOrigins = false;
    return this;
  }

  /** @return the origins recorded so far, by model path */
  public Map<String, dev.sidecars.model.Origin> origins() {
    return java.util.Collections.unmodifiableMap(origins);
  }

  /**
   * Reads a map's fields without checking its keys, for maps that hold fields this library
   * does not model and keeps as they are.
   *
   * @param node the node, which must be a map
   * @param path its path
   * @return the fields
   */
  public Fields open(Node node, String path) {
    return new Fields(this, mapNode(node, path), path);
  }

  /** @return the file name used in error messages */
  public String source() {
    return source;
  }

  /**
   * An error at a node.
   *
   * @param node where
   * @param path the field path
   * @param problem what is wrong
   * @return the exception, to throw
   */
  public ManifestException error(Node node, String path, String problem) {
    return new ManifestException(source, node.line(), node.column(), path, problem, null);
  }

  /**
   * An error at a key.
   *
   * @param entry the key
   * @param path the field path
   * @param problem what is wrong
   * @return the exception, to throw
   */
  public ManifestException error(Node.Entry entry, String path, String problem) {
    return new ManifestException(source, entry.line(), entry.column(), path, problem, null);
  }

  /**
   * Reads a map's fields, rejecting every key not in {@code known} with a suggestion.
   *
   * @param node the node, which must be a map
   * @param path its path
   * @param known the accepted keys
   * @return the fields
   */
  public Fields fields(Node node, String path, Collection<String> known) {
    Node.MapNode map = mapNode(node, path);
    for (Node.Entry entry : map.entries().values()) {
      if (!known.contains(entry.key())) {
        unknownField(entry, path, known);
      }
    }
    return new Fields(this, map, path);
  }

  /**
   * Reports a key that is not one of the known ones, with the closest known key as a hint: an
   * error, or a warning when this reading is lenient.
   *
   * @param entry the unknown key
   * @param path the path of its map
   * @param known the keys that would have been accepted
   */
  public void unknownField(Node.Entry entry, String path, Collection<String> known) {
    String hint =
        Suggestions.closest(entry.key(), known)
            .map(s -> "; did you mean '" + s + "'?")
            .orElse("; known fields: " + String.join(", ", known));
    unknownField(entry, path, "unknown field '" + PrintableText.of(entry.key()) + "'" + hint);
  }

  /**
   * Reports a key that is not known here, with the given explanation: when strict, an error
   * that does not stop reading ({@link #defer}); when lenient, a warning.
   *
   * @param entry the unknown key
   * @param path the path of its map
   * @param problem what to say, naming the key
   */
  public void unknownField(Node.Entry entry, String path, String problem) {
    unknownField(entry, path, problem, " (skipped)");
  }

  /**
   * Reports a key that is not known here: when strict, an error that does not stop reading
   * ({@link #defer}); when lenient, a warning that ends with what became of the key.
   *
   * @param entry the unknown key
   * @param path the path of its map
   * @param problem what to say, naming the key
   * @param skipped what a warning adds, for example {@code " (skipped)"}
   */
  public void unknownField(Node.Entry entry, String path, String problem, String skipped) {
    if (!lenient) {
      defer(new ManifestException(source, entry.line(), entry.column(), path, problem,
          ManifestException.UNKNOWN_FIELD, null));
      return;
    }
    warnings.add(new dev.sidecars.formats.ManifestWarning(
        source, entry.line(), entry.column(), path, problem + skipped, ManifestException.UNKNOWN_FIELD));
  }

  /**
   * Checks that a node is a map.
   *
   * @param node the node
   * @param path its path
   * @return the map
   */
  public Node.MapNode mapNode(Node node, String path) {
    if (node instanceof Node.MapNode) {
      return (Node.MapNode) node;
    }
    throw error(node, path, "expected a map, got " + node.describe());
  }

  /**
   * A node that must be a list.
   *
   * @param node the node
   * @param path its path
   * @return the list
   * @throws ManifestException at the node when it is something else
   */
  public Node.ListNode listNode(Node node, String path) {
    if (node instanceof Node.ListNode) {
      return (Node.ListNode) node;
    }
    throw error(node, path, "must be a list, not " + node.describe());
  }

  /**
   * A scalar's text, numbers and booleans as written, as values that are strings to their
   * platform (an environment variable's value, a port given by number or name).
   *
   * @param node the node
   * @param path its path
   * @return the text
   * @throws ManifestException at the node when it is a map or a list
   */
  public String scalarText(Node node, String path) {
    if (node instanceof Node.ScalarNode) {
      return ((Node.ScalarNode) node).text();
    }
    throw error(node, path, "must be a string or number, not " + node.describe());
  }

  /**
   * Reads a string; any scalar but null is taken with its text as written.
   *
   * @param node the node
   * @param path its path
   * @return the text
   */
  public String string(Node node, String path) {
    if (node instanceof ScalarNode && ((ScalarNode) node).type() != ScalarNode.Type.NULL) {
      return ((ScalarNode) node).text();
    }
    throw error(node, path, "expected a string, got " + node.describe());
  }

  /**
   * Reads an integer.
   *
   * @param node the node
   * @param path its path
   * @return the integer
   */
  public int integer(Node node, String path) {
    long value = longInteger(node, path);
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw error(node, path, "the number " + value + " is too large");
    }
    return (int) value;
  }

  /**
   * Reads a 64-bit integer.
   *
   * @param node the node
   * @param path its path
   * @return the integer
   */
  public long longInteger(Node node, String path) {
    if (node instanceof ScalarNode && ((ScalarNode) node).type() == ScalarNode.Type.INTEGER) {
      try {
        return Long.decode(((ScalarNode) node).text().replace("_", ""));
      } catch (NumberFormatException e) {
        throw error(node, path, "the number " + ((ScalarNode) node).text() + " is too large");
      }
    }
    throw error(node, path, "expected an integer, got " + node.describe());
  }

  /**
   * Reads a boolean.
   *
   * @param node the node
   * @param path its path
   * @return the boolean
   */
  public boolean bool(Node node, String path) {
    if (node instanceof ScalarNode && ((ScalarNode) node).type() == ScalarNode.Type.BOOLEAN) {
      return Boolean.parseBoolean(((ScalarNode) node).text().toLowerCase(java.util.Locale.ROOT));
    }
    throw error(node, path, "expected true or false, got " + node.describe());
  }

  /**
   * Reads a Go-style duration such as {@code 10s} or {@code 1m30s}.
   *
   * @param node the node
   * @param path its path
   * @return the duration
   */
  public Duration duration(Node node, String path) {
    if (!(node instanceof ScalarNode) || ((ScalarNode) node).type() != ScalarNode.Type.STRING) {
      throw error(node, path, "expected a duration such as 10s or 1m30s, got " + node.describe());
    }
    try {
      return GoDurations.parse(((ScalarNode) node).text());
    } catch (IllegalArgumentException e) {
      throw error(node, path, e.getMessage());
    }
  }

  /**
   * Reads a string and parses it with a model factory, turning a {@link ModelException} or
   * other {@link IllegalArgumentException} into an error at the node.
   *
   * @param node the node
   * @param path its path
   * @param parser the factory, for example {@code Port::parse}
   * @param <T> the value type
   * @return the value
   */
  public <T> T parsed(Node node, String path, Function<String, T> parser) {
    String text = string(node, path);
    try {
      return parser.apply(text);
    } catch (ModelException e) {
      throw error(node, path, e.problem());
    } catch (IllegalArgumentException e) {
      throw error(node, path, e.getMessage());
    }
  }

  /**
   * Reads a list.
   *
   * @param node the node, which must be a list
   * @param path its path
   * @param item how to read each item
   * @param <T> the item type
   * @return the items in order
   */
  public <T> List<T> list(Node node, String path, Converter<T> item) {
    if (!(node instanceof Node.ListNode)) {
      throw error(node, path, "expected a list, got " + node.describe());
    }
    List<Node> items = ((Node.ListNode) node).items();
    List<T> values = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      values.add(item.convert(items.get(i), path + "[" + i + "]"));
    }
    return values;
  }

  /**
   * Reads a list of strings.
   *
   * @param node the node
   * @param path its path
   * @return the strings in order
   */
  public List<String> strings(Node node, String path) {
    return list(node, path, this::string);
  }

  /**
   * Reads a map with string keys, in document order.
   *
   * @param node the node, which must be a map
   * @param path its path
   * @param value how to read each value
   * @param <T> the value type
   * @return the entries in order
   */
  public <T> Map<String, T> map(Node node, String path, Converter<T> value) {
    Map<String, T> values = new LinkedHashMap<>();
    for (Node.Entry entry : mapNode(node, path).entries().values()) {
      values.put(entry.key(), value.convert(entry.value(), path + "." + entry.key()));
    }
    return values;
  }

  /**
   * Reads a map of strings.
   *
   * @param node the node
   * @param path its path
   * @return the entries in order
   */
  public Map<String, String> stringMap(Node node, String path) {
    return map(node, path, this::string);
  }

  /**
   * A value as maps (in order), lists, strings, numbers ({@code long} or
   * {@link java.math.BigDecimal}) and booleans, for values the model keeps as a tree (a task
   * definition override's value). Null is refused: no property can be set to it.
   *
   * @param node the node
   * @param path its path
   * @return the value
   */
  public Object plain(Node node, String path) {
    if (node instanceof Node.MapNode) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (Node.Entry entry : ((Node.MapNode) node).entries().values()) {
        map.put(entry.key(), plain(entry.value(), path + "." + entry.key()));
      }
      return map;
    }
    if (node instanceof Node.ListNode) {
      List<Object> list = new ArrayList<>();
      List<Node> items = ((Node.ListNode) node).items();
      for (int i = 0; i < items.size(); i++) {
        list.add(plain(items.get(i), path + "[" + i + "]"));
      }
      return list;
    }
    ScalarNode scalar = (ScalarNode) node;
    switch (scalar.type()) {
      case STRING:
        return scalar.text();
      case BOOLEAN:
        return bool(node, path);
      case INTEGER:
        return longInteger(node, path);
      case DECIMAL:
        return parsed(node, path, java.math.BigDecimal::new);
      default:
        throw error(node, path, "a value here cannot be null");
    }
  }

  /**
   * Calls a model builder, turning a {@link ModelException} into an error at the node.
   *
   * @param node the node the value was read from
   * @param path its path
   * @param build the builder call
   * @param <T> the value type
   * @return the value
   */
  public <T> T build(Node node, String path, java.util.function.Supplier<T> build) {
    return build(node, path, Map.of(), build);
  }

  /**
   * Calls a model builder, turning a {@link ModelException} into an error at the field it
   * names: the entry of the map node whose key is the field (or the key {@code keys} gives it,
   * for a dialect whose keys differ from the model's), else the node itself.
   *
   * @param node the node the value was read from
   * @param path its path
   * @param keys the dialect's key for a model field, where they differ
   * @param build the builder call
   * @param <T> the value type
   * @return the value
   */
  public <T> T build(Node node, String path, Map<String, String> keys, java.util.function.Supplier<T> build) {
    try {
      return build.get();
    } catch (ModelException e) {
      String key = keys.getOrDefault(e.field(), e.field());
      if (node instanceof Node.MapNode map && map.entries().containsKey(key)) {
        Node value = map.entries().get(key).value();
        throw error(value, path.isEmpty() ? key : path + "." + key, e.problem());
      }
      throw error(node, path, e.getMessage());
    }
  }
}
