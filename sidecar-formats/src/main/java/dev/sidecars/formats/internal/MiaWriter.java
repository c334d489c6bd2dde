package dev.sidecars.formats.internal;

import dev.sidecars.formats.ManifestException;
import dev.sidecars.model.ConfigMap;
import dev.sidecars.model.Container;
import dev.sidecars.model.Cpu;
import dev.sidecars.model.Memory;
import dev.sidecars.model.Port;
import dev.sidecars.model.Probe;
import dev.sidecars.model.Protocol;
import dev.sidecars.model.Resources;
import dev.sidecars.model.SecretMount;
import dev.sidecars.model.SecretRef;
import dev.sidecars.model.SidecarTemplate;
import dev.sidecars.model.Variable;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes a template as a Mia-Platform sidecar item. Written over the item it was read from,
 * every field whose value the template still holds keeps the file's own form ({@code "from":
 * "80"} stays a string, a variable's {@code description} stays), fields the template changed
 * are written in the documented form, and fields the template does not model are kept.
 * What an item cannot express (a build, an entrypoint, a health check, ...) is an error naming
 * the field.
 */
public final class MiaWriter {
  private final String source;

  /**
   * Creates a writer.
   *
   * @param source the item's name, for error messages
   */
  public MiaWriter(String source) {
    this.source = source;
  }

  /**
   * The item tree of a template.
   *
   * @param template the template
   * @param original the item it was read from, if any
   * @return the tree to write
   */
  @SuppressWarnings("unchecked")
  public Map<String, Object> write(SidecarTemplate template, Optional<Node.MapNode> original) {
    Reading quiet = new Reading(source, true);
    MiaReader reader = new MiaReader(quiet, Map.of());
    Map<String, Object> out = original.map(o -> (Map<String, Object>) o.toPlain()).orElseGet(LinkedHashMap::new);
    Fields raw = original.map(o -> quiet.open(o, "")).orElse(null);
    out.put("name", template.title());
    out.put("itemId", template.itemId());
    out.put("description", template.description()
        .orElseThrow(() -> error("description", "a Mia-Platform item needs a description")));
    if (!out.containsKey("itemTypeDefinitionRef") || out.containsKey("type")) {
      out.put("type", "sidecar");
    }
    out.put("tenantId", template.tenantId());
    Map<String, Object> documentation = new LinkedHashMap<>();
    template.documentation().ifPresentOrElse(d -> {
      documentation.put("type", d.type().toString());
      documentation.put("url", d.url());
    }, () -> {
      throw error("documentation", "a Mia-Platform item needs documentation");
    });
    keep(out, raw, "documentation", documentation, (n, p) -> n.toPlain(), documentation);
    if (template.version().isPresent()) {
      Object existing = out.get("version");
      if (!(existing instanceof Map && template.version().get().equals(((Map<String, Object>) existing).get("name")))
          && !template.version().get().equals(existing)) {
        out.put("version", new LinkedHashMap<>(Map.of("name", template.version().get())));
      }
    } else {
      out.remove("version");
    }
    Optional<Node> rawResources = raw == null ? Optional.empty() : raw.value("resources");
    Map<String, Object> resources = rawResources.map(n -> (Map<String, Object>) n.toPlain()).orElseGet(LinkedHashMap::new);
    Fields r = rawResources.map(n -> quiet.open(n, "resources")).orElse(null);
    if (template.mainDependsOn().isPresent() || template.logRouter().isPresent()) {
      throw error(template.mainDependsOn().isPresent() ? "mainDependsOn" : "logRouter", "a Mia-Platform item has no "
          + "place for how the sidecar attaches (mainDependsOn, logRouter); keep the template as a Sidecars manifest");
    }
    writeResources(template.defaults(), resources, r, reader);
    out.put("resources", resources);
    return out;
  }

