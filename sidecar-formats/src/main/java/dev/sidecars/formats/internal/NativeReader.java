package dev.sidecars.formats.internal;

import dev.sidecars.model.Build;
import dev.sidecars.model.Catalog;
import dev.sidecars.model.ConfigFile;
import dev.sidecars.model.ConfigMap;
import dev.sidecars.model.Container;
import dev.sidecars.model.ContainerPatch;
import dev.sidecars.model.Cpu;
import dev.sidecars.model.DependencyCondition;
import dev.sidecars.model.Documentation;
import dev.sidecars.model.EfsVolume;
import dev.sidecars.model.HealthCheck;
import dev.sidecars.model.HealthCheckPatch;
import dev.sidecars.model.Image;
import dev.sidecars.model.ImagePatch;
import dev.sidecars.model.JobSettings;
import dev.sidecars.model.ListPatch;
import dev.sidecars.model.Logging;
import dev.sidecars.model.MapPatch;
import dev.sidecars.model.Memory;
import dev.sidecars.model.Mount;
import dev.sidecars.model.Platform;
import dev.sidecars.model.Port;
import dev.sidecars.model.Probe;
import dev.sidecars.model.Protocol;
import dev.sidecars.model.Resources;
import dev.sidecars.model.ResourcesPatch;
import dev.sidecars.model.SecretMount;
import dev.sidecars.model.SecretRef;
import dev.sidecars.model.SidecarTemplate;
import dev.sidecars.model.TaskDefinitionOverride;
import dev.sidecars.model.Tracing;
import dev.sidecars.model.Variable;
import dev.sidecars.model.Volume;
import dev.sidecars.model.Workload;
import dev.sidecars.model.WorkloadType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the native manifest's node tree into model values. The field names are the model's. */
public final class NativeReader {
  /** The only {@code apiVersion} this reader knows. */
  public static final String API_VERSION = "sidecars.dev/v1alpha1";
  /** The {@code kind} of a workload document. */
  public static final String KIND_WORKLOAD = "Workload";
  /** The {@code kind} of a sidecar template document. */
  public static final String KIND_TEMPLATE = "SidecarTemplate";
  /** The {@code kind} of a container patch document. */
  public static final String KIND_PATCH = "ContainerPatch";

  private static final List<String> WORKLOAD_FIELDS =
      List.of("apiVersion", "kind", "name", "type", "platform", "cpu", "memory", "ephemeralStorage",
          "targetContainer", "main", "sidecars", "volumes", "logging", "tracing", "taskDefinitionOverrides", "job");
  private static final List<String> TEMPLATE_FIELDS =
      List.of("apiVersion", "kind", "tenantId", "itemId", "version", "title", "description",
          "documentation", "defaults", "mainDependsOn", "logRouter");
  private static final List<String> LOG_ROUTER_FIELDS = List.of("options");
  private static final List<String> CONTAINER_FIELDS =
      List.of("name", "image", "credentials", "ports", "essential", "entrypoint", "command",
          "environment", "secrets", "envFile", "mounts", "labels", "dependsOn", "healthCheck",
          "livenessProbe", "readinessProbe", "startupProbe", "resources", "readOnlyRootFilesystem",
          "configMaps", "secretMounts");
  private static final List<String> MAP_PATCH_FIELDS =
      List.of("environment", "secrets", "labels", "dependsOn");
  private static final List<String> LIST_PATCH_FIELDS =
      List.of("ports", "mounts", "configMaps", "secretMounts");
  private static final List<String> PATCH_FIELDS = joined(
      List.of("apiVersion", "kind", "remove", "replace"), CONTAINER_FIELDS.subList(1, CONTAINER_FIELDS.size()));
  private static final List<String> REFERENCE_FIELDS = joined(List.of("template", "remove", "replace"), CONTAINER_FIELDS);
  private static final List<String> TEMPLATE_REFERENCE_FIELDS = List.of("tenantId", "itemId", "version");
  private static final List<String> IMAGE_FIELDS = List.of("location", "build");
  private static final List<String> BUILD_FIELDS =
      List.of("dockerfile", "context", "target", "args", "cacheFrom");
  private static final List<String> PORT_FIELDS =
      List.of("number", "protocol", "name", "servicePort");
  private static final List<String> VARIABLE_FIELDS =
      List.of("imported", "configMap", "key", "field", "container");
  private static final List<String> SECRET_FIELDS =
      List.of("ssm", "secretsManager", "imported", "kubernetes", "key");
  private static final List<String> MOUNT_FIELDS = List.of("sourceVolume", "path", "readOnly");
  private static final List<String> HEALTH_CHECK_FIELDS =
      List.of("command", "interval", "retries", "timeout", "startPeriod");
  private static final List<String> PROBE_FIELDS =
      List.of("path", "port", "command", "initialDelay", "period", "timeout",
          "successThreshold", "failureThreshold");
  private static final List<String> RESOURCES_FIELDS =
      List.of("cpuMin", "cpuMax", "memoryMin", "memoryMax");
  private static final List<String> CONFIG_MAP_FIELDS = List.of("name", "mountPath", "files", "preserveDirectory");
  private static final List<String> CONFIG_FILE_FIELDS = List.of("name", "content");
  private static final List<String> SECRET_MOUNT_FIELDS = List.of("name", "mountPath");
  private static final List<String> VOLUME_FIELDS = List.of("name", "path", "readOnly", "efs");
  private static final List<String> EFS_FIELDS =
      List.of("fileSystemId", "fileSystemExport", "rootDirectory", "accessPointId", "iam", "uid", "gid");
  private static final List<String> OVERRIDE_FIELDS = List.of("path", "value");
  private static final List<String> JOB_FIELDS = List.of("schedule", "timeout", "retries");
  private static final List<String> LOGGING_FIELDS =
      List.of("image", "destination", "enableMetadata", "secretOptions", "configFilePath",
          "variables", "secrets", "envFile", "retention");
  private static final List<String> DOCUMENTATION_FIELDS = List.of("type", "url");

