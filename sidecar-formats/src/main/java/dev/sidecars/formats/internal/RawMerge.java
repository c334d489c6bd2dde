package dev.sidecars.formats.internal;

/**
 * Copilot's generic override rule on raw trees (mergo with override): two maps merge key by
 * key, recursively; anything else in the override replaces the base (so lists are replaced
 * whole and {@code http: false} replaces a map); an override of null keeps the base.
 */
public final class RawMerge {
  private RawMerge() {}

  /**
   * Merges an override into a base.
   *
   * @param base the base value
   * @param override the override value
   * @return the merged value
   */
  public static Node merge(Node base, Node override) {
    if (override instanceof Node.ScalarNode
        && ((Node.ScalarNode) override).type() == Node.ScalarNode.Type.NULL) {
      return base;
    }
    if (!(base instanceof Node.MapNode) || !(override instanceof Node.MapNode)) {
      return override;
    }
    Node.MapNode baseMap = (Node.MapNode) base;
    Node.MapNode merged = new Node.MapNode(base.line(), base.column());
    for (Node.Entry entry : baseMap.entries().values()) {
      merged.put(entry.key(), entry);
    }
    for (Node.Entry entry : ((Node.MapNode) override).entries().values()) {
      Node.Entry existing = baseMap.entries().get(entry.key());
      Node value = existing == null ? entry.value() : merge(existing.value(), entry.value());
      merged.put(entry.key(), new Node.Entry(entry.key(), entry.line(), entry.column(), value));
    }
    return merged;
  }
}