  private void writeResources(Container c, Map<String, Object> out, Fields raw, MiaReader reader) {
    rejectUnexpressible(c);
    out.put("name", c.name());
    out.put("dockerImage", c.image().location().get());
    keep(out, raw, "containerPorts", c.ports(), reader::ports, c.ports().isEmpty() ? null : ports(c.ports()));
    keep(out, raw, "defaultArgs", c.command().orElse(null), reader::args,
        c.command().map(a -> (Object) new ArrayList<>(a)).orElse(null));
    MiaReader.Environment env = new MiaReader.Environment();
    env.variables.putAll(c.environment());
    env.secrets.putAll(c.secrets());
    keep(out, raw, "defaultEnvironmentVariables", List.of(env.variables, env.secrets),
        (n, p) -> {
          MiaReader.Environment read = reader.environment(n, p);
          return List.of(read.variables, read.secrets);
        },
        env.variables.isEmpty() && env.secrets.isEmpty() ? null : environment(c));
    Map<String, Probe> probes = new LinkedHashMap<>();
    c.livenessProbe().ifPresent(p -> probes.put("liveness", p));
    c.readinessProbe().ifPresent(p -> probes.put("readiness", p));
    c.startupProbe().ifPresent(p -> probes.put("startup", p));
    Map<String, Object> probesOut = new LinkedHashMap<>();
    probes.forEach((kind, probe) -> probesOut.put(kind, probe(probe, kind)));
    keep(out, raw, "defaultProbes", probes, reader::probes, probes.isEmpty() ? null : probesOut);
    keep(out, raw, "defaultResources", c.resources(), reader::limits, c.resources().map(this::limits).orElse(null));
    keep(out, raw, "defaultConfigMaps", c.configMaps(), reader::configMaps,
        c.configMaps().isEmpty() ? null : configMaps(c.configMaps()));
    keep(out, raw, "defaultSecrets", c.secretMounts(), reader::secretMounts,
        c.secretMounts().isEmpty() ? null : secretMounts(c.secretMounts()));
  }

  /**
   * Keeps the file's form of a field when it still reads as the model's value, else writes
   * the canonical form (or removes the field when the canonical form is null).
   */
  private static <T> void keep(Map<String, Object> out, Fields raw, String key, T modelValue,
      Reading.Converter<T> read, Object canonical) {
    Optional<Node> node = raw == null ? Optional.empty() : raw.value(key);
    if (node.isPresent()) {
      try {
        if (Objects.equals(read.convert(node.get(), raw.path(key)), modelValue)) {
          return;
        }
      } catch (RuntimeException e) {
        // the file's form no longer parses as the model's field: write the canonical form
      }
    }
    if (canonical == null) {
      out.remove(key);
    } else {
      out.put(key, canonical);
    }
  }

  private void rejectUnexpressible(Container c) {
    List<String> fields = new ArrayList<>();
    if (c.image().build().isPresent() || c.image().location().isEmpty()) {
      fields.add("an image built from a Dockerfile (dockerImage takes a reference)");
    }
    c.entrypoint().ifPresent(e -> fields.add("entrypoint"));
    c.credentials().ifPresent(e -> fields.add("credentials"));
    c.essential().ifPresent(e -> fields.add("essential"));
    c.envFile().ifPresent(e -> fields.add("envFile"));
    c.healthCheck().ifPresent(e -> fields.add("healthCheck"));
    c.readOnlyRootFilesystem().ifPresent(e -> fields.add("readOnlyRootFilesystem"));
    if (!c.mounts().isEmpty()) {
      fields.add("mounts");
    }
    if (!c.labels().isEmpty()) {
      fields.add("labels");
    }
    if (!c.dependsOn().isEmpty()) {
      fields.add("dependsOn");
    }
    if (c.ports().stream().anyMatch(p -> p.protocol() == Protocol.SCTP)) {
      fields.add("SCTP ports");
    }
    c.environment().forEach((k, v) -> {
      if (v.kind() == Variable.Kind.IMPORTED) {
        fields.add("the imported variable " + k);
      }
    });
    c.secrets().forEach((k, v) -> {
      if (v.source() != SecretRef.Source.KUBERNETES) {
        fields.add("the " + v.source() + " secret " + k);
      }
    });
    if (!fields.isEmpty()) {
      throw error("resources", "a Mia-Platform sidecar item cannot express " + String.join(", ", fields)
          + " of container '" + c.name() + "'");
    }
  }

  private static List<Object> ports(List<Port> ports) {
    List<Object> out = new ArrayList<>();
    for (Port port : ports) {
      Map<String, Object> p = new LinkedHashMap<>();
      port.name().ifPresent(n -> p.put("name", n));
      p.put("from", (long) port.servicePort().orElse(port.number()));
      p.put("to", (long) port.number());
      p.put("protocol", port.protocol().name());
      out.add(p);
    }
    return out;
  }