  private final Reading reading;
  private final Optional<Catalog> catalog;

  /**
   * A reader for one source, without a catalog: a sidecar that names a catalog template is an
   * error.
   *
   * @param reading the source's conversions
   */
  public NativeReader(Reading reading) {
    this(reading, Optional.empty());
  }

  /**
   * A reader for one source that resolves sidecars' {@code template} references in a catalog.
   *
   * @param reading the source's conversions
   * @param catalog where templates are looked up, if anywhere
   */
  public NativeReader(Reading reading, Optional<Catalog> catalog) {
    this.reading = reading;
    this.catalog = catalog;
  }

  private static List<String> joined(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return List.copyOf(all);
  }

  /**
   * The document's {@code kind}, after checking {@code apiVersion}.
   *
   * @param root the document
   * @return {@link #KIND_WORKLOAD}, {@link #KIND_TEMPLATE} or {@link #KIND_PATCH}
   */
  public String kind(Node root) {
    Node.MapNode map = reading.mapNode(root, "");
    Fields header = new Fields(reading, map, "");
    String version = header.required("apiVersion", reading::string);
    if (!API_VERSION.equals(version)) {
      throw reading.error(
          header.value("apiVersion").orElse(root), "apiVersion",
          "unknown apiVersion '" + version + "'; expected '" + API_VERSION + "'");
    }
    String kind = header.required("kind", reading::string);
    if (!kind.equals(KIND_WORKLOAD) && !kind.equals(KIND_TEMPLATE) && !kind.equals(KIND_PATCH)) {
      throw reading.error(
          header.value("kind").orElse(root), "kind",
          "unknown kind '" + kind + "'; expected " + KIND_WORKLOAD + ", " + KIND_TEMPLATE + " or " + KIND_PATCH);
    }
    return kind;
  }

