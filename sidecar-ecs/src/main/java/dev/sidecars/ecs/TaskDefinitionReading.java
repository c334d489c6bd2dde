package dev.sidecars.ecs;

import dev.sidecars.model.DependencyCondition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the request tree the emitter built into an {@link EcsTaskDefinition}. Task definition
 * overrides can put any value anywhere, so every field is checked for the type ECS takes; a
 * value of another type is an {@link EcsEmitException} naming its place in the request.
 */
final class TaskDefinitionReading {
  private TaskDefinitionReading() {}

  static EcsTaskDefinition read(Map<String, Object> tree, String apiJson,
      Function<CloudFormationFormat, String> cloudFormation) {
    EcsTaskDefinition.Builder b = new EcsTaskDefinition.Builder();
    b.family = text(tree.get("family"), "family").orElse("");
    b.networkMode = text(tree.get("networkMode"), "networkMode");
    b.requiresCompatibilities = strings(tree.get("requiresCompatibilities"), "requiresCompatibilities").orElse(List.of());
    b.cpu = text(tree.get("cpu"), "cpu");
    b.memory = text(tree.get("memory"), "memory");
    b.executionRoleArn = text(tree.get("executionRoleArn"), "executionRoleArn");
    b.taskRoleArn = text(tree.get("taskRoleArn"), "taskRoleArn");
    List<EcsContainerDefinition> containers = new ArrayList<>();
    List<Map<String, Object>> definitions = maps(tree.get("containerDefinitions"), "containerDefinitions");
    for (int i = 0; i < definitions.size(); i++) {
      containers.add(container(definitions.get(i), "containerDefinitions[" + i + "]"));
    }
    b.containerDefinitions = containers;
    List<EcsVolume> volumes = new ArrayList<>();
    List<Map<String, Object>> volumeMaps = maps(tree.get("volumes"), "volumes");
    for (int i = 0; i < volumeMaps.size(); i++) {
      String path = "volumes[" + i + "]";
      Map<String, Object> volume = volumeMaps.get(i);
      Optional<Map<String, Object>> efs = map(volume.get("efsVolumeConfiguration"), path + ".efsVolumeConfiguration");
      Optional<String> fileSystem = efs.flatMap(e -> text(e.get("fileSystemId"), path + ".efsVolumeConfiguration.fileSystemId"));
      Optional<String> accessPoint = efs.flatMap(e -> map(e.get("authorizationConfig"), path + ".authorizationConfig"))
          .flatMap(a -> text(a.get("accessPointId"), path + ".authorizationConfig.accessPointId"));
      volumes.add(EcsVolume.of(text(volume.get("name"), path + ".name").orElse(""), fileSystem, accessPoint));
    }
    b.volumes = volumes;
    b.apiJson = apiJson;
    b.cloudFormation = cloudFormation;
    return new EcsTaskDefinition(b);
  }

