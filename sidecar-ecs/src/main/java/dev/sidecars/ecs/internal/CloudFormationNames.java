package dev.sidecars.ecs.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * API names to CloudFormation names: the first letter capitalised, except the exceptions in
 * the CloudFormation schema ({@code efsVolumeConfiguration} is {@code EFSVolumeConfiguration},
 * {@code fileSystemId} is {@code FilesystemId}, {@code iam} is {@code IAM}). The keys of maps
 * the user owns (Docker labels, log and FireLens options) and intrinsic functions are never
 * recased.
 */
public final class CloudFormationNames {
  private static final Map<String, String> EXCEPTIONS =
      Map.of("efsVolumeConfiguration", "EFSVolumeConfiguration", "fileSystemId", "FilesystemId", "iam", "IAM");
  private static final Set<String> VERBATIM_MAPS = Set.of("dockerLabels", "options");

  private CloudFormationNames() {}

  /**
   * Recases a camelCase tree.
   *
   * @param tree the tree
   * @return the same tree with CloudFormation names
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> recase(Map<String, Object> tree) {
    Map<String, Object> out = new LinkedHashMap<>();
    tree.forEach((key, value) -> {
      String name = EXCEPTIONS.getOrDefault(key, Character.toUpperCase(key.charAt(0)) + key.substring(1));
      out.put(name, VERBATIM_MAPS.contains(key) ? value : recaseValue(value));
    });
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Object recaseValue(Object value) {
    if (value instanceof Map) {
      Map<String, Object> map = (Map<String, Object>) value;
      boolean intrinsic = map.size() == 1 && map.keySet().iterator().next().startsWith("Fn::");
      return intrinsic ? map : recase(map);
    }
    if (value instanceof List) {
      List<Object> list = new ArrayList<>();
      ((List<Object>) value).forEach(item -> list.add(recaseValue(item)));
      return list;
    }
    return value;
  }
}