  /**
   * Reads a workload document.
   *
   * @param root the document
   * @return the workload
   */
  public Workload workload(Node root) {
    expectKind(root, KIND_WORKLOAD);
    Fields f = reading.fields(root, "", WORKLOAD_FIELDS);
    record(f, "");
    Workload.Builder builder = Workload.builder();
    builder.name(f.required("name", reading::string));
    builder.type(f.required("type", this::workloadType));
    f.optional("platform", (n, p) -> reading.parsed(n, p, Platform::parse)).ifPresent(builder::platform);
    f.optional("cpu", this::cpu).ifPresent(builder::cpu);
    f.optional("memory", this::memory).ifPresent(builder::memory);
    f.optional("ephemeralStorage", this::memory).ifPresent(builder::ephemeralStorage);
    f.optional("tracing", (n, p) -> reading.parsed(n, p, Tracing::parse)).ifPresent(builder::tracing);
    f.optional("taskDefinitionOverrides", (n, p) -> reading.list(n, p, this::override))
        .ifPresent(builder::addAllTaskDefinitionOverrides);
    f.optional("job", this::job).ifPresent(builder::job);
    f.optional("targetContainer", reading::string).ifPresent(builder::targetContainer);
    builder.main(f.required("main", (n, p) -> container(n, p, "main")));
    f.optional("sidecars", (n, p) -> reading.list(n, p, this::sidecar))
        .ifPresent(builder::addAllSidecars);
    f.optional("volumes", (n, p) -> reading.list(n, p, (item, itemPath) -> {
      Volume volume = volume(item, itemPath);
      reading.origin("volumes[" + volume.name() + "]", item, itemPath);
      return volume;
    })).ifPresent(builder::addAllVolumes);
    f.optional("logging", this::logging).ifPresent(builder::logging);
    f.value("logging").ifPresent(n -> record(reading.open(n, "logging"), "logging"));
    return reading.build(root, "", builder::build);
  }

  /**
   * Reads a sidecar template document.
   *
   * @param root the document
   * @return the template
   */
  public SidecarTemplate template(Node root) {
    expectKind(root, KIND_TEMPLATE);
    Fields f = reading.fields(root, "", TEMPLATE_FIELDS);
    record(f, "");
    SidecarTemplate.Builder builder = SidecarTemplate.builder();
    builder.tenantId(f.required("tenantId", reading::string));
    builder.itemId(f.required("itemId", reading::string));
    f.optional("version", reading::string).ifPresent(builder::version);
    builder.title(f.required("title", reading::string));
    f.optional("description", reading::string).ifPresent(builder::description);
    f.optional("documentation", this::documentation).ifPresent(builder::documentation);
    builder.defaults(f.required("defaults", (n, p) -> container(n, p, "defaults")));
    f.optional("mainDependsOn", this::condition).ifPresent(builder::mainDependsOn);
    f.optional("logRouter", (n, p) -> reading.fields(n, p, LOG_ROUTER_FIELDS).optional("options", reading::stringMap)
        .orElse(Map.of())).ifPresent(builder::logRouter);
    return reading.build(root, "", builder::build);
  }

  /**
   * Reads a container patch document: any container field but {@code name}, with maps and keyed
   * lists upserted unless {@code replace} names them, and {@code remove} listing keys to drop.
   *
   * @param root the document
   * @return the patch
   */
  public ContainerPatch patch(Node root) {
    expectKind(root, KIND_PATCH);
    Fields f = reading.fields(root, "", PATCH_FIELDS);
    record(f, "");
    return patchBody(f);
  }

  private Container sidecar(Node node, String path) {
    if (node instanceof Node.MapNode && ((Node.MapNode) node).entries().containsKey("template")) {
      return fromTemplate(node, path);
    }
    return container(node, path, null);
  }

  private Container fromTemplate(Node node, String path) {
    Fields f = reading.fields(node, path, REFERENCE_FIELDS);
    String name = f.required("name", reading::string);
    Fields reference = f.required("template", (n, p) -> reading.fields(n, p, TEMPLATE_REFERENCE_FIELDS));
    String tenantId = reference.required("tenantId", reading::string);
    String itemId = reference.required("itemId", reading::string);
    Optional<String> version = reference.optional("version", reading::string);
    String id = tenantId + "/" + itemId + version.map(v -> "@" + v).orElse("");
    Node at = reference.node();
    Catalog templates = catalog.orElseThrow(() -> reading.error(at, reference.path(),
        "this sidecar uses the catalog template " + id + ", but no catalog was given to read it with"));
    SidecarTemplate template = version
        .map(v -> templates.resolve(tenantId, itemId, v))
        .orElseGet(() -> templates.resolve(tenantId, itemId))
        .orElseThrow(() -> reading.error(at, reference.path(), "the catalog has no template " + id));
    ContainerPatch patch = patchBody(f);
    Container container = reading.build(node, path,
        () -> Container.builder().from(template.instantiate(patch)).name(name).build());
    reading.origin("sidecars." + name, node, path);
    record(f, "sidecars." + name);
    return container;
  }