  private static EcsContainerDefinition container(Map<String, Object> c, String path) {
    var b = EcsContainerDefinition.builder()
        .name(text(c.get("name"), path + ".name").orElse(""))
        .image(text(c.get("image"), path + ".image").orElse(""))
        .essential(flag(c.get("essential"), path + ".essential").orElse(true))
        .cpu(integer(c.get("cpu"), path + ".cpu"))
        .memory(integer(c.get("memory"), path + ".memory"))
        .memoryReservation(integer(c.get("memoryReservation"), path + ".memoryReservation"))
        .entryPoint(strings(c.get("entryPoint"), path + ".entryPoint"))
        .command(strings(c.get("command"), path + ".command"))
        .readonlyRootFilesystem(flag(c.get("readonlyRootFilesystem"), path + ".readonlyRootFilesystem"))
        .dockerLabels(textMap(c.get("dockerLabels"), path + ".dockerLabels"));
    List<Map<String, Object>> ports = maps(c.get("portMappings"), path + ".portMappings");
    for (int i = 0; i < ports.size(); i++) {
      String at = path + ".portMappings[" + i + "]";
      Map<String, Object> p = ports.get(i);
      b.addPortMappings(EcsPortMapping.of(integer(p.get("containerPort"), at + ".containerPort").orElse(0),
          text(p.get("protocol"), at + ".protocol").orElse("tcp"), text(p.get("name"), at + ".name")));
    }
    b.environment(pairs(c.get("environment"), path + ".environment", "value"));
    b.secrets(pairs(c.get("secrets"), path + ".secrets", "valueFrom"));
    List<Map<String, Object>> dependencies = maps(c.get("dependsOn"), path + ".dependsOn");
    for (int i = 0; i < dependencies.size(); i++) {
      String at = path + ".dependsOn[" + i + "]";
      Map<String, Object> d = dependencies.get(i);
      String condition = text(d.get("condition"), at + ".condition").orElse("");
      DependencyCondition parsed;
      try {
        parsed = DependencyCondition.valueOf(condition);
      } catch (IllegalArgumentException e) {
        throw new EcsEmitException(at + ".condition", "'" + condition + "' is no dependency condition; ECS takes "
            + "START, COMPLETE, SUCCESS or HEALTHY");
      }
      b.addDependsOn(EcsDependency.of(text(d.get("containerName"), at + ".containerName").orElse(""), parsed));
    }
    map(c.get("logConfiguration"), path + ".logConfiguration").ifPresent(l -> b.logConfiguration(
        EcsLogConfiguration.of(text(l.get("logDriver"), path + ".logConfiguration.logDriver").orElse(""),
            textMap(l.get("options"), path + ".logConfiguration.options"),
            pairs(l.get("secretOptions"), path + ".logConfiguration.secretOptions", "valueFrom"))));
    map(c.get("firelensConfiguration"), path + ".firelensConfiguration").ifPresent(f -> b.firelensConfiguration(
        EcsFirelensConfiguration.of(text(f.get("type"), path + ".firelensConfiguration.type").orElse(""),
            textMap(f.get("options"), path + ".firelensConfiguration.options"))));
    map(c.get("healthCheck"), path + ".healthCheck").ifPresent(h -> b.healthCheck(EcsHealthCheck.builder()
        .command(strings(h.get("command"), path + ".healthCheck.command").orElse(List.of()))
        .interval(integer(h.get("interval"), path + ".healthCheck.interval"))
        .timeout(integer(h.get("timeout"), path + ".healthCheck.timeout"))
        .retries(integer(h.get("retries"), path + ".healthCheck.retries"))
        .startPeriod(integer(h.get("startPeriod"), path + ".healthCheck.startPeriod"))
        .build()));
    List<Map<String, Object>> mounts = maps(c.get("mountPoints"), path + ".mountPoints");
    for (int i = 0; i < mounts.size(); i++) {
      String at = path + ".mountPoints[" + i + "]";
      Map<String, Object> m = mounts.get(i);
      b.addMountPoints(EcsMountPoint.of(text(m.get("sourceVolume"), at + ".sourceVolume").orElse(""),
          text(m.get("containerPath"), at + ".containerPath").orElse(""),
          flag(m.get("readOnly"), at + ".readOnly").orElse(false)));
    }
    return b.build();
  }

  /** A list of {@code {name, <valueKey>}} entries as a map, in order. */
  private static Map<String, String> pairs(Object value, String path, String valueKey) {
    Map<String, String> pairs = new LinkedHashMap<>();
    List<Map<String, Object>> entries = maps(value, path);
    for (int i = 0; i < entries.size(); i++) {
      String at = path + "[" + i + "]";
      pairs.put(text(entries.get(i).get("name"), at + ".name").orElse(""),
          text(entries.get(i).get(valueKey), at + "." + valueKey).orElse(""));
    }
    return pairs;
  }

  private static Optional<String> text(Object value, String path) {
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof String || value instanceof Number || value instanceof Boolean) {
      return Optional.of(value.toString());
    }
    throw wrongType(path, value, "a string");
  }

  private static Optional<Integer> integer(Object value, String path) {
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
        && Math.abs(n.doubleValue()) <= Integer.MAX_VALUE) {
      return Optional.of(n.intValue());
    }
    throw wrongType(path, value, "a whole number");
  }

  private static Optional<Boolean> flag(Object value, String path) {
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof Boolean b) {
      return Optional.of(b);
    }
    throw wrongType(path, value, "true or false");
  }

  private static Optional<List<String>> strings(Object value, String path) {
    if (value == null) {
      return Optional.empty();
    }
    if (!(value instanceof List<?> list)) {
      throw wrongType(path, value, "a list");
    }
    List<String> strings = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      strings.add(text(list.get(i), path + "[" + i + "]").orElse(""));
    }
    return Optional.of(strings);
  }

  private static Map<String, String> textMap(Object value, String path) {
    Map<String, String> texts = new LinkedHashMap<>();
    map(value, path).ifPresent(m -> m.forEach((k, v) -> texts.put(k, text(v, path + "." + k).orElse(""))));
    return texts;
  }

  @SuppressWarnings("unchecked")
  private static Optional<Map<String, Object>> map(Object value, String path) {
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof Map<?, ?>) {
      return Optional.of((Map<String, Object>) value);
    }
    throw wrongType(path, value, "a map");
  }

  private static List<Map<String, Object>> maps(Object value, String path) {
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list)) {
      throw wrongType(path, value, "a list");
    }
    List<Map<String, Object>> maps = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      maps.add(map(list.get(i), path + "[" + i + "]").orElseThrow(() -> wrongType(path, null, "a list of maps")));
    }
    return maps;
  }

  private static EcsEmitException wrongType(String path, Object value, String expected) {
    String got = value == null ? "nothing" : value instanceof List ? "a list" : value instanceof Map ? "a map"
        : value instanceof String ? "a string" : value instanceof Boolean ? "a boolean" : "a number";
    return new EcsEmitException(path, "ECS takes " + expected + " here, and the task definition (after its overrides)"
        + " has " + got);
  }
}
