package dev.sidecars.formats.internal;

import dev.sidecars.model.Build;
import dev.sidecars.model.ConfigMap;
import dev.sidecars.model.Container;
import dev.sidecars.model.EfsVolume;
import dev.sidecars.model.HealthCheck;
import dev.sidecars.model.Image;
import dev.sidecars.model.Logging;
import dev.sidecars.model.Mount;
import dev.sidecars.model.Port;
import dev.sidecars.model.Probe;
import dev.sidecars.model.Resources;
import dev.sidecars.model.SecretRef;
import dev.sidecars.model.SidecarTemplate;
import dev.sidecars.model.Variable;
import dev.sidecars.model.Volume;
import dev.sidecars.model.Workload;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns model values into the native manifest's tree of maps, lists and scalars, in a fixed
 * field order, so that the same value always gives the same bytes. Empty collections and
 * unset optionals are left out; an entrypoint or command given as empty is written as
 * {@code []}.
 */
public final class NativeWriter {

  /**
   * The tree of a workload document.
   *
   * @param workload the workload
   * @return maps, lists and scalars in output order
   */
  public Map<String, Object> workload(Workload workload) {
    Map<String, Object> out = header(NativeReader.KIND_WORKLOAD);
    out.put("name", workload.name());
    out.put("type", workload.type().id());
    putIfPresent(out, "platform", workload.platform().map(Object::toString));
    putIfPresent(out, "cpu", workload.cpu().map(Object::toString));
    putIfPresent(out, "memory", workload.memory().map(Object::toString));
    putIfPresent(out, "ephemeralStorage", workload.ephemeralStorage().map(Object::toString));
    putIfPresent(out, "tracing", workload.tracing().map(Object::toString));
    putList(out, "taskDefinitionOverrides", workload.taskDefinitionOverrides(), override -> {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("path", override.path());
      map.put("value", override.value());
      return map;
    });
    putIfPresent(out, "job", workload.job().map(job -> {
      Map<String, Object> map = new LinkedHashMap<>();
      putIfPresent(map, "schedule", job.schedule());
      putIfPresent(map, "timeout", job.timeout().map(GoDurations::format));
      putIfPresent(map, "retries", job.retries());
      return map;
    }));
    putIfPresent(out, "targetContainer", workload.targetContainer());
    out.put("main", container(workload.main()));
    putList(out, "sidecars", workload.sidecars(), this::container);
    putList(out, "volumes", workload.volumes(), this::volume);
    putIfPresent(out, "logging", workload.logging().map(this::logging));
    return out;
  }

  /**
   * The tree of a sidecar template document.
   *
   * @param template the template
   * @return maps, lists and scalars in output order
   */
  public Map<String, Object> template(SidecarTemplate template) {
    Map<String, Object> out = header(NativeReader.KIND_TEMPLATE);
    out.put("tenantId", template.tenantId());
    out.put("itemId", template.itemId());
    putIfPresent(out, "version", template.version());
    out.put("title", template.title());
    putIfPresent(out, "description", template.description());
    template.documentation().ifPresent(doc -> {
      Map<String, Object> documentation = new LinkedHashMap<>();
      documentation.put("type", doc.type().toString());
      documentation.put("url", doc.url());
      out.put("documentation", documentation);
    });
    out.put("defaults", container(template.defaults()));
    template.mainDependsOn().ifPresent(condition -> out.put("mainDependsOn", condition.toString()));
    template.logRouter().ifPresent(options -> {
      Map<String, Object> router = new LinkedHashMap<>();
      if (!options.isEmpty()) {
        router.put("options", new LinkedHashMap<>(options));
      }
      out.put("logRouter", router);
    });
    return out;
  }