  private ContainerPatch patchBody(Fields f) {
    Set<String> replace = new LinkedHashSet<>(f.optional("replace", reading::strings).orElse(List.of()));
    for (String field : replace) {
      if (!MAP_PATCH_FIELDS.contains(field) && !LIST_PATCH_FIELDS.contains(field)) {
        throw reading.error(f.value("replace").orElseThrow(), f.path("replace"),
            "'" + field + "' cannot be replaced; only " + String.join(", ", MAP_PATCH_FIELDS) + ", "
                + String.join(", ", LIST_PATCH_FIELDS) + " can");
      }
    }
    Map<String, List<String>> remove = f.optional("remove", (n, p) -> reading.map(n, p, reading::strings)).orElse(Map.of());
    for (String field : remove.keySet()) {
      Node at = f.value("remove").orElseThrow();
      if (!MAP_PATCH_FIELDS.contains(field) && !LIST_PATCH_FIELDS.contains(field)) {
        throw reading.error(at, f.path("remove") + "." + field, "'" + field + "' has no keys to remove; only "
            + String.join(", ", MAP_PATCH_FIELDS) + ", " + String.join(", ", LIST_PATCH_FIELDS) + " do");
      }
      if (replace.contains(field)) {
        throw reading.error(at, f.path("remove") + "." + field,
            "'" + field + "' is replaced whole, so removing keys from it means nothing");
      }
    }
    ContainerPatch.Builder builder = ContainerPatch.builder();
    f.optional("image", this::image).map(ImagePatch::of).ifPresent(builder::image);
    f.optional("credentials", reading::string).ifPresent(builder::credentials);
    f.optional("essential", reading::bool).ifPresent(builder::essential);
    f.optional("entrypoint", reading::strings).ifPresent(builder::entrypoint);
    f.optional("command", reading::strings).ifPresent(builder::command);
    f.optional("envFile", reading::string).ifPresent(builder::envFile);
    builder.environment(mapPatch("environment", f.optional("environment", (n, p) -> reading.map(n, p, this::variable)), replace, remove));
    builder.secrets(mapPatch("secrets", f.optional("secrets", (n, p) -> reading.map(n, p, this::secret)), replace, remove));
    builder.labels(mapPatch("labels", f.optional("labels", reading::stringMap), replace, remove));
    builder.dependsOn(mapPatch("dependsOn", f.optional("dependsOn", (n, p) -> reading.map(n, p, this::condition)), replace, remove));
    builder.ports(listPatch("ports", f.optional("ports", (n, p) -> reading.list(n, p, this::port)), replace, remove));
    builder.mounts(listPatch("mounts", f.optional("mounts", (n, p) -> reading.list(n, p, this::mount)), replace, remove));
    builder.configMaps(listPatch("configMaps", f.optional("configMaps", (n, p) -> reading.list(n, p, this::configMap)), replace, remove));
    builder.secretMounts(listPatch("secretMounts", f.optional("secretMounts", (n, p) -> reading.list(n, p, this::secretMount)), replace, remove));
    f.optional("healthCheck", this::healthCheck).map(HealthCheckPatch::of).ifPresent(builder::healthCheck);
    f.optional("livenessProbe", this::probe).ifPresent(builder::livenessProbe);
    f.optional("readinessProbe", this::probe).ifPresent(builder::readinessProbe);
    f.optional("startupProbe", this::probe).ifPresent(builder::startupProbe);
    f.optional("resources", this::resources).map(ResourcesPatch::of).ifPresent(builder::resources);
    f.optional("readOnlyRootFilesystem", reading::bool).ifPresent(builder::readOnlyRootFilesystem);
    return reading.build(f.node(), f.path(), builder::build);
  }

