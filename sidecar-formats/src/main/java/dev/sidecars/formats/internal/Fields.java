package dev.sidecars.formats.internal;

import java.util.Optional;

/**
 * The fields of one map in a document, whose keys were already checked against the known
 * ones. A key whose value is null counts as absent.
 */
public final class Fields {
  private final Reading reading;
  private final Node.MapNode map;
  private final String path;

  Fields(Reading reading, Node.MapNode map, String path) {
    this.reading = reading;
    this.map = map;
    this.path = path;
  }

  /** @return the map node */
  public Node node() {
    return map;
  }

  /** @return the map's own path */
  public String path() {
    return path;
  }

  /**
   * The path of a field of this map.
   *
   * @param key the field
   * @return for example {@code sidecars[0].image}
   */
  public String path(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /**
   * Whether a field is present with a value other than null.
   *
   * @param key the field
   * @return true when it is
   */
  public boolean has(String key) {
    return value(key).isPresent();
  }

  /**
   * The node of a field.
   *
   * @param key the field
   * @return the node, or empty when absent or null
   */
  public Optional<Node> value(String key) {
    Node.Entry entry = map.entries().get(key);
    if (entry == null) {
      return Optional.empty();
    }
    Node value = entry.value();
    if (value instanceof Node.ScalarNode
        && ((Node.ScalarNode) value).type() == Node.ScalarNode.Type.NULL) {
      return Optional.empty();
    }
    return Optional.of(value);
  }

  /**
   * Reads an optional field.
   *
   * @param key the field
   * @param converter how to read it
   * @param <T> the value type
   * @return the value, or empty when absent or null
   */
  public <T> Optional<T> optional(String key, Reading.Converter<T> converter) {
    return value(key).map(node -> converter.convert(node, path(key)));
  }

  /**
   * Reads a required field.
   *
   * @param key the field
   * @param converter how to read it
   * @param <T> the value type
   * @return the value
   */
  public <T> T required(String key, Reading.Converter<T> converter) {
    Node node =
        value(key)
            .orElseThrow(() -> reading.error(map, path, "missing required field '" + key + "'"));
    return converter.convert(node, path(key));
  }
}
