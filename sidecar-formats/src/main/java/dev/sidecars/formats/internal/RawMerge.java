package dev.sidecars.formats.internal;

/**
 * Copilot's generic override rule on raw trees (mergo with override): two maps merge key by
 * key, recursively; anything else in the override replaces the base (so lists are replaced
 * whole and {@code http: false} replaces a map); an override of null keeps the base.
 */
public final class RawMerge {
  private static final java.util.List<String> EFS_EXISTING = java.util.List.of("id", "root_dir", "auth");
  private static final java.util.List<String> EFS_MANAGED = java.util.List.of("uid", "gid");

  private RawMerge() {}

  /**
   * An environment section whose {@code storage.volumes} entries are merged with the root's
   * field by field, as Copilot merges them ({@code map[string]*Volume}), so that reading the
   * section gives whole volumes. Of an EFS configuration, the side the override sets wins:
   * {@code id}/{@code root_dir}/{@code auth} or {@code uid}/{@code gid}
   * ({@code efsVolumeConfigurationTransformer}).
   *
   * @param root the manifest's root
   * @param section the environment's section
   * @return the section with merged volumes, or the section itself when it has none
   */
  public static Node.MapNode withMergedVolumes(Node.MapNode root, Node.MapNode section) {
    Node.MapNode baseVolumes = volumes(root);
    Node.MapNode overrideVolumes = volumes(section);
    if (baseVolumes == null || overrideVolumes == null) {
      return section;
    }
    Node.MapNode volumes = new Node.MapNode(overrideVolumes.line(), overrideVolumes.column());
    for (Node.Entry entry : overrideVolumes.entries().values()) {
      Node.Entry base = baseVolumes.entries().get(entry.key());
      Node value = base == null ? entry.value() : merge(withoutReplacedEfs(base.value(), entry.value()), entry.value());
      volumes.put(entry.key(), new Node.Entry(entry.key(), entry.line(), entry.column(), value));
    }
    Node.MapNode storage = (Node.MapNode) section.entries().get("storage").value();
    Node.MapNode newStorage = copyWith(storage, "volumes", volumes);
    return copyWith(section, "storage", newStorage);
  }

  private static Node.MapNode volumes(Node.MapNode section) {
    Node.Entry storage = section.entries().get("storage");
    if (storage == null || !(storage.value() instanceof Node.MapNode)) {
      return null;
    }
    Node.Entry volumes = ((Node.MapNode) storage.value()).entries().get("volumes");
    return volumes != null && volumes.value() instanceof Node.MapNode ? (Node.MapNode) volumes.value() : null;
  }

  /** The base volume without the EFS side that the override's EFS settings replace. */
  private static Node withoutReplacedEfs(Node baseVolume, Node overrideVolume) {
    if (!(baseVolume instanceof Node.MapNode) || !(overrideVolume instanceof Node.MapNode)) {
      return baseVolume;
    }
    Node.Entry baseEfs = ((Node.MapNode) baseVolume).entries().get("efs");
    Node.Entry overrideEfs = ((Node.MapNode) overrideVolume).entries().get("efs");
    if (baseEfs == null || overrideEfs == null || !(baseEfs.value() instanceof Node.MapNode)
        || !(overrideEfs.value() instanceof Node.MapNode)) {
      return baseVolume;
    }
    Node.MapNode override = (Node.MapNode) overrideEfs.value();
    java.util.List<String> cleared = override.entries().keySet().stream().anyMatch(EFS_EXISTING::contains) ? EFS_MANAGED
        : override.entries().keySet().stream().anyMatch(EFS_MANAGED::contains) ? EFS_EXISTING : java.util.List.of();
    Node.MapNode efs = new Node.MapNode(baseEfs.value().line(), baseEfs.value().column());
    for (Node.Entry entry : ((Node.MapNode) baseEfs.value()).entries().values()) {
      if (!cleared.contains(entry.key())) {
        efs.put(entry.key(), entry);
      }
    }
    return copyWith((Node.MapNode) baseVolume, "efs", efs);
  }

  private static Node.MapNode copyWith(Node.MapNode map, String key, Node value) {
    Node.MapNode copy = new Node.MapNode(map.line(), map.column());
    for (Node.Entry entry : map.entries().values()) {
      copy.put(entry.key(), entry.key().equals(key) ? new Node.Entry(key, entry.line(), entry.column(), value) : entry);
    }
    return copy;
  }

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