  private static <V> MapPatch<V> mapPatch(
      String field, Optional<Map<String, V>> entries, Set<String> replace, Map<String, List<String>> remove) {
    if (replace.contains(field)) {
      return MapPatch.replaceWith(entries.orElse(Map.of()));
    }
    MapPatch<V> patch = MapPatch.upsertAll(entries.orElse(Map.of()));
    for (String key : remove.getOrDefault(field, List.of())) {
      patch = patch.remove(key);
    }
    return patch;
  }

  private static <T extends dev.sidecars.model.Keyed> ListPatch<T> listPatch(
      String field, Optional<List<T>> elements, Set<String> replace, Map<String, List<String>> remove) {
    if (replace.contains(field)) {
      return ListPatch.replaceWith(elements.orElse(List.of()));
    }
    ListPatch<T> patch = ListPatch.upsertAll(elements.orElse(List.of()));
    for (String key : remove.getOrDefault(field, List.of())) {
      patch = patch.remove(key);
    }
    return patch;
  }

  private void expectKind(Node root, String expected) {
    String kind = kind(root);
    if (!kind.equals(expected)) {
      Node at = reading.mapNode(root, "").entries().get("kind").value();
      throw reading.error(at, "kind", "expected a " + expected + " document, got a " + kind);
    }
  }

  private WorkloadType workloadType(Node node, String path) {
    String text = reading.string(node, path);
    return WorkloadType.fromId(text)
        .orElseThrow(() -> reading.error(node, path, "unknown workload type '" + text + "'; expected one of "
            + Arrays.stream(WorkloadType.values()).map(WorkloadType::id).collect(Collectors.joining(", "))));
  }

  private Cpu cpu(Node node, String path) {
    return reading.parsed(node, path, Cpu::parseKubernetes);
  }

  private Memory memory(Node node, String path) {
    return reading.parsed(node, path, Memory::parseKubernetes);
  }

  private Documentation documentation(Node node, String path) {
    Fields f = reading.fields(node, path, DOCUMENTATION_FIELDS);
    Documentation.Type type =
        f.required("type", (n, p) -> reading.parsed(n, p, Documentation.Type::parse));
    return Documentation.of(type, f.required("url", reading::string));
  }

  /**
   * Records the origin of every field of a map under a model path, and of every field of the
   * maps below it, whose keys are the model's names, so that a finding about
   * {@code healthCheck.interval} points at that line.
   */
  private void record(Fields f, String modelPath) {
    for (Node.Entry entry : ((Node.MapNode) f.node()).entries().values()) {
      String fieldPath = modelPath.isEmpty() ? entry.key() : modelPath + "." + entry.key();
      reading.origin(fieldPath, entry.value(), f.path(entry.key()));
      if (entry.value() instanceof Node.MapNode) {
        record(reading.open(entry.value(), f.path(entry.key())), fieldPath);
      }
    }
  }

  private Container container(Node node, String path, String modelPath) {
    Container container = container(node, path);
    String at = modelPath != null ? modelPath : "sidecars." + container.name();
    reading.origin(at, node, path);
    record(reading.open(node, path), at);
    Fields f = reading.open(node, path);
    f.value("ports").filter(n -> n instanceof Node.ListNode).ifPresent(n -> {
      List<Node> items = ((Node.ListNode) n).items();
      for (int i = 0; i < items.size() && i < container.ports().size(); i++) {
        reading.origin(at + ".ports[" + container.ports().get(i).key() + "]", items.get(i), f.path("ports") + "[" + i + "]");
      }
    });
    f.value("mounts").filter(n -> n instanceof Node.ListNode).ifPresent(n -> {
      List<Node> items = ((Node.ListNode) n).items();
      for (int i = 0; i < items.size() && i < container.mounts().size(); i++) {
        reading.origin(at + ".mounts[" + container.mounts().get(i).path() + "]", items.get(i), f.path("mounts") + "[" + i + "]");
      }
    });
    return container;
  }