  private static Map<String, Object> header(String kind) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("apiVersion", NativeReader.API_VERSION);
    out.put("kind", kind);
    return out;
  }

  /**
   * The tree of one container.
   *
   * @param container the container
   * @return its map
   */
  public Map<String, Object> container(Container container) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", container.name());
    out.put("image", image(container.image()));
    putIfPresent(out, "credentials", container.credentials());
    putList(out, "ports", container.ports(), this::port);
    putIfPresent(out, "essential", container.essential());
    putIfPresent(out, "entrypoint", container.entrypoint().map(ArrayList::new));
    putIfPresent(out, "command", container.command().map(ArrayList::new));
    putMap(out, "environment", container.environment(), this::variable);
    putMap(out, "secrets", container.secrets(), this::secret);
    putIfPresent(out, "envFile", container.envFile());
    putList(out, "mounts", container.mounts(), this::mount);
    putMap(out, "labels", container.labels(), v -> v);
    putMap(out, "dependsOn", container.dependsOn(), Object::toString);
    putIfPresent(out, "healthCheck", container.healthCheck().map(this::healthCheck));
    putIfPresent(out, "livenessProbe", container.livenessProbe().map(this::probe));
    putIfPresent(out, "readinessProbe", container.readinessProbe().map(this::probe));
    putIfPresent(out, "startupProbe", container.startupProbe().map(this::probe));
    putIfPresent(out, "resources", container.resources().map(this::resources));
    putIfPresent(out, "readOnlyRootFilesystem", container.readOnlyRootFilesystem());
    putList(out, "configMaps", container.configMaps(), this::configMap);
    putList(out, "secretMounts", container.secretMounts(), mount -> {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("name", mount.name());
      map.put("mountPath", mount.mountPath());
      return map;
    });
    return out;
  }

  private Object image(Image image) {
    if (image.build().isEmpty() && image.location().isPresent()) {
      return image.location().get();
    }
    Map<String, Object> out = new LinkedHashMap<>();
    putIfPresent(out, "location", image.location());
    putIfPresent(out, "build", image.build().map(this::build));
    return out;
  }

  private Map<String, Object> build(Build build) {
    Map<String, Object> out = new LinkedHashMap<>();
    putIfPresent(out, "dockerfile", build.dockerfile());
    putIfPresent(out, "context", build.context());
    putIfPresent(out, "target", build.target());
    putMap(out, "args", build.args(), v -> v);
    putList(out, "cacheFrom", build.cacheFrom(), v -> v);
    return out;
  }

  private Object port(Port port) {
    if (port.name().isEmpty() && port.servicePort().isEmpty()) {
      return port.key();
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("number", port.number());
    out.put("protocol", port.protocol().toString());
    putIfPresent(out, "name", port.name());
    putIfPresent(out, "servicePort", port.servicePort());
    return out;
  }

  private Object variable(Variable variable) {
    Map<String, Object> out = new LinkedHashMap<>();
    switch (variable.kind()) {
      case PLAIN:
        return variable.value();
      case IMPORTED:
        out.put("imported", variable.value());
        break;
      case CONFIG_MAP:
        out.put("configMap", variable.value());
        putIfPresent(out, "key", variable.key());
        break;
      default:
        out.put("field", variable.value());
        putIfPresent(out, "container", variable.key());
        break;
    }
    return out;
  }

  private Object secret(SecretRef secret) {
    Map<String, Object> out = new LinkedHashMap<>();
    switch (secret.source()) {
      case SSM_PARAMETER:
        out.put("ssm", secret.name());
        break;
      case SECRETS_MANAGER:
        out.put("secretsManager", secret.name());
        break;
      case IMPORTED:
        out.put("imported", secret.name());
        break;
      default:
        out.put("kubernetes", secret.name());
        putIfPresent(out, "key", secret.key());
        break;
    }
    return out;
  }

  private Map<String, Object> mount(Mount mount) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("sourceVolume", mount.sourceVolume());
    out.put("path", mount.path());
    putIfPresent(out, "readOnly", mount.readOnly());
    return out;
  }

  private Map<String, Object> healthCheck(HealthCheck check) {
    Map<String, Object> out = new LinkedHashMap<>();
    putList(out, "command", check.command(), v -> v);
    putIfPresent(out, "interval", check.interval().map(GoDurations::format));
    putIfPresent(out, "retries", check.retries());
    putIfPresent(out, "timeout", check.timeout().map(GoDurations::format));
    putIfPresent(out, "startPeriod", check.startPeriod().map(GoDurations::format));
    return out;
  }

  private Map<String, Object> probe(Probe probe) {
    Map<String, Object> out = new LinkedHashMap<>();
    putIfPresent(out, "path", probe.path());
    putIfPresent(out, "port", probe.port());
    putIfPresent(out, "command", probe.command().map(ArrayList::new));
    putIfPresent(out, "initialDelay", probe.initialDelay().map(GoDurations::format));
    putIfPresent(out, "period", probe.period().map(GoDurations::format));
    putIfPresent(out, "timeout", probe.timeout().map(GoDurations::format));
    putIfPresent(out, "successThreshold", probe.successThreshold());
    putIfPresent(out, "failureThreshold", probe.failureThreshold());
    return out;
  }

  private Map<String, Object> resources(Resources resources) {
    Map<String, Object> out = new LinkedHashMap<>();
    putIfPresent(out, "cpuMin", resources.cpuMin().map(Object::toString));
    putIfPresent(out, "cpuMax", resources.cpuMax().map(Object::toString));
    putIfPresent(out, "memoryMin", resources.memoryMin().map(Object::toString));
    putIfPresent(out, "memoryMax", resources.memoryMax().map(Object::toString));
    return out;
  }

  private Map<String, Object> configMap(ConfigMap configMap) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", configMap.name());
    out.put("mountPath", configMap.mountPath());
    putList(out, "files", configMap.files(), file -> {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("name", file.name());
      map.put("content", file.content());
      return map;
    });
    configMap.preserveDirectory().ifPresent(v -> out.put("preserveDirectory", v));
    return out;
  }

  private Map<String, Object> volume(Volume volume) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", volume.name());
    putIfPresent(out, "path", volume.path());
    putIfPresent(out, "readOnly", volume.readOnly());
    putIfPresent(out, "efs", volume.efs().map(this::efs));
    return out;
  }

  private Map<String, Object> efs(EfsVolume efs) {
    Map<String, Object> out = new LinkedHashMap<>();
    putIfPresent(out, "fileSystemId", efs.fileSystemId());
    putIfPresent(out, "fileSystemExport", efs.fileSystemExport());
    putIfPresent(out, "rootDirectory", efs.rootDirectory());
    putIfPresent(out, "accessPointId", efs.accessPointId());
    putIfPresent(out, "iam", efs.iam());
    putIfPresent(out, "uid", efs.uid());
    putIfPresent(out, "gid", efs.gid());
    return out;
  }

  private Map<String, Object> logging(Logging logging) {
    Map<String, Object> out = new LinkedHashMap<>();
    putIfPresent(out, "image", logging.image());
    putMap(out, "destination", logging.destination(), v -> v);
    putIfPresent(out, "enableMetadata", logging.enableMetadata());
    putMap(out, "secretOptions", logging.secretOptions(), this::secret);
    putIfPresent(out, "configFilePath", logging.configFilePath());
    putMap(out, "variables", logging.variables(), this::variable);
    putMap(out, "secrets", logging.secrets(), this::secret);
    putIfPresent(out, "envFile", logging.envFile());
    putIfPresent(out, "retention", logging.retention());
    return out;
  }

  private static void putIfPresent(Map<String, Object> out, String key, Optional<?> value) {
    value.ifPresent(v -> out.put(key, v));
  }

  private static <T> void putList(
      Map<String, Object> out, String key, List<T> values, Function<T, Object> item) {
    if (!values.isEmpty()) {
      List<Object> list = new ArrayList<>(values.size());
      values.forEach(v -> list.add(item.apply(v)));
      out.put(key, list);
    }
  }

  private static <T> void putMap(
      Map<String, Object> out, String key, Map<String, T> values, Function<T, Object> value) {
    if (!values.isEmpty()) {
      Map<String, Object> map = new LinkedHashMap<>();
      values.forEach((k, v) -> map.put(k, value.apply(v)));
      out.put(key, map);
    }
  }
}