  private static List<Object> environment(Container c) {
    List<Object> out = new ArrayList<>();
    c.environment().forEach((name, v) -> {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("name", name);
      switch (v.kind()) {
        case PLAIN:
          e.put("value", v.value());
          e.put("valueType", "plain");
          break;
        case CONFIG_MAP:
          e.put("valueType", "configmap");
          e.put("configMapName", v.value());
          e.put("configMapFileName", v.key().orElseThrow());
          break;
        default:
          e.put("valueType", "downwardAPI");
          e.put("fieldPath", v.value());
          v.key().ifPresent(k -> e.put("containerName", k));
          break;
      }
      out.add(e);
    });
    c.secrets().forEach((name, ref) -> {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("name", name);
      e.put("valueType", "secret");
      e.put("secretName", ref.name());
      e.put("secretKey", ref.key().orElseThrow());
      out.add(e);
    });
    return out;
  }

  private Map<String, Object> probe(Probe probe, String kind) {
    Map<String, Object> out = new LinkedHashMap<>();
    probe.path().ifPresent(p -> out.put("path", p));
    probe.port().ifPresent(p -> out.put("port", p));
    probe.command().ifPresent(c -> out.put("cmd", new ArrayList<>(c)));
    probe.initialDelay().ifPresent(d -> out.put("initialDelaySeconds", seconds(d, kind)));
    probe.period().ifPresent(d -> out.put("periodSeconds", seconds(d, kind)));
    probe.timeout().ifPresent(d -> out.put("timeoutSeconds", seconds(d, kind)));
    probe.successThreshold().ifPresent(t -> out.put("successThreshold", (long) t));
    probe.failureThreshold().ifPresent(t -> out.put("failureThreshold", (long) t));
    return out;
  }

  private long seconds(Duration duration, String kind) {
    if (duration.getNano() != 0) {
      throw error("resources.defaultProbes." + kind, "Mia-Platform probe timings are whole seconds; " + duration + " is not");
    }
    return duration.getSeconds();
  }

  private Map<String, Object> limits(Resources resources) {
    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, Object> cpu = new LinkedHashMap<>();
    resources.cpuMax().ifPresent(v -> cpu.put("max", millicores(v)));
    resources.cpuMin().ifPresent(v -> cpu.put("min", millicores(v)));
    Map<String, Object> memory = new LinkedHashMap<>();
    resources.memoryMax().ifPresent(v -> memory.put("max", mebibytes(v)));
    resources.memoryMin().ifPresent(v -> memory.put("min", mebibytes(v)));
    if (!cpu.isEmpty()) {
      out.put("cpuLimits", cpu);
    }
    if (!memory.isEmpty()) {
      out.put("memoryLimits", memory);
    }
    return out;
  }

  private String millicores(Cpu cpu) {
    try {
      return cpu.millicores(RoundingMode.UNNECESSARY) + "m";
    } catch (ArithmeticException e) {
      throw error("resources.defaultResources.cpuLimits", "Mia-Platform takes whole millicores; " + cpu + " is not");
    }
  }

  private String mebibytes(Memory memory) {
    try {
      return memory.mebibytes(RoundingMode.UNNECESSARY) + "Mi";
    } catch (ArithmeticException e) {
      throw error("resources.defaultResources.memoryLimits", "Mia-Platform takes whole Mi; " + memory + " is not");
    }
  }

  private static List<Object> configMaps(List<ConfigMap> configMaps) {
    List<Object> out = new ArrayList<>();
    for (ConfigMap configMap : configMaps) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("name", configMap.name());
      c.put("mountPath", configMap.mountPath());
      configMap.preserveDirectory().ifPresent(v -> c.put("usePreserve", v));
      List<Object> files = new ArrayList<>();
      configMap.files().forEach(f -> files.add(new LinkedHashMap<>(Map.of("name", f.name(), "content", f.content()))));
      c.put("files", files);
      out.add(c);
    }
    return out;
  }

  private static List<Object> secretMounts(List<SecretMount> mounts) {
    List<Object> out = new ArrayList<>();
    for (SecretMount mount : mounts) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", mount.name());
      m.put("mountPath", mount.mountPath());
      out.add(m);
    }
    return out;
  }

  private ManifestException error(String path, String problem) {
    return new ManifestException(source, 0, 0, path, problem, null);
  }

}