  /**
   * Reads a container.
   *
   * @param node the container's map
   * @param path its path
   * @return the container
   */
  public Container container(Node node, String path) {
    Fields f = reading.fields(node, path, CONTAINER_FIELDS);
    Container.Builder builder = Container.builder();
    builder.name(f.required("name", reading::string));
    builder.image(f.required("image", this::image));
    f.optional("credentials", reading::string).ifPresent(builder::credentials);
    f.optional("ports", (n, p) -> reading.list(n, p, this::port)).ifPresent(builder::addAllPorts);
    f.optional("essential", reading::bool).ifPresent(builder::essential);
    f.optional("entrypoint", reading::strings).ifPresent(builder::entrypoint);
    f.optional("command", reading::strings).ifPresent(builder::command);
    f.optional("environment", (n, p) -> reading.map(n, p, this::variable)).ifPresent(builder::putAllEnvironment);
    f.optional("secrets", (n, p) -> reading.map(n, p, this::secret)).ifPresent(builder::putAllSecrets);
    f.optional("envFile", reading::string).ifPresent(builder::envFile);
    f.optional("mounts", (n, p) -> reading.list(n, p, this::mount)).ifPresent(builder::addAllMounts);
    f.optional("labels", reading::stringMap).ifPresent(builder::putAllLabels);
    f.optional("dependsOn", (n, p) -> reading.map(n, p, this::condition)).ifPresent(builder::putAllDependsOn);
    f.optional("healthCheck", this::healthCheck).ifPresent(builder::healthCheck);
    f.optional("livenessProbe", this::probe).ifPresent(builder::livenessProbe);
    f.optional("readinessProbe", this::probe).ifPresent(builder::readinessProbe);
    f.optional("startupProbe", this::probe).ifPresent(builder::startupProbe);
    f.optional("resources", this::resources).ifPresent(builder::resources);
    f.optional("readOnlyRootFilesystem", reading::bool).ifPresent(builder::readOnlyRootFilesystem);
    f.optional("configMaps", (n, p) -> reading.list(n, p, this::configMap)).ifPresent(builder::addAllConfigMaps);
    f.optional("secretMounts", (n, p) -> reading.list(n, p, this::secretMount)).ifPresent(builder::addAllSecretMounts);
    return reading.build(node, path, builder::build);
  }

  private Image image(Node node, String path) {
    if (node instanceof Node.ScalarNode) {
      return Image.of(reading.string(node, path));
    }
    Fields f = reading.fields(node, path, IMAGE_FIELDS);
    if (!f.has("location") && !f.has("build")) {
      throw reading.error(node, path, "an image needs 'location' or 'build'");
    }
    return Image.of(f.optional("location", reading::string), f.optional("build", this::build));
  }

  private Build build(Node node, String path) {
    Fields f = reading.fields(node, path, BUILD_FIELDS);
    Build.Builder builder = Build.builder();
    f.optional("dockerfile", reading::string).ifPresent(builder::dockerfile);
    f.optional("context", reading::string).ifPresent(builder::context);
    f.optional("target", reading::string).ifPresent(builder::target);
    f.optional("args", reading::stringMap).ifPresent(builder::putAllArgs);
    f.optional("cacheFrom", reading::strings).ifPresent(builder::addAllCacheFrom);
    return builder.build();
  }

  private Port port(Node node, String path) {
    if (node instanceof Node.ScalarNode) {
      return reading.parsed(node, path, Port::parse);
    }
    Fields f = reading.fields(node, path, PORT_FIELDS);
    int number = f.required("number", reading::integer);
    Protocol protocol = f.required("protocol", (n, p) -> reading.parsed(n, p, Protocol::parse));
    Port port = reading.build(node, path, Map.of("port", "number"), () -> Port.of(number, protocol));
    Optional<String> name = f.optional("name", reading::string);
    if (name.isPresent()) {
      port = port.named(name.get());
    }
    Optional<Integer> servicePort = f.optional("servicePort", reading::integer);
    if (servicePort.isPresent()) {
      Port container = port;
      port = reading.build(node, path, Map.of("port", "servicePort"), () -> container.exposedAs(servicePort.get()));
    }
    return port;
  }

