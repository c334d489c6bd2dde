package dev.sidecars.formats.internal;

import dev.sidecars.formats.internal.Node.ScalarNode;
import dev.sidecars.model.ConfigFile;
import dev.sidecars.model.ConfigMap;
import dev.sidecars.model.Container;
import dev.sidecars.model.Cpu;
import dev.sidecars.model.Documentation;
import dev.sidecars.model.Image;
import dev.sidecars.model.Memory;
import dev.sidecars.model.Port;
import dev.sidecars.model.Probe;
import dev.sidecars.model.Protocol;
import dev.sidecars.model.Resources;
import dev.sidecars.model.SecretMount;
import dev.sidecars.model.SecretRef;
import dev.sidecars.model.SidecarTemplate;
import dev.sidecars.model.Variable;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Mia-Platform marketplace item of type {@code sidecar} into a {@link SidecarTemplate},
 * checking the rules of the documented JSON Schema (required fields, {@code type: sidecar},
 * port and protocol shapes) and of the current catalog schema (its extra fields are accepted
 * and kept by the caller). Each piece is also readable alone, so that the writer can tell
 * whether a field of the model still equals what the file says.
 */
public final class MiaReader {
  /** Top-level fields of the documented and the current schema, and of stored items. */
  public static final List<String> ITEM_FIELDS =
      List.of("name", "itemId", "description", "type", "tenantId", "documentation", "resources",
          "lifecycleStatus", "itemTypeDefinitionRef", "visibility", "releaseDate", "categoryId",
          "imageUrl", "image", "supportedBy", "supportedByImageUrl", "supportedByImage",
          "repositoryUrl", "providerId", "annotations", "labels", "tags", "links", "maintainers",
          "relationships", "comingSoon", "releaseStage", "version", "_id", "category",
          "componentsIds", "isLatest");
  /**
   * Fields that earlier versions of the marketplace schema allowed and the current one does
   * not: read with a warning ({@value #LEGACY_CODE}) and kept for writing back, as the
   * marketplace still holds items that have them.
   */
  public static final List<String> LEGACY_ITEM_FIELDS = List.of("publishOnMiaDocumentation");
  /** Code of the warning for a field of an earlier schema. */
  public static final String LEGACY_CODE = "manifest.legacy-field";
  /** Fields of {@code resources}. */
  public static final List<String> RESOURCE_FIELDS =
      List.of("name", "dockerImage", "containerPorts", "defaultArgs", "defaultConfigMaps",
          "defaultEnvironmentVariables", "defaultProbes", "defaultResources", "defaultSecrets",
          "description", "componentId", "defaultTerminationGracePeriodSeconds",
          "exclusiveServiceExposure", "owners");
  private static final List<String> PORT_FIELDS = List.of("name", "from", "to", "protocol");
  private static final List<String> ENV_FIELDS =
      List.of("name", "value", "valueType", "secretName", "secretKey", "configMapName",
          "configMapFileName", "fieldPath", "containerName", "description", "readOnly", "managedBy");
  private static final List<String> PROBES_FIELDS = List.of("liveness", "readiness", "startup");
  /** Model names of the probe fields that are not the item's own. */
  private static final Map<String, String> PROBE_NAMES = Map.of("cmd", "command",
      "initialDelaySeconds", "initialDelay", "periodSeconds", "period", "timeoutSeconds", "timeout");
  /** Model names of the container fields whose value is a block. */
  private static final Map<String, String> RESOURCE_NAMES = Map.of("defaultArgs", "command",
      "defaultResources", "resources", "defaultConfigMaps", "configMaps", "defaultSecrets", "secretMounts");
  private static final List<String> PROBE_FIELDS =
      List.of("path", "port", "cmd", "initialDelaySeconds", "periodSeconds", "timeoutSeconds",
          "successThreshold", "failureThreshold");
  private static final List<String> LIMITS_FIELDS = List.of("cpuLimits", "memoryLimits");
  private static final List<String> MIN_MAX = List.of("min", "max");
  private static final List<String> CONFIG_MAP_FIELDS =
      List.of("name", "mountPath", "files", "subPaths", "usePreserve", "viewAsReadOnly", "link");
  private static final List<String> FILE_FIELDS = List.of("name", "content");
  private static final List<String> SECRET_FIELDS = List.of("name", "mountPath");
  private static final List<String> DOCUMENTATION_FIELDS = List.of("type", "url");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Z][A-Z0-9_]*)\\}\\}");

  private final Reading reading;
  private final Map<String, String> placeholders;
  private final Map<String, Node> unresolved = new java.util.LinkedHashMap<>();

  /**
   * A reader.
   *
   * @param reading the source's conversions, warnings and origins
   * @param placeholders values for {@code {{NAME}}}; a placeholder without one is kept verbatim
   */
  public MiaReader(Reading reading, Map<String, String> placeholders) {
    this.reading = reading;
    this.placeholders = placeholders;
  }

  /**
   * Reads an item.
   *
   * @param root the item
   * @return the template
   */
  public SidecarTemplate item(Node root) {
    List<String> known = new java.util.ArrayList<>(ITEM_FIELDS);
    known.addAll(LEGACY_ITEM_FIELDS);
    Fields f = reading.fields(root, "", known);
    for (String legacy : LEGACY_ITEM_FIELDS) {
      Node.Entry entry = reading.mapNode(root, "").entries().get(legacy);
      if (entry != null) {
        reading.warn(entry.line(), entry.column(), "", "'" + legacy + "' is a field of earlier versions of the "
            + "marketplace schema; it is kept as it is, and has no meaning for the sidecar", LEGACY_CODE);
      }
    }
    String title = f.required("name", this::text);
    String itemId = f.required("itemId", this::text);
    String description = f.required("description", this::text);
    String tenantId = f.required("tenantId", this::text);
    Optional<Node> type = f.value("type");
    Optional<Node> typeRef = f.value("itemTypeDefinitionRef");
    if (type.isPresent()) {
      String value = reading.string(type.get(), "type");
      if (!value.equals("sidecar")) {
        throw reading.error(type.get(), "type", "must be \"sidecar\" for a sidecar item, not \"" + value + "\"");
      }
    } else if (typeRef.isPresent()) {
      Fields ref = reading.open(typeRef.get(), "itemTypeDefinitionRef");
      String name = ref.required("name", reading::string);
      if (!name.equals("sidecar")) {
        throw reading.error(typeRef.get(), "itemTypeDefinitionRef.name", "must be \"sidecar\" for a sidecar item, not \"" + name + "\"");
      }
    } else {
      throw reading.error(root, "", "missing required field 'type' (\"sidecar\")");
    }
    Documentation documentation = f.required("documentation", this::documentation);
    Optional<String> version = f.value("version").map(n -> n instanceof Node.MapNode
        ? reading.open(n, "version").required("name", reading::string)
        : reading.string(n, "version"));
    Container defaults = f.required("resources", this::resources);
    f.value("name").ifPresent(n -> reading.origin("title", n, "name"));
    f.value("itemId").ifPresent(n -> reading.origin("itemId", n, "itemId"));
    f.value("tenantId").ifPresent(n -> reading.origin("tenantId", n, "tenantId"));
    f.value("documentation").ifPresent(n -> reading.origin("documentation", n, "documentation"));
    return reading.build(root, "", () -> SidecarTemplate.builder()
        .tenantId(tenantId)
        .itemId(itemId)
        .version(version)
        .title(title)
        .description(description)
        .documentation(documentation)
        .defaults(defaults)
        .build());
  }

  /** A string value with known placeholders replaced; the others are kept and listed in {@link #unresolved()}. */
  String text(Node node, String path) {
    String value = reading.string(node, path);
    if (!value.contains("{{")) {
      return value;
    }
    Matcher matcher = PLACEHOLDER.matcher(value);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String replacement = placeholders.get(matcher.group(1));
      if (replacement == null) {
        unresolved.putIfAbsent(matcher.group(1), node);
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement == null ? matcher.group() : replacement));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** @return the placeholders read without a value, by name, with the first node that has each */
  public Map<String, Node> unresolved() {
    return java.util.Collections.unmodifiableMap(unresolved);
  }

  private Documentation documentation(Node node, String path) {
    Fields f = reading.fields(node, path, DOCUMENTATION_FIELDS);
    Documentation.Type type = f.required("type", (n, p) -> reading.parsed(n, p, Documentation.Type::parse));
    return Documentation.of(type, f.required("url", this::text));
  }

  /**
   * Reads {@code resources} into the template's container.
   *
   * @param node the resources map
   * @param path its path
   * @return the container
   */
  public Container resources(Node node, String path) {
    Fields f = reading.fields(node, path, RESOURCE_FIELDS);
    reading.origin("defaults", node, path);
    Container.Builder c = Container.builder();
    c.name(f.required("name", this::text));
    c.image(f.required("dockerImage", this::image));
    f.value("dockerImage").ifPresent(n -> reading.origin("defaults.image", n, f.path("dockerImage")));
    f.optional("containerPorts", this::ports).ifPresent(c::addAllPorts);
    f.optional("defaultArgs", this::args).ifPresent(c::command);
    f.value("defaultEnvironmentVariables").ifPresent(n -> {
      Environment env = environment(n, f.path("defaultEnvironmentVariables"));
      c.putAllEnvironment(env.variables);
      c.putAllSecrets(env.secrets);
    });
    f.value("defaultProbes").ifPresent(n -> {
      Map<String, Probe> probes = probes(n, f.path("defaultProbes"));
      Optional.ofNullable(probes.get("liveness")).ifPresent(c::livenessProbe);
      Optional.ofNullable(probes.get("readiness")).ifPresent(c::readinessProbe);
      Optional.ofNullable(probes.get("startup")).ifPresent(c::startupProbe);
    });
    f.optional("defaultResources", this::limits).flatMap(r -> r).ifPresent(c::resources);
    f.optional("defaultConfigMaps", this::configMaps).ifPresent(c::addAllConfigMaps);
    f.optional("defaultSecrets", this::secretMounts).ifPresent(c::addAllSecretMounts);
    RESOURCE_NAMES.forEach((key, name) -> f.value(key).ifPresent(n -> reading.origin("defaults." + name, n, f.path(key))));
    return reading.build(node, path, Map.of("image", "dockerImage"), c::build);
  }

  Image image(Node node, String path) {
    return Image.of(text(node, path));
  }

  List<String> args(Node node, String path) {
    return reading.list(node, path, this::text);
  }

  List<Port> ports(Node node, String path) {
    return reading.list(node, path, this::port);
  }

  private Port port(Node node, String path) {
    Fields f = reading.fields(node, path, PORT_FIELDS);
    Optional<Integer> from = f.optional("from", this::portNumber);
    Optional<Integer> to = f.optional("to", this::portNumber);
    if (from.isEmpty() && to.isEmpty()) {
      throw reading.error(node, path, "a container port needs 'from' or 'to'");
    }
    Protocol protocol = f.optional("protocol", (n, p) -> {
      String text = reading.string(n, p);
      if (!text.equals("TCP") && !text.equals("UDP")) {
        throw reading.error(n, p, "protocol must be \"TCP\" or \"UDP\", not \"" + text + "\"");
      }
      return Protocol.parse(text);
    }).orElse(Protocol.TCP);
    // "to" is the container port; without it, as a Service's targetPort, it defaults to "from"
    Port port = reading.build(node, path, Map.of("port", to.isPresent() ? "to" : "from"),
        () -> Port.of(to.orElseGet(from::get), protocol));
    if (from.isPresent()) {
      Port container = port;
      port = reading.build(node, path, Map.of("port", "from"), () -> container.exposedAs(from.get()));
    }
    Optional<String> name = f.optional("name", this::text);
    if (name.isPresent()) {
      port = port.named(name.get());
    }
    reading.origin("defaults.ports[" + port.key() + "]", node, path);
    return port;
  }

  private int portNumber(Node node, String path) {
    if (node instanceof ScalarNode && ((ScalarNode) node).type() == ScalarNode.Type.INTEGER) {
      return reading.integer(node, path);
    }
    String text = text(node, path);
    if (text.matches("[1-9][0-9]*|0")) {
      try {
        return Integer.parseInt(text);
      } catch (NumberFormatException e) {
        throw reading.error(node, path, "the port " + text + " is too large");
      }
    }
    if (PLACEHOLDER.matcher(text).matches()) {
      throw reading.error(node, path, "the placeholder " + text + " needs a value to give a port number");
    }
    throw reading.error(node, path, "expected an integer or a numeric string, got " + node.describe());
  }

  /** Environment variables split into the model's plain variables and secret references. */
  static final class Environment {
    final Map<String, Variable> variables = new LinkedHashMap<>();
    final Map<String, SecretRef> secrets = new LinkedHashMap<>();
  }

  Environment environment(Node node, String path) {
    Environment env = new Environment();
    List<Node> items = reading.list(node, path, (n, p) -> n);
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String itemPath = path + "[" + i + "]";
      Fields f = reading.fields(items.get(i), itemPath, ENV_FIELDS);
      String name = f.required("name", reading::string);
      String valueType = f.optional("valueType", reading::string).orElse("plain");
      // a secret and a variable of one name are kept apart (validation reports them); two of a kind would be one
      Integer first = seen.putIfAbsent((valueType.equals("secret") ? "secret " : "variable ") + name, i);
      if (first != null) {
        throw reading.error(f.value("name").get(), f.path("name"), "the variable " + name + " is also item " + first
            + "; a container has one value per name, so keep one");
      }
      switch (valueType) {
        case "plain":
          env.variables.put(name, Variable.plain(f.optional("value", this::text).orElse("")));
          reading.origin("defaults.environment." + name, items.get(i), itemPath);
          break;
        case "secret":
          env.secrets.put(name, SecretRef.kubernetes(f.required("secretName", this::text), f.required("secretKey", this::text)));
          reading.origin("defaults.secrets." + name, items.get(i), itemPath);
          break;
        case "configmap":
          env.variables.put(name, Variable.fromConfigMap(f.required("configMapName", this::text), f.required("configMapFileName", this::text)));
          reading.origin("defaults.environment." + name, items.get(i), itemPath);
          break;
        case "downwardAPI":
          String fieldPath = f.required("fieldPath", reading::string);
          Optional<String> container = f.optional("containerName", reading::string);
          env.variables.put(name, container.map(c -> Variable.fromResource(c, fieldPath)).orElseGet(() -> Variable.fromField(fieldPath)));
          reading.origin("defaults.environment." + name, items.get(i), itemPath);
          break;
        default:
          throw reading.error(f.value("valueType").get(), f.path("valueType"),
              "unknown valueType '" + valueType + "'; expected plain, secret, configmap or downwardAPI");
      }
    }
    return env;
  }

  Map<String, Probe> probes(Node node, String path) {
    Fields f = reading.fields(node, path, PROBES_FIELDS);
    Map<String, Probe> probes = new LinkedHashMap<>();
    for (String kind : PROBES_FIELDS) {
      f.value(kind).ifPresent(n -> {
        probes.put(kind, probe(n, f.path(kind)));
        reading.origin("defaults." + kind + "Probe", n, f.path(kind));
        reading.fieldOrigins(n, f.path(kind), "defaults." + kind + "Probe", PROBE_NAMES);
      });
    }
    return probes;
  }

  private Probe probe(Node node, String path) {
    Fields f = reading.fields(node, path, PROBE_FIELDS);
    Probe.Builder probe = Probe.builder();
    f.optional("path", this::text).ifPresent(probe::path);
    f.optional("port", this::text).ifPresent(probe::port);
    f.optional("cmd", (n, p) -> reading.list(n, p, this::text)).ifPresent(probe::command);
    f.optional("initialDelaySeconds", reading::integer).ifPresent(s -> probe.initialDelay(Duration.ofSeconds(s)));
    f.optional("periodSeconds", reading::integer).ifPresent(s -> probe.period(Duration.ofSeconds(s)));
    f.optional("timeoutSeconds", reading::integer).ifPresent(s -> probe.timeout(Duration.ofSeconds(s)));
    f.optional("successThreshold", reading::integer).ifPresent(probe::successThreshold);
    f.optional("failureThreshold", reading::integer).ifPresent(probe::failureThreshold);
    return probe.build();
  }

  Optional<Resources> limits(Node node, String path) {
    Fields f = reading.fields(node, path, LIMITS_FIELDS);
    Resources.Builder r = Resources.builder();
    f.value("cpuLimits").ifPresent(n -> reading.fieldOrigins(n, f.path("cpuLimits"), "defaults.resources",
        Map.of("min", "cpuMin", "max", "cpuMax")));
    f.value("memoryLimits").ifPresent(n -> reading.fieldOrigins(n, f.path("memoryLimits"), "defaults.resources",
        Map.of("min", "memoryMin", "max", "memoryMax")));
    f.value("cpuLimits").ifPresent(n -> {
      Fields mm = reading.fields(n, f.path("cpuLimits"), MIN_MAX);
      quantity(mm, "min", Cpu::parseKubernetes).ifPresent(r::cpuMin);
      quantity(mm, "max", Cpu::parseKubernetes).ifPresent(r::cpuMax);
    });
    f.value("memoryLimits").ifPresent(n -> {
      Fields mm = reading.fields(n, f.path("memoryLimits"), MIN_MAX);
      quantity(mm, "min", Memory::parseKubernetes).ifPresent(r::memoryMin);
      quantity(mm, "max", Memory::parseKubernetes).ifPresent(r::memoryMax);
    });
    return Optional.of(r.build());
  }

  private <T> Optional<T> quantity(Fields f, String key, java.util.function.Function<String, T> parse) {
    return f.optional(key, this::text).filter(s -> !s.isEmpty()).map(s -> {
      Node node = f.value(key).get();
      return reading.parsed(new ScalarNode(node.line(), node.column(), ScalarNode.Type.STRING, s), f.path(key), parse);
    });
  }

  List<ConfigMap> configMaps(Node node, String path) {
    return reading.list(node, path, (n, p) -> {
      Fields f = reading.fields(n, p, CONFIG_MAP_FIELDS);
      ConfigMap.Builder c = ConfigMap.builder()
          .name(f.required("name", this::text))
          .mountPath(f.required("mountPath", this::text));
      f.optional("usePreserve", reading::bool).ifPresent(c::preserveDirectory);
      f.optional("files", (fn, fp) -> reading.list(fn, fp, (item, itemPath) -> {
        Fields file = reading.fields(item, itemPath, FILE_FIELDS);
        return ConfigFile.of(file.required("name", this::text), file.required("content", reading::string));
      })).ifPresent(c::addAllFiles);
      return c.build();
    });
  }

  List<SecretMount> secretMounts(Node node, String path) {
    return reading.list(node, path, (n, p) -> {
      Fields f = reading.fields(n, p, SECRET_FIELDS);
      return SecretMount.of(f.required("name", this::text), f.required("mountPath", this::text));
    });
  }
}
