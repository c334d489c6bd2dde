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
      Map.of("efsVolumeConfiguration", "EFSVolumeConfiguration", "fileSystemId", "FilesystemId", "iam", "IAM",
          // only a proxy configuration has properties in a task definition
          "properties", "ProxyConfigurationProperties");
  private static final Set<String> VERBATIM_MAPS = Set.of("dockerLabels", "options");
  private static final Map<String, String> TO_API = Map.of(
      "EFSVolumeConfiguration", "efsVolumeConfiguration", "FilesystemId", "fileSystemId", "IAM", "iam",
      "FSxWindowsFileServerVolumeConfiguration", "fsxWindowsFileServerVolumeConfiguration",
      "ProxyConfigurationProperties", "properties");

  private CloudFormationNames() {}

  /**
   * A CloudFormation property name as the API names it: the first letter in lower case, except
   * the exceptions of the schema ({@code EFSVolumeConfiguration}, {@code FilesystemId},
   * {@code IAM}, {@code FSxWindowsFileServerVolumeConfiguration},
   * {@code ProxyConfigurationProperties}).
   *
   * @param cloudFormation the CloudFormation name, for example {@code ContainerDefinitions}
   * @return the API name, for example {@code containerDefinitions}
   */
  public static String toApi(String cloudFormation) {
    String exception = TO_API.get(cloudFormation);
    if (exception != null) {
      return exception;
    }
    return cloudFormation.isEmpty() ? cloudFormation
        : Character.toLowerCase(cloudFormation.charAt(0)) + cloudFormation.substring(1);
  }

  /**
   * Whether a property's value is a map whose keys the user owns, never recased.
   *
   * @param name the property, in either notation
   * @return true for {@code dockerLabels}/{@code DockerLabels} and {@code options}/{@code Options}
   */
  public static boolean verbatim(String name) {
    return VERBATIM_MAPS.contains(toApi(name));
  }

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