  private Variable variable(Node node, String path) {
    if (node instanceof Node.ScalarNode) {
      return Variable.plain(reading.string(node, path));
    }
    Fields f = reading.fields(node, path, VARIABLE_FIELDS);
    Optional<String> container = f.optional("container", reading::string);
    Optional<String> key = f.optional("key", reading::string);
    String form = onlyOne(f, path, "imported", "configMap", "field");
    String value = f.required(form, reading::string);
    switch (form) {
      case "imported":
        reject(f, "key", "container");
        return Variable.imported(value);
      case "configMap":
        reject(f, "container");
        return Variable.fromConfigMap(value, key.orElseThrow(() -> reading.error(node, path, "a configMap variable needs 'key'")));
      default:
        reject(f, "key");
        return container.map(c -> Variable.fromResource(c, value)).orElseGet(() -> Variable.fromField(value));
    }
  }

  private SecretRef secret(Node node, String path) {
    Fields f = reading.fields(node, path, SECRET_FIELDS);
    String form = onlyOne(f, path, "ssm", "secretsManager", "imported", "kubernetes");
    String name = f.required(form, reading::string);
    switch (form) {
      case "ssm":
        reject(f, "key");
        return SecretRef.ssm(name);
      case "secretsManager":
        reject(f, "key");
        return SecretRef.secretsManager(name);
      case "imported":
        reject(f, "key");
        return SecretRef.imported(name);
      default:
        return SecretRef.kubernetes(name, f.required("key", reading::string));
    }
  }

  private String onlyOne(Fields f, String path, String... forms) {
    String found = null;
    for (String form : forms) {
      if (f.has(form)) {
        if (found != null) {
          throw reading.error(f.node(), path, "set only one of '" + found + "' and '" + form + "'");
        }
        found = form;
      }
    }
    if (found == null) {
      throw reading.error(f.node(), path, "expected one of " + String.join(", ", forms));
    }
    return found;
  }

  private void reject(Fields f, String... keys) {
    for (String key : keys) {
      if (f.has(key)) {
        throw reading.error(f.value(key).get(), f.path(key), "'" + key + "' does not apply to this form");
      }
    }
  }

  private DependencyCondition condition(Node node, String path) {
    return reading.parsed(node, path, DependencyCondition::parse);
  }

  private Mount mount(Node node, String path) {
    Fields f = reading.fields(node, path, MOUNT_FIELDS);
    String source = f.required("sourceVolume", reading::string);
    String target = f.required("path", reading::string);
    return f.optional("readOnly", reading::bool)
        .map(ro -> Mount.of(source, target, ro))
        .orElseGet(() -> Mount.of(source, target));
  }

  private HealthCheck healthCheck(Node node, String path) {
    Fields f = reading.fields(node, path, HEALTH_CHECK_FIELDS);
    HealthCheck.Builder builder = HealthCheck.builder();
    f.optional("command", reading::strings).ifPresent(builder::addAllCommand);
    f.optional("interval", reading::duration).ifPresent(builder::interval);
    f.optional("retries", reading::integer).ifPresent(builder::retries);
    f.optional("timeout", reading::duration).ifPresent(builder::timeout);
    f.optional("startPeriod", reading::duration).ifPresent(builder::startPeriod);
    return builder.build();
  }

  private Probe probe(Node node, String path) {
    Fields f = reading.fields(node, path, PROBE_FIELDS);
    Probe.Builder builder = Probe.builder();
    f.optional("path", reading::string).ifPresent(builder::path);
    f.optional("port", reading::string).ifPresent(builder::port);
    f.optional("command", reading::strings).ifPresent(builder::command);
    f.optional("initialDelay", reading::duration).ifPresent(builder::initialDelay);
    f.optional("period", reading::duration).ifPresent(builder::period);
    f.optional("timeout", reading::duration).ifPresent(builder::timeout);
    f.optional("successThreshold", reading::integer).ifPresent(builder::successThreshold);
    f.optional("failureThreshold", reading::integer).ifPresent(builder::failureThreshold);
    return builder.build();
  }

  private Resources resources(Node node, String path) {
    Fields f = reading.fields(node, path, RESOURCES_FIELDS);
    Resources.Builder builder = Resources.builder();
    f.optional("cpuMin", this::cpu).ifPresent(builder::cpuMin);
    f.optional("cpuMax", this::cpu).ifPresent(builder::cpuMax);
    f.optional("memoryMin", this::memory).ifPresent(builder::memoryMin);
    f.optional("memoryMax", this::memory).ifPresent(builder::memoryMax);
    return builder.build();
  }

