package dev.sidecars.formats.internal;

import dev.sidecars.formats.ManifestException;
import dev.sidecars.model.Build;
import dev.sidecars.model.Container;
import dev.sidecars.model.EfsVolume;
import dev.sidecars.model.HealthCheck;
import dev.sidecars.model.Image;
import dev.sidecars.model.JobSettings;
import dev.sidecars.model.Logging;
import dev.sidecars.model.Mount;
import dev.sidecars.model.Port;
import dev.sidecars.model.Protocol;
import dev.sidecars.model.SecretRef;
import dev.sidecars.model.TaskDefinitionOverride;
import dev.sidecars.model.Variable;
import dev.sidecars.model.Volume;
import dev.sidecars.model.Workload;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a workload back into a Copilot manifest's tree: the fields the reader models are
 * written from the workload, in the manifest's key order, and every other key (count, network,
 * http rules, environments, ...) is kept as it was. What Copilot cannot express (a Kubernetes
 * probe, a ConfigMap, a second own port on a sidecar, ...) is an error naming the field, never
 * dropped.
 */
public final class CopilotWriter {
  private final String source;

  /**
   * Creates a writer.
   *
   * @param source the manifest's name, for error messages
   */
  public CopilotWriter(String source) {
    this.source = source;
  }

  /**
   * The manifest tree for a workload.
   *
   * @param workload the workload, with each container's own ports only
   * @param original the manifest as read, whose other keys are kept
   * @return the tree to write
   */
  @SuppressWarnings("unchecked")
  public Map<String, Object> write(Workload workload, Node.MapNode original) {
    Map<String, Object> out = (Map<String, Object>) original.toPlain();
    out.put("name", workload.name());
    out.put("type", workload.type().copilotName());
    Container main = workload.main();
    Map<String, Object> image = new LinkedHashMap<>();
    putImage(image, main.image());
    ownPort(main, "image.port").ifPresent(p -> image.put("port", port(p)));
    main.credentials().ifPresent(c -> image.put("credentials", c));
    putMap(image, "labels", main.labels());
    putDependsOn(image, main);
    main.healthCheck().ifPresent(h -> image.put("healthcheck", healthCheck(h)));
    out.put("image", image);
    replace(out, "entrypoint", main.entrypoint().map(ArrayList::new));
    replace(out, "command", main.command().map(ArrayList::new));
    replace(out, "cpu", workload.cpu().map(cpu -> exact(() -> cpu.ecsUnits(RoundingMode.UNNECESSARY), "cpu",
        "Copilot takes whole ECS CPU units; " + cpu + " is not one")));
    replace(out, "memory", workload.memory().map(memory -> exact(() -> memory.mebibytes(RoundingMode.UNNECESSARY), "memory",
        "Copilot takes whole MiB; " + memory + " is not one")));
    replace(out, "platform", workload.platform().map(Object::toString));
    replace(out, "variables", nonEmpty(variables(main.environment(), "variables")));
    replace(out, "secrets", nonEmpty(secrets(main.secrets(), "secrets")));
    replace(out, "env_file", main.envFile());
    rejectUnexpressible(main, "image", true);
    Map<String, Object> storage = out.get("storage") instanceof Map
        ? (Map<String, Object>) out.get("storage") : new LinkedHashMap<>();
    Map<String, Object> volumes = new LinkedHashMap<>();
    workload.volumes().forEach(v -> volumes.put(v.name(), volume(v)));
    replace(storage, "volumes", nonEmpty(volumes));
    replace(storage, "readonly_fs", main.readOnlyRootFilesystem());
    replace(storage, "ephemeral", workload.ephemeralStorage().map(size -> exact(() -> size.gibibytes(RoundingMode.UNNECESSARY),
        "storage.ephemeral", "Copilot takes whole GiB; " + size + " is not one")));
    replace(out, "storage", storage.isEmpty() ? Optional.empty() : Optional.of(storage));
    Map<String, Object> observability = out.get("observability") instanceof Map
        ? (Map<String, Object>) out.get("observability") : new LinkedHashMap<>();
    replace(observability, "tracing", workload.tracing().map(Object::toString));
    replace(out, "observability", observability.isEmpty() ? Optional.empty() : Optional.of(observability));
    List<Object> overrides = new ArrayList<>();
    for (TaskDefinitionOverride override : workload.taskDefinitionOverrides()) {
      Map<String, Object> rule = new LinkedHashMap<>();
      rule.put("path", override.path());
      rule.put("value", override.value());
      overrides.add(rule);
    }
    replace(out, "taskdef_overrides", overrides.isEmpty() ? Optional.empty() : Optional.of(overrides));
    writeJob(out, workload.job());
    writeTarget(out, workload.targetContainer());
    replace(out, "logging", workload.logging().map(this::logging));
    Map<String, Object> sidecars = new LinkedHashMap<>();
    for (Container sidecar : workload.sidecars()) {
      sidecars.put(sidecar.name(), sidecar(sidecar));
    }
    replace(out, "sidecars", nonEmpty(sidecars));
    for (String key : List.of("name", "image", "entrypoint", "command", "platform", "variables", "secrets", "env_file",
        "logging", "sidecars")) {
      if (out.containsKey(key)) {
        out.put(key, escaped(out.get(key), key));
      }
    }
    if (storage.containsKey("volumes")) {
      storage.put("volumes", escaped(storage.get("volumes"), "storage.volumes"));
    }
    CopilotFields fields = CopilotFields.of(workload.type().copilotName()).orElseThrow();
    Map<String, Object> before = (Map<String, Object>) original.toPlain();
    for (String key : List.of("image", "entrypoint", "command", "platform", "variables", "secrets", "env_file",
        "storage", "logging", "sidecars", "http", "nlb", "observability", "taskdef_overrides", "on", "timeout", "retries")) {
      Object value = out.get(key);
      if (value != null && !value.equals(before.get(key))) {
        expressible(fields, value, key, key);
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static void writeJob(Map<String, Object> out, Optional<JobSettings> job) {
    Optional<String> schedule = job.flatMap(JobSettings::schedule);
    Map<String, Object> on = out.get("on") instanceof Map ? (Map<String, Object>) out.get("on") : new LinkedHashMap<>();
    replace(on, "schedule", schedule);
    replace(out, "on", on.isEmpty() ? Optional.empty() : Optional.of(on));
    replace(out, "timeout", job.flatMap(JobSettings::timeout).map(GoDurations::format));
    replace(out, "retries", job.flatMap(JobSettings::retries));
  }

  /** Refuses a written key that Copilot does not read for the workload's type. */
  private void expressible(CopilotFields fields, Object value, String schemaPath, String path) {
    String parent = schemaPath.contains(".") ? schemaPath.substring(0, schemaPath.lastIndexOf('.')) : "";
    String key = schemaPath.substring(schemaPath.lastIndexOf('.') + 1);
    if (!fields.has(schemaPath)) {
      throw error(path, "a " + fields.type() + " has no '" + (parent.isEmpty() ? key : parent.replace(".*", "") + "." + key)
          + "'; Copilot cannot express it for this type");
    }
    if (value instanceof Map) {
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        String child = (String) entry.getKey();
        String childSchema = fields.keys(schemaPath).contains(child) || !fields.anyKey(schemaPath)
            ? schemaPath + "." + child : schemaPath + ".*";
        if (!fields.keys(schemaPath).isEmpty() || fields.anyKey(schemaPath)) {
          expressible(fields, entry.getValue(), childSchema, path + "." + child);
        }
      }
    }
  }

  /**
   * Copilot reads every {@code ${NAME}} in a string value as a variable, so a value that holds
   * one literally is written with Copilot's escape, {@code \\${NAME}}. Keys are not
   * interpolated, so they are written as they are. Copilot also reads a string that is a JSON
   * list of strings as that list, and has no escape for that.
   */
  private Object escaped(Object value, String path) {
    if (value instanceof String) {
      if (Interpolation.isJsonList((String) value)) {
        throw error(path, "Copilot reads the string '" + value + "' as a list and has no escape for it; "
            + "a Copilot manifest cannot hold this value literally");
      }
      return Interpolation.escape((String) value);
    }
    if (value instanceof Map) {
      Map<String, Object> out = new LinkedHashMap<>();
      ((Map<?, ?>) value).forEach((k, v) -> out.put((String) k, escaped(v, path + "." + k)));
      return out;
    }
    if (value instanceof List) {
      List<Object> out = new ArrayList<>();
      List<?> items = (List<?>) value;
      for (int i = 0; i < items.size(); i++) {
        out.add(escaped(items.get(i), path + "[" + i + "]"));
      }
      return out;
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  private void writeTarget(Map<String, Object> out, Optional<String> target) {
    for (String lb : List.of("http", "nlb")) {
      if (out.get(lb) instanceof Map) {
        Map<String, Object> section = (Map<String, Object>) out.get(lb);
        String key = section.containsKey("targetContainer") ? "targetContainer" : "target_container";
        if (section.containsKey(key)) {
          replace(section, key, target);
          return;
        }
      }
    }
    if (target.isPresent()) {
      Map<String, Object> http = out.get("http") instanceof Map
          ? (Map<String, Object>) out.get("http") : new LinkedHashMap<>();
      http.put("target_container", target.get());
      out.put("http", http);
    }
  }

  private Map<String, Object> sidecar(Container sidecar) {
    String path = "sidecars." + sidecar.name();
    Map<String, Object> out = new LinkedHashMap<>();
    ownPort(sidecar, path + ".port").ifPresent(p -> out.put("port", port(p)));
    Image image = sidecar.image();
    if (image.location().isPresent() && image.build().isEmpty()) {
      out.put("image", image.location().get());
    } else if (image.location().isPresent() || image.build().isPresent()) {
      Map<String, Object> map = new LinkedHashMap<>();
      putImage(map, image);
      out.put("image", map);
    }
    sidecar.essential().ifPresent(e -> out.put("essential", e));
    sidecar.credentials().ifPresent(c -> out.put("credentialsParameter", c));
    putIfNotEmpty(out, "variables", variables(sidecar.environment(), path + ".variables"));
    putIfNotEmpty(out, "secrets", secrets(sidecar.secrets(), path + ".secrets"));
    sidecar.envFile().ifPresent(f -> out.put("env_file", f));
    if (!sidecar.mounts().isEmpty()) {
      List<Object> mounts = new ArrayList<>();
      for (Mount mount : sidecar.mounts()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source_volume", mount.sourceVolume());
        m.put("path", mount.path());
        mount.readOnly().ifPresent(ro -> m.put("read_only", ro));
        mounts.add(m);
      }
      out.put("mount_points", mounts);
    }
    putMap(out, "labels", sidecar.labels());
    putDependsOn(out, sidecar);
    sidecar.healthCheck().ifPresent(h -> out.put("healthcheck", healthCheck(h)));
    sidecar.entrypoint().ifPresent(e -> out.put("entrypoint", new ArrayList<>(e)));
    sidecar.command().ifPresent(c -> out.put("command", new ArrayList<>(c)));
    rejectUnexpressible(sidecar, path, false);
    return out;
  }

  private void rejectUnexpressible(Container container, String path, boolean main) {
    List<String> fields = new ArrayList<>();
    if (container.livenessProbe().isPresent()) {
      fields.add("livenessProbe");
    }
    if (container.readinessProbe().isPresent()) {
      fields.add("readinessProbe");
    }
    if (container.startupProbe().isPresent()) {
      fields.add("startupProbe");
    }
    if (container.resources().isPresent()) {
      fields.add("resources");
    }
    if (!container.configMaps().isEmpty()) {
      fields.add("configMaps");
    }
    if (!container.secretMounts().isEmpty()) {
      fields.add("secretMounts");
    }
    if (main && !container.mounts().isEmpty()) {
      fields.add("mounts (the main container mounts storage.volumes by their path)");
    }
    if (main && container.essential().isPresent()) {
      fields.add("essential");
    }
    if (!main && container.readOnlyRootFilesystem().isPresent()) {
      fields.add("readOnlyRootFilesystem (Copilot's storage.readonly_fs is the main container's)");
    }
    if (container.ports().stream().anyMatch(p -> p.name().isPresent() || p.servicePort().isPresent())) {
      fields.add("ports with a name or service port");
    }
    if (!fields.isEmpty()) {
      throw error(path, "a Copilot manifest cannot express " + String.join(", ", fields)
          + " of container '" + container.name() + "'");
    }
  }

  private Optional<Port> ownPort(Container container, String path) {
    if (container.ports().size() > 1) {
      throw error(path, "a Copilot container has one port of its own; '" + container.name() + "' has "
          + container.ports());
    }
    Optional<Port> port = container.ports().stream().findFirst();
    if (port.isPresent() && port.get().protocol() == Protocol.SCTP) {
      throw error(path, "Copilot ports are TCP or UDP, not SCTP");
    }
    return port;
  }

  private static Object port(Port port) {
    return port.protocol() == Protocol.TCP ? (Object) (long) port.number() : port.key();
  }

  private static void putImage(Map<String, Object> out, Image image) {
    image.build().ifPresent(b -> out.put("build", build(b)));
    image.location().ifPresent(l -> out.put("location", l));
  }

  private static Object build(Build build) {
    if (build.context().isEmpty() && build.target().isEmpty() && build.args().isEmpty()
        && build.cacheFrom().isEmpty() && build.dockerfile().isPresent()) {
      return build.dockerfile().get();
    }
    Map<String, Object> out = new LinkedHashMap<>();
    build.dockerfile().ifPresent(d -> out.put("dockerfile", d));
    build.context().ifPresent(c -> out.put("context", c));
    build.target().ifPresent(t -> out.put("target", t));
    putMap(out, "args", build.args());
    if (!build.cacheFrom().isEmpty()) {
      out.put("cache_from", new ArrayList<>(build.cacheFrom()));
    }
    return out;
  }

  private static Map<String, Object> healthCheck(HealthCheck check) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (!check.command().isEmpty()) {
      out.put("command", new ArrayList<>(check.command()));
    }
    check.interval().ifPresent(d -> out.put("interval", GoDurations.format(d)));
    check.retries().ifPresent(r -> out.put("retries", (long) r));
    check.timeout().ifPresent(d -> out.put("timeout", GoDurations.format(d)));
    check.startPeriod().ifPresent(d -> out.put("start_period", GoDurations.format(d)));
    return out;
  }

  private Map<String, Object> variables(Map<String, Variable> variables, String path) {
    Map<String, Object> out = new LinkedHashMap<>();
    variables.forEach((name, v) -> {
      switch (v.kind()) {
        case PLAIN:
          out.put(name, v.value());
          break;
        case IMPORTED:
          out.put(name, Map.of("from_cfn", v.value()));
          break;
        default:
          throw error(path + "." + name, "a Copilot manifest cannot express the " + v.kind() + " variable " + v);
      }
    });
    return out;
  }

  private Map<String, Object> secrets(Map<String, SecretRef> secrets, String path) {
    Map<String, Object> out = new LinkedHashMap<>();
    secrets.forEach((name, ref) -> {
      switch (ref.source()) {
        case SSM_PARAMETER:
          out.put(name, ref.name());
          break;
        case SECRETS_MANAGER:
          out.put(name, Map.of("secretsmanager", ref.name()));
          break;
        case IMPORTED:
          out.put(name, Map.of("from_cfn", ref.name()));
          break;
        default:
          throw error(path + "." + name, "a Copilot manifest cannot express a Kubernetes secret");
      }
    });
    return out;
  }

  private static Map<String, Object> volume(Volume volume) {
    Map<String, Object> out = new LinkedHashMap<>();
    volume.path().ifPresent(p -> out.put("path", p));
    volume.readOnly().ifPresent(ro -> out.put("read_only", ro));
    volume.efs().ifPresent(efs -> out.put("efs", efs(efs)));
    return out;
  }

  private static Object efs(EfsVolume efs) {
    Map<String, Object> out = new LinkedHashMap<>();
    efs.fileSystemId().ifPresent(id -> out.put("id", id));
    efs.fileSystemExport().ifPresent(export -> out.put("id", Map.of("from_cfn", export)));
    efs.rootDirectory().ifPresent(r -> out.put("root_dir", r));
    if (efs.iam().isPresent() || efs.accessPointId().isPresent()) {
      Map<String, Object> auth = new LinkedHashMap<>();
      efs.iam().ifPresent(i -> auth.put("iam", i));
      efs.accessPointId().ifPresent(a -> auth.put("access_point_id", a));
      out.put("auth", auth);
    }
    efs.uid().ifPresent(u -> out.put("uid", u));
    efs.gid().ifPresent(g -> out.put("gid", g));
    return out.isEmpty() ? Boolean.TRUE : out;
  }

  private Map<String, Object> logging(Logging logging) {
    Map<String, Object> out = new LinkedHashMap<>();
    logging.retention().ifPresent(r -> out.put("retention", (long) r));
    logging.image().ifPresent(i -> out.put("image", i));
    putMap(out, "destination", logging.destination());
    logging.enableMetadata().ifPresent(e -> out.put("enableMetadata", e));
    putIfNotEmpty(out, "secretOptions", secrets(logging.secretOptions(), "logging.secretOptions"));
    logging.configFilePath().ifPresent(c -> out.put("configFilePath", c));
    putIfNotEmpty(out, "variables", variables(logging.variables(), "logging.variables"));
    putIfNotEmpty(out, "secrets", secrets(logging.secrets(), "logging.secrets"));
    logging.envFile().ifPresent(f -> out.put("env_file", f));
    return out;
  }

  private static void putDependsOn(Map<String, Object> out, Container container) {
    Map<String, Object> dependsOn = new LinkedHashMap<>();
    container.dependsOn().forEach((name, condition) -> dependsOn.put(name, condition.toString()));
    putIfNotEmpty(out, "depends_on", dependsOn);
  }

  private static void putMap(Map<String, Object> out, String key, Map<String, String> values) {
    putIfNotEmpty(out, key, new LinkedHashMap<>(values));
  }

  private static void putIfNotEmpty(Map<String, Object> out, String key, Map<String, Object> values) {
    if (!values.isEmpty()) {
      out.put(key, values);
    }
  }

  private static Optional<Object> nonEmpty(Map<String, Object> values) {
    return values.isEmpty() ? Optional.empty() : Optional.of(values);
  }

  private static void replace(Map<String, Object> out, String key, Optional<?> value) {
    if (value.isPresent()) {
      out.put(key, value.get());
    } else {
      out.remove(key);
    }
  }

  private Object exact(java.util.function.LongSupplier value, String path, String problem) {
    try {
      return value.getAsLong();
    } catch (ArithmeticException e) {
      throw error(path, problem);
    }
  }

  private ManifestException error(String path, String problem) {
    return new ManifestException(source, 0, 0, path, problem, null);
  }
}