  private ConfigMap configMap(Node node, String path) {
    Fields f = reading.fields(node, path, CONFIG_MAP_FIELDS);
    ConfigMap.Builder builder = ConfigMap.builder();
    builder.name(f.required("name", reading::string));
    builder.mountPath(f.required("mountPath", reading::string));
    f.optional("files", (n, p) -> reading.list(n, p, this::configFile)).ifPresent(builder::addAllFiles);
    f.optional("preserveDirectory", reading::bool).ifPresent(builder::preserveDirectory);
    return builder.build();
  }

  private ConfigFile configFile(Node node, String path) {
    Fields f = reading.fields(node, path, CONFIG_FILE_FIELDS);
    return ConfigFile.of(f.required("name", reading::string), f.required("content", reading::string));
  }

  private SecretMount secretMount(Node node, String path) {
    Fields f = reading.fields(node, path, SECRET_MOUNT_FIELDS);
    return SecretMount.of(f.required("name", reading::string), f.required("mountPath", reading::string));
  }

  private Volume volume(Node node, String path) {
    Fields f = reading.fields(node, path, VOLUME_FIELDS);
    Volume.Builder builder = Volume.builder();
    builder.name(f.required("name", reading::string));
    f.optional("path", reading::string).ifPresent(builder::path);
    f.optional("readOnly", reading::bool).ifPresent(builder::readOnly);
    f.optional("efs", this::efs).ifPresent(builder::efs);
    return builder.build();
  }

  private EfsVolume efs(Node node, String path) {
    Fields f = reading.fields(node, path, EFS_FIELDS);
    EfsVolume.Builder builder = EfsVolume.builder();
    f.optional("fileSystemId", reading::string).ifPresent(builder::fileSystemId);
    f.optional("fileSystemExport", reading::string).ifPresent(builder::fileSystemExport);
    if (f.has("fileSystemId") && f.has("fileSystemExport")) {
      throw reading.error(node, path, "set only one of 'fileSystemId' and 'fileSystemExport'");
    }
    f.optional("rootDirectory", reading::string).ifPresent(builder::rootDirectory);
    f.optional("accessPointId", reading::string).ifPresent(builder::accessPointId);
    f.optional("iam", reading::bool).ifPresent(builder::iam);
    f.optional("uid", reading::longInteger).ifPresent(builder::uid);
    f.optional("gid", reading::longInteger).ifPresent(builder::gid);
    return builder.build();
  }

  private TaskDefinitionOverride override(Node node, String path) {
    Fields f = reading.fields(node, path, OVERRIDE_FIELDS);
    String overridePath = f.required("path", reading::string);
    Object value = f.required("value", reading::plain);
    return reading.build(node, path, () -> TaskDefinitionOverride.of(overridePath, value));
  }

  private JobSettings job(Node node, String path) {
    Fields f = reading.fields(node, path, JOB_FIELDS);
    JobSettings.Builder builder = JobSettings.builder();
    f.optional("schedule", reading::string).ifPresent(builder::schedule);
    f.optional("timeout", reading::duration).ifPresent(builder::timeout);
    f.optional("retries", reading::integer).ifPresent(builder::retries);
    return builder.build();
  }

  private Logging logging(Node node, String path) {
    Fields f = reading.fields(node, path, LOGGING_FIELDS);
    Logging.Builder builder = Logging.builder();
    f.optional("image", reading::string).ifPresent(builder::image);
    f.optional("destination", reading::stringMap).ifPresent(builder::putAllDestination);
    f.optional("enableMetadata", reading::bool).ifPresent(builder::enableMetadata);
    f.optional("secretOptions", (n, p) -> reading.map(n, p, this::secret)).ifPresent(builder::putAllSecretOptions);
    f.optional("configFilePath", reading::string).ifPresent(builder::configFilePath);
    f.optional("variables", (n, p) -> reading.map(n, p, this::variable)).ifPresent(builder::putAllVariables);
    f.optional("secrets", (n, p) -> reading.map(n, p, this::secret)).ifPresent(builder::putAllSecrets);
    f.optional("envFile", reading::string).ifPresent(builder::envFile);
    f.optional("retention", reading::integer).ifPresent(builder::retention);
    return builder.build();
  }
}
