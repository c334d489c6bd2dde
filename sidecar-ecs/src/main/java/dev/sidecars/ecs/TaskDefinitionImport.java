package dev.sidecars.ecs;

import dev.sidecars.ecs.internal.CloudFormationNames;
import dev.sidecars.formats.ManifestException;
import dev.sidecars.formats.ManifestFormat;
import dev.sidecars.formats.ManifestWarning;
import dev.sidecars.formats.internal.Node;
import dev.sidecars.formats.internal.Reading;
import dev.sidecars.formats.internal.TreeParser;
import dev.sidecars.model.Architecture;
import dev.sidecars.model.Container;
import dev.sidecars.model.Cpu;
import dev.sidecars.model.DependencyCondition;
import dev.sidecars.model.EfsVolume;
import dev.sidecars.model.HealthCheck;
import dev.sidecars.model.Logging;
import dev.sidecars.model.Memory;
import dev.sidecars.model.Mount;
import dev.sidecars.model.OperatingSystem;
import dev.sidecars.model.Platform;
import dev.sidecars.model.Port;
import dev.sidecars.model.Protocol;
import dev.sidecars.model.Resources;
import dev.sidecars.model.SecretRef;
import dev.sidecars.model.SourceMap;
import dev.sidecars.model.TaskDefinitionOverride;
import dev.sidecars.model.Variable;
import dev.sidecars.model.Volume;
import dev.sidecars.model.Workload;
import dev.sidecars.model.WorkloadType;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads one task definition into the model (docs/import.md). Every field the model holds is
 * read into it, with its origin; every other field is kept as a task definition override at
 * the place the emitter will write it, with one {@value EcsTaskDefinitionReader#NOT_MODELLED}
 * warning, so that nothing is dropped silently.
 */
final class TaskDefinitionImport {
  /** The code of the warning for a field that holds CloudFormation functions. */
  static final String FUNCTION = "import.cloudformation-function";
  /** The code of the warning for the parts of a template that are not the task definition. */
  static final String OUTSIDE = "import.outside-task-definition";
  /** The router's name in the model, as Copilot names it. */
  static final String ROUTER = "firelens_log_router";

  /** What {@code describe-task-definition} adds and registering does not take. */
  private static final Set<String> READ_ONLY = Set.of("taskDefinitionArn", "revision", "status", "requiresAttributes",
      "compatibilities", "registeredAt", "registeredBy", "deregisteredAt");
  private static final Set<String> ROUTER_FIELDS = Set.of("name", "image", "essential", "environment", "secrets",
      "environmentFiles", "firelensConfiguration");

  /** Container fields whose value is one number or flag: with a function of unknown value, they are not modelled. */
  private static final Set<String> SCALARS = Set.of("cpu", "memory", "memoryReservation", "essential",
      "readonlyRootFilesystem");
  /** Container fields whose value is one string, which a function's stand-in can be. */
  private static final Set<String> STRINGS = Set.of("name", "image");

  private final String source;
  private final Reading reading;
  private final Map<String, String> parameters;
  private CloudFormationFunctions functions = new CloudFormationFunctions(Map.of());
  private final List<TaskDefinitionOverride> overrides = new ArrayList<>();
  private final List<ManifestWarning> warnings = new ArrayList<>();
  private String networkMode = "bridge";
  private boolean taskSizeByFunction;

  private TaskDefinitionImport(String source, Map<String, String> parameters) {
    this.source = source;
    this.reading = new Reading(source);
    this.parameters = parameters;
  }

  /**
   * Whether a text is a task definition in one of the shapes read here.
   *
   * @param text the document
   * @return true for a map with {@code containerDefinitions}, or with a {@code taskDefinition}
   *     map that has them
   */
  static boolean recognises(String text) {
    try {
      Node root = new TreeParser("-").parse(text, ManifestFormat.detect(text));
      return taskNode(root).isPresent() || !CloudFormationTemplate.taskDefinitions(root).isEmpty();
    } catch (ManifestException e) {
      return false;
    }
  }

  /** The task definition of a document: the document itself, or its {@code taskDefinition}, when it has containers. */
  static Optional<Node.MapNode> taskNode(Node root) {
    if (!(root instanceof Node.MapNode)) {
      return Optional.empty();
    }
    Node.MapNode map = (Node.MapNode) root;
    if (map.entries().containsKey("containerDefinitions")) {
      return Optional.of(map);
    }
    Node.Entry described = map.entries().get("taskDefinition");
    if (described != null && described.value() instanceof Node.MapNode
        && ((Node.MapNode) described.value()).entries().containsKey("containerDefinitions")) {
      return Optional.of((Node.MapNode) described.value());
    }
    return Optional.empty();
  }

  static EcsImport read(String text, String source, Map<String, String> parameters) {
    return new TaskDefinitionImport(source, parameters).read(text);
  }

  private EcsImport read(String text) {
    Node root = new TreeParser(source).parse(text, ManifestFormat.detect(text));
    Optional<Node.MapNode> found = taskNode(root);
    Optional<String> resource = Optional.empty();
    Node.MapNode task;
    EcsImport.Shape shape;
    String base;
    if (found.isPresent()) {
      task = found.get();
      shape = task == root ? EcsImport.Shape.REGISTER_REQUEST : EcsImport.Shape.DESCRIBE_OUTPUT;
      base = shape == EcsImport.Shape.REGISTER_REQUEST ? "" : "taskDefinition.";
    } else {
      Node.Entry entry = CloudFormationTemplate.taskDefinition(root, source);
      resource = Optional.of(entry.key());
      shape = EcsImport.Shape.CLOUDFORMATION;
      base = "Resources." + entry.key() + ".Properties.";
      Node.MapNode properties = CloudFormationTemplate.properties(entry, source);
      outside((Node.MapNode) root, entry);
      functions = new CloudFormationFunctions(CloudFormationFunctions.parameterValues((Node.MapNode) root, parameters));
      properties.field("ContainerDefinitions").filter(Node.ListNode.class::isInstance)
          .ifPresent(list -> functions.nameContainers((Node.ListNode) list));
      task = functions.toApi(properties);
    }
    if (shape == EcsImport.Shape.DESCRIBE_OUTPUT) {
      for (Node.Entry entry : ((Node.MapNode) root).entries().values()) {
        if (!entry.key().equals("taskDefinition")) {
          keep(entry, entry.key(), CloudFormationNames.recase(Map.of(entry.key(), "x")).keySet().iterator().next());
        }
      }
    }
    String family = text(required(task, "family", base), base + "family");
    networkMode = field(task, "networkMode").map(n -> text(n, base + "networkMode")).orElse("bridge");
    if (field(task, "networkMode").isEmpty()) {
      // ECS's default; the emitter writes awsvpc
      overrides.add(TaskDefinitionOverride.of("NetworkMode", "bridge"));
      warn(task, base.isEmpty() ? "networkMode" : base + "networkMode", EcsTaskDefinitionReader.NOT_MODELLED,
          "the task definition sets no networkMode, so ECS uses bridge: kept as the task definition override "
              + "NetworkMode: bridge; other targets do not");
    }
    List<String> compatibilities = field(task, "requiresCompatibilities")
        .map(n -> strings(n, base + "requiresCompatibilities")).orElse(List.of());
    String compatibility = compatibilities.isEmpty() ? "EC2" : compatibilities.get(0);

    Workload.Builder workload = Workload.builder().name(family).type(WorkloadType.BACKEND_SERVICE);
    reading.origin("name", required(task, "family", base), base + "family");

    List<Node.MapNode> definitions = new ArrayList<>();
    Node.ListNode list = listNode(required(task, "containerDefinitions", base), base + "containerDefinitions");
    for (int i = 0; i < list.items().size(); i++) {
      definitions.add(mapNode(list.items().get(i), base + "containerDefinitions[" + i + "]"));
    }
    int router = -1;
    for (int i = 0; i < definitions.size(); i++) {
      if (definitions.get(i).entries().containsKey("firelensConfiguration")) {
        router = i;
        break;
      }
    }
    int main = mainIndex(definitions, router);
    if (router >= 0 && !logsToFireLens(definitions.get(main), base + "containerDefinitions[" + main + "]")) {
      // the model's logging routes the main container's logs; a router the main container does not
      // use stays a sidecar, its FireLens configuration kept
      router = -1;
    }
    Map<Integer, String> names = new LinkedHashMap<>();
    for (int i = 0; i < definitions.size(); i++) {
      names.put(i, text(required(definitions.get(i), "name", base + "containerDefinitions[" + i + "]."),
          base + "containerDefinitions[" + i + "].name"));
    }
    Optional<String> routerName = router < 0 ? Optional.empty() : Optional.of(names.get(router));
    List<String> copilotOrder = copilotOrder(names, main, router);

    Logging.Builder logging = Logging.builder();
    for (int i = 0; i < definitions.size(); i++) {
      String path = base + "containerDefinitions[" + i + "]";
      String name = names.get(i);
      String at = "ContainerDefinitions[" + copilotOrder.indexOf(i == router ? ROUTER : name) + "]";
      if (i == router) {
        router(definitions.get(i), path, at, logging);
        continue;
      }
      String modelPath = i == main ? "main" : "sidecars." + name;
      Container container = container(definitions.get(i), path, at, modelPath, i == main, routerName, logging);
      if (i == main) {
        workload.main(container);
      } else {
        workload.addSidecar(container);
      }
    }
    if (router >= 0) {
      workload.logging(logging.build());
      if (!routerName.get().equals(ROUTER)) {
        Node.MapNode def = definitions.get(router);
        warn(def.entries().get("name").value(), base + "containerDefinitions[" + router + "].name", "import.renamed",
            "the FireLens router " + routerName.get() + " is named " + ROUTER + " in the model, as Copilot names it; "
                + "dependencies on it follow");
      }
    }
    taskFields(task, base, workload);
    warnings.sort(java.util.Comparator.comparingInt(ManifestWarning::line).thenComparingInt(ManifestWarning::column));
    // each kept field has its own path, so their order does not matter: one order, by path
    overrides.sort(java.util.Comparator.comparing(TaskDefinitionOverride::path));
    workload.taskDefinitionOverrides(overrides);
    Workload built = reading.build(task, base.isEmpty() ? "" : "taskDefinition", workload::build);
    return new EcsImport(shape, resource, built, SourceMap.of(reading.origins()), warnings, family,
        field(task, "taskRoleArn").map(n -> text(n, base + "taskRoleArn")),
        field(task, "executionRoleArn").map(n -> text(n, base + "executionRoleArn")), compatibility,
        taskSizeByFunction);
  }

  private boolean logsToFireLens(Node.MapNode def, String path) {
    return field(def, "logConfiguration").map(n -> mapNode(n, path + ".logConfiguration"))
        .flatMap(config -> field(config, "logDriver")).map(n -> text(n, path + ".logConfiguration.logDriver"))
        .filter("awsfirelens"::equals).isPresent();
  }

  /** The main container: the first essential one that is not the router, else the first that is not. */
  private int mainIndex(List<Node.MapNode> definitions, int router) {
    int first = -1;
    for (int i = 0; i < definitions.size(); i++) {
      if (i == router) {
        continue;
      }
      if (first < 0) {
        first = i;
      }
      Optional<Node> essential = field(definitions.get(i), "essential");
      if (essential.isEmpty() || reading.bool(essential.get(), "essential")) {
        return i;
      }
    }
    if (first < 0) {
      Node node = definitions.isEmpty() ? null : definitions.get(0);
      throw new ManifestException(source, node == null ? 0 : node.line(), node == null ? 0 : node.column(),
          "containerDefinitions", "has no container besides the FireLens router; a workload needs a main container", null);
    }
    return first;
  }

  /** Container indexes as task definition overrides count them: main, router, the sidecars by name. */
  private static List<String> copilotOrder(Map<Integer, String> names, int main, int router) {
    List<String> order = new ArrayList<>();
    order.add(names.get(main));
    if (router >= 0) {
      order.add(ROUTER);
    }
    Set<String> sidecars = new TreeSet<>();
    names.forEach((i, name) -> {
      if (i != main && i != router) {
        sidecars.add(name);
      }
    });
    order.addAll(sidecars);
    return order;
  }

  private void taskFields(Node.MapNode task, String base, Workload.Builder workload) {
    for (Node.Entry entry : task.entries().values()) {
      String key = entry.key();
      String path = base + key;
      Node value = entry.value();
      if (isNull(value) || READ_ONLY.contains(key)) {
        continue;
      }
      if (!key.equals("containerDefinitions") && !key.equals("volumes") && function(entry, path, pascal(key))
          && functions.unresolved(value) && (key.equals("cpu") || key.equals("memory"))) {
        taskSizeByFunction = true;
        continue; // a task size whose value only CloudFormation knows
      }
      switch (key) {
        case "networkMode":
          if (!text(value, path).equals("awsvpc")) {
            keep(entry, path, "NetworkMode");
          }
          break;
        case "requiresCompatibilities":
          if (strings(value, path).size() > 1) {
            keep(entry, path, "RequiresCompatibilities");
          }
          break;
        case "runtimePlatform":
          workload.platform(platform(entry, path));
          break;
        case "cpu":
          workload.cpu(reading.parsed(value, path, TaskDefinitionImport::taskCpu));
          reading.origin("cpu", value, path);
          break;
        case "memory":
          workload.memory(reading.parsed(value, path, TaskDefinitionImport::taskMemory));
          reading.origin("memory", value, path);
          break;
        case "ephemeralStorage":
          workload.ephemeralStorage(Memory.ofGibibytes(reading.longInteger(
              required(mapNode(value, path), "sizeInGiB", path + "."), path + ".sizeInGiB")));
          reading.origin("ephemeralStorage", value, path);
          break;
        case "volumes":
          volumes(listNode(value, path), path, workload);
          break;
        case "family":
        case "taskRoleArn":
        case "executionRoleArn":
        case "containerDefinitions":
          break;
        default:
          keep(entry, path, pascal(key));
          break;
      }
    }
  }

  private Platform platform(Node.Entry entry, String path) {
    Node.MapNode map = mapNode(entry.value(), path);
    String os = field(map, "operatingSystemFamily").map(n -> text(n, path + ".operatingSystemFamily")).orElse("LINUX");
    String arch = field(map, "cpuArchitecture").map(n -> text(n, path + ".cpuArchitecture")).orElse("X86_64");
    reading.origin("platform", entry.value(), path);
    if (!os.equals("LINUX") && !os.equals("WINDOWS_SERVER_2019_CORE")) {
      keep(entry, path, "RuntimePlatform");
    }
    OperatingSystem system = os.startsWith("WINDOWS") ? OperatingSystem.WINDOWS : OperatingSystem.LINUX;
    Architecture architecture = arch.equals("ARM64") ? Architecture.ARM64 : Architecture.X86_64;
    return Platform.of(system, architecture);
  }

  /** Task CPU as ECS takes it: units ({@code "256"}) or vCPUs ({@code "0.25 vCPU"}). */
  private static Cpu taskCpu(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.endsWith("vcpu")) {
      BigDecimal vcpu = new BigDecimal(t.substring(0, t.length() - 4).trim());
      return Cpu.ofEcsUnits(vcpu.multiply(BigDecimal.valueOf(1024)).longValueExact());
    }
    return Cpu.ofEcsUnits(Long.parseLong(t));
  }

  /** Task memory as ECS takes it: MiB ({@code "512"}) or GB ({@code "1 GB"}, which ECS reads as GiB). */
  private static Memory taskMemory(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.endsWith("gb")) {
      BigDecimal gib = new BigDecimal(t.substring(0, t.length() - 2).trim());
      return Memory.ofMebibytes(gib.multiply(BigDecimal.valueOf(1024)).longValueExact());
    }
    return Memory.ofMebibytes(Long.parseLong(t));
  }

  private void volumes(Node.ListNode list, String path, Workload.Builder workload) {
    for (int i = 0; i < list.items().size(); i++) {
      String at = path + "[" + i + "]";
      Node.MapNode map = mapNode(list.items().get(i), at);
      String name = text(required(map, "name", at + "."), at + ".name");
      Volume.Builder volume = Volume.builder().name(name);
      reading.origin("volumes[" + name + "]", map, at);
      for (Node.Entry entry : map.entries().values()) {
        String field = at + "." + entry.key();
        if (isNull(entry.value())) {
          continue;
        }
        function(entry, field, "Volumes[" + i + "]." + pascal(entry.key()));
        if (entry.key().equals("name")) {
          continue;
        }
        if (entry.key().equals("efsVolumeConfiguration")) {
          volume.efs(efs(entry, field, "Volumes[" + i + "]", name));
        } else {
          keep(entry, field, "Volumes[" + i + "]." + pascal(entry.key()));
        }
      }
      workload.addVolume(volume.build());
    }
  }

  private EfsVolume efs(Node.Entry entry, String path, String at, String volume) {
    Node.MapNode map = mapNode(entry.value(), path);
    EfsVolume.Builder efs = EfsVolume.builder();
    reading.origin("volumes[" + volume + "].efs", map, path);
    String efsAt = at + ".EFSVolumeConfiguration";
    for (Node.Entry field : map.entries().values()) {
      String fieldPath = path + "." + field.key();
      switch (field.key()) {
        case "fileSystemId":
          efs.fileSystemId(text(field.value(), fieldPath));
          break;
        case "rootDirectory":
          efs.rootDirectory(text(field.value(), fieldPath));
          break;
        case "transitEncryption":
          if (!text(field.value(), fieldPath).equals("ENABLED")) {
            keep(field, fieldPath, efsAt + ".TransitEncryption");
          }
          break;
        case "authorizationConfig": {
          Node.MapNode auth = mapNode(field.value(), fieldPath);
          for (Node.Entry a : auth.entries().values()) {
            String authPath = fieldPath + "." + a.key();
            if (a.key().equals("accessPointId")) {
              efs.accessPointId(text(a.value(), authPath));
            } else if (a.key().equals("iam")) {
              efs.iam(text(a.value(), authPath).equals("ENABLED"));
            } else {
              keep(a, authPath, efsAt + ".AuthorizationConfig." + pascal(a.key()));
            }
          }
          break;
        }
        default:
          keep(field, fieldPath, efsAt + "." + pascal(field.key()));
          break;
      }
    }
    return efs.build();
  }

  private void router(Node.MapNode def, String path, String at, Logging.Builder logging) {
    // FireLens adds the ECS metadata unless told not to
    logging.enableMetadata(true);
    for (Node.Entry entry : def.entries().values()) {
      String field = path + "." + entry.key();
      Node value = entry.value();
      if (isNull(value)) {
        continue;
      }
      if (function(entry, field, at + "." + pascal(entry.key())) && functions.isStandIn(value)
          && functions.unresolved(value) && !STRINGS.contains(entry.key())) {
        continue;
      }
      switch (entry.key()) {
        case "image":
          logging.image(text(value, field));
          reading.origin("logging.image", value, field);
          break;
        case "environment":
          logging.putAllVariables(environment(value, field, "logging.variables"));
          break;
        case "secrets":
          logging.putAllSecrets(secrets(value, field, "logging.secrets"));
          break;
        case "environmentFiles":
          envFile(entry, field, at).ifPresent(file -> {
            logging.envFile(file);
            reading.origin("logging.envFile", value, field);
          });
          break;
        case "firelensConfiguration":
          firelens(entry, field, at, logging);
          break;
        case "essential":
          if (!reading.bool(value, field)) {
            keep(entry, field, at + ".Essential");
          }
          break;
        case "name":
          break;
        default:
          if (!ROUTER_FIELDS.contains(entry.key())) {
            keep(entry, field, at + "." + pascal(entry.key()));
          }
          break;
      }
    }
  }

  private void firelens(Node.Entry entry, String path, String at, Logging.Builder logging) {
    Node.MapNode map = mapNode(entry.value(), path);
    for (Node.Entry field : map.entries().values()) {
      String fieldPath = path + "." + field.key();
      if (field.key().equals("type")) {
        if (!text(field.value(), fieldPath).equals("fluentbit")) {
          keep(field, fieldPath, at + ".FirelensConfiguration.Type");
        }
      } else if (field.key().equals("options") && !isNull(field.value())) {
        Node.MapNode options = mapNode(field.value(), fieldPath);
        Optional<String> type = field(options, "config-file-type").map(n -> text(n, fieldPath + ".config-file-type"));
        for (Node.Entry option : options.entries().values()) {
          String optionPath = fieldPath + "." + option.key();
          switch (option.key()) {
            case "enable-ecs-log-metadata":
              logging.enableMetadata(text(option.value(), optionPath).equals("true"));
              reading.origin("logging.enableMetadata", option.value(), optionPath);
              break;
            case "config-file-value":
              if (type.filter("file"::equals).isPresent()) {
                logging.configFilePath(text(option.value(), optionPath));
                reading.origin("logging.configFilePath", option.value(), optionPath);
              } else {
                keep(option, optionPath, at + ".FirelensConfiguration.Options." + option.key());
              }
              break;
            case "config-file-type":
              if (!text(option.value(), optionPath).equals("file")) {
                keep(option, optionPath, at + ".FirelensConfiguration.Options." + option.key());
              }
              break;
            default:
              keep(option, optionPath, at + ".FirelensConfiguration.Options." + option.key());
              break;
          }
        }
      } else if (!isNull(field.value())) {
        keep(field, fieldPath, at + ".FirelensConfiguration." + pascal(field.key()));
      }
    }
  }

  private Container container(Node.MapNode def, String path, String at, String modelPath, boolean main,
      Optional<String> router, Logging.Builder logging) {
    // ECS's default, written out
    Container.Builder c = Container.builder().essential(true);
    Resources.Builder resources = Resources.builder();
    boolean hasResources = false;
    reading.origin(modelPath, def, path);
    for (Node.Entry entry : def.entries().values()) {
      String field = path + "." + entry.key();
      String here = at + "." + pascal(entry.key());
      Node value = entry.value();
      if (isNull(value) || function(entry, field, here) && functions.unresolved(value)
          && (SCALARS.contains(entry.key()) || functions.isStandIn(value) && !STRINGS.contains(entry.key()))) {
        continue; // a number, flag, list or map that only CloudFormation knows: kept as written, not modelled
      }
      switch (entry.key()) {
        case "name":
          c.name(text(value, field));
          reading.origin(modelPath + ".name", value, field);
          break;
        case "image":
          c.image(text(value, field));
          reading.origin(modelPath + ".image", value, field);
          break;
        case "repositoryCredentials": {
          Node.MapNode credentials = mapNode(value, field);
          c.credentials(text(required(credentials, "credentialsParameter", field + "."), field + ".credentialsParameter"));
          reading.origin(modelPath + ".credentials", value, field);
          break;
        }
        case "cpu":
          resources.cpuMin(Cpu.ofEcsUnits(reading.longInteger(value, field)));
          reading.origin(modelPath + ".resources.cpuMin", value, field);
          hasResources = true;
          break;
        case "memory":
          resources.memoryMax(Memory.ofMebibytes(reading.longInteger(value, field)));
          reading.origin(modelPath + ".resources.memoryMax", value, field);
          hasResources = true;
          break;
        case "memoryReservation":
          resources.memoryMin(Memory.ofMebibytes(reading.longInteger(value, field)));
          reading.origin(modelPath + ".resources.memoryMin", value, field);
          hasResources = true;
          break;
        case "portMappings":
          ports(listNode(value, field), field, here, modelPath, c);
          break;
        case "essential":
          c.essential(reading.bool(value, field));
          reading.origin(modelPath + ".essential", value, field);
          break;
        case "entryPoint":
          c.entrypoint(strings(value, field));
          reading.origin(modelPath + ".entrypoint", value, field);
          break;
        case "command":
          c.command(strings(value, field));
          reading.origin(modelPath + ".command", value, field);
          break;
        case "environment":
          c.putAllEnvironment(environment(value, field, modelPath + ".environment"));
          break;
        case "secrets":
          c.putAllSecrets(secrets(value, field, modelPath + ".secrets"));
          break;
        case "environmentFiles":
          envFile(entry, field, at).ifPresent(file -> {
            c.envFile(file);
            reading.origin(modelPath + ".envFile", value, field);
          });
          break;
        case "mountPoints":
          mounts(listNode(value, field), field, here, modelPath, c);
          break;
        case "dockerLabels":
          stringMap(value, field).forEach(c::putLabel);
          reading.origin(modelPath + ".labels", value, field);
          break;
        case "dependsOn":
          dependsOn(listNode(value, field), field, modelPath, router, c);
          break;
        case "healthCheck":
          c.healthCheck(healthCheck(mapNode(value, field), field, modelPath + ".healthCheck"));
          break;
        case "readonlyRootFilesystem":
          c.readOnlyRootFilesystem(reading.bool(value, field));
          reading.origin(modelPath + ".readOnlyRootFilesystem", value, field);
          break;
        case "logConfiguration":
          if (!main || router.isEmpty() || !logToFireLens(entry, field, logging)) {
            keep(entry, field, here);
          }
          break;
        default:
          keep(entry, field, here);
          break;
      }
    }
    if (hasResources) {
      c.resources(resources.build());
    }
    return reading.build(def, path, c::build);
  }

  /** The main container's {@code awsfirelens} log configuration as the logging destination; false for another driver. */
  private boolean logToFireLens(Node.Entry entry, String path, Logging.Builder logging) {
    Node.MapNode map = mapNode(entry.value(), path);
    Optional<String> driver = field(map, "logDriver").map(n -> text(n, path + ".logDriver"));
    if (driver.filter("awsfirelens"::equals).isEmpty()) {
      return false;
    }
    for (Node.Entry field : map.entries().values()) {
      String fieldPath = path + "." + field.key();
      if (field.key().equals("options") && !isNull(field.value())) {
        logging.putAllDestination(stringMap(field.value(), fieldPath));
        reading.origin("logging.destination", field.value(), fieldPath);
      } else if (field.key().equals("secretOptions") && !isNull(field.value())) {
        logging.putAllSecretOptions(secrets(field.value(), fieldPath, "logging.secretOptions"));
      } else if (!field.key().equals("logDriver") && !isNull(field.value())) {
        // kept on the main container, index 0
        keep(field, fieldPath, "ContainerDefinitions[0].LogConfiguration." + pascal(field.key()));
      }
    }
    return true;
  }

  private void ports(Node.ListNode list, String path, String at, String modelPath, Container.Builder c) {
    for (int i = 0; i < list.items().size(); i++) {
      String portPath = path + "[" + i + "]";
      Node.MapNode map = mapNode(list.items().get(i), portPath);
      Node number = required(map, "containerPort", portPath + ".");
      int containerPort = reading.integer(number, portPath + ".containerPort");
      Protocol protocol = field(map, "protocol").map(n -> text(n, portPath + ".protocol"))
          .map(p -> p.equalsIgnoreCase("udp") ? Protocol.UDP : Protocol.TCP).orElse(Protocol.TCP);
      Port port = reading.build(number, portPath + ".containerPort", () -> Port.of(containerPort, protocol));
      for (Node.Entry entry : map.entries().values()) {
        String field = portPath + "." + entry.key();
        if (isNull(entry.value())) {
          continue;
        }
        switch (entry.key()) {
          case "containerPort":
          case "protocol":
            break;
          case "name":
            port = port.named(text(entry.value(), field));
            break;
          case "hostPort":
            if (!networkMode.equals("awsvpc") || reading.integer(entry.value(), field) != containerPort) {
              keep(entry, field, at + "[" + i + "].HostPort");
            }
            break;
          default:
            keep(entry, field, at + "[" + i + "]." + pascal(entry.key()));
            break;
        }
      }
      c.addPort(port);
      reading.origin(modelPath + ".ports[" + port.key() + "]", map, portPath);
    }
  }

  private void mounts(Node.ListNode list, String path, String at, String modelPath, Container.Builder c) {
    for (int i = 0; i < list.items().size(); i++) {
      String mountPath = path + "[" + i + "]";
      Node.MapNode map = mapNode(list.items().get(i), mountPath);
      String volume = text(required(map, "sourceVolume", mountPath + "."), mountPath + ".sourceVolume");
      String target = text(required(map, "containerPath", mountPath + "."), mountPath + ".containerPath");
      Optional<Node> readOnly = field(map, "readOnly");
      // ECS's default is read-write; the model's (Copilot's) is read-only, so it is written out
      c.addMount(Mount.of(volume, target, readOnly.isPresent() && reading.bool(readOnly.get(), mountPath + ".readOnly")));
      reading.origin(modelPath + ".mounts[" + target + "]", map, mountPath);
    }
  }

  private void dependsOn(Node.ListNode list, String path, String modelPath, Optional<String> router,
      Container.Builder c) {
    for (int i = 0; i < list.items().size(); i++) {
      String at = path + "[" + i + "]";
      Node.MapNode map = mapNode(list.items().get(i), at);
      String name = text(required(map, "containerName", at + "."), at + ".containerName");
      String condition = text(required(map, "condition", at + "."), at + ".condition");
      DependencyCondition parsed = reading.parsed(map.entries().get("condition").value(), at + ".condition",
          s -> DependencyCondition.valueOf(s.toUpperCase(Locale.ROOT)));
      String target = router.filter(name::equals).map(r -> ROUTER).orElse(name);
      c.putDependsOn(target, parsed);
      reading.origin(modelPath + ".dependsOn." + target, map, at);
      if (condition.isEmpty()) {
        throw reading.error(map, at, "a dependency needs a condition");
      }
    }
  }

  private HealthCheck healthCheck(Node.MapNode map, String path, String modelPath) {
    // ECS's defaults, written out: the model's are Copilot's
    HealthCheck.Builder check = HealthCheck.builder().interval(Duration.ofSeconds(30)).timeout(Duration.ofSeconds(5))
        .retries(3).startPeriod(Duration.ZERO);
    reading.origin(modelPath, map, path);
    check.command(strings(required(map, "command", path + "."), path + ".command"));
    for (Node.Entry entry : map.entries().values()) {
      String field = path + "." + entry.key();
      if (isNull(entry.value())) {
        continue;
      }
      switch (entry.key()) {
        case "interval":
          check.interval(Duration.ofSeconds(reading.longInteger(entry.value(), field)));
          break;
        case "timeout":
          check.timeout(Duration.ofSeconds(reading.longInteger(entry.value(), field)));
          break;
        case "retries":
          check.retries(reading.integer(entry.value(), field));
          break;
        case "startPeriod":
          check.startPeriod(Duration.ofSeconds(reading.longInteger(entry.value(), field)));
          break;
        case "command":
          break;
        default:
          throw reading.error(entry, field, "is not a field of an ECS health check (command, interval, timeout, "
              + "retries, startPeriod)");
      }
      reading.origin(modelPath + "." + entry.key(), entry.value(), field);
    }
    return check.build();
  }

  private Map<String, Variable> environment(Node node, String path, String modelPath) {
    Map<String, Variable> out = new LinkedHashMap<>();
    Node.ListNode list = listNode(node, path);
    for (int i = 0; i < list.items().size(); i++) {
      String at = path + "[" + i + "]";
      Node.MapNode map = mapNode(list.items().get(i), at);
      String name = text(required(map, "name", at + "."), at + ".name");
      String value = field(map, "value").map(n -> scalarText(n, at + ".value")).orElse("");
      out.put(name, Variable.plain(value));
      reading.origin(modelPath + "." + name, map, at);
    }
    return out;
  }

  private Map<String, SecretRef> secrets(Node node, String path, String modelPath) {
    Map<String, SecretRef> out = new LinkedHashMap<>();
    Node.ListNode list = listNode(node, path);
    for (int i = 0; i < list.items().size(); i++) {
      String at = path + "[" + i + "]";
      Node.MapNode map = mapNode(list.items().get(i), at);
      String name = text(required(map, "name", at + "."), at + ".name");
      String from = text(required(map, "valueFrom", at + "."), at + ".valueFrom");
      out.put(name, from.startsWith("arn:") && from.contains(":secretsmanager:") ? SecretRef.secretsManager(from)
          : SecretRef.ssm(from));
      reading.origin(modelPath + "." + name, map, at);
    }
    return out;
  }

  /** One S3 environment file as the model's env file; several, or another type, are kept. */
  private Optional<String> envFile(Node.Entry entry, String path, String at) {
    Node.ListNode list = listNode(entry.value(), path);
    if (list.items().size() == 1) {
      Node.MapNode file = mapNode(list.items().get(0), path + "[0]");
      Optional<String> type = field(file, "type").map(n -> text(n, path + "[0].type"));
      if (type.orElse("s3").equals("s3") && file.entries().keySet().stream().allMatch(k -> k.equals("type")
          || k.equals("value"))) {
        return Optional.of(text(required(file, "value", path + "[0]."), path + "[0].value"));
      }
    }
    if (!list.items().isEmpty()) {
      keep(entry, path, at + ".EnvironmentFiles");
    }
    return Optional.empty();
  }

  /**
   * Keeps a field that holds CloudFormation functions as written, as an override, with one
   * warning; the model reads it with the functions' stand-ins.
   *
   * @return whether the field holds functions
   */
  private boolean function(Node.Entry entry, String path, String overridePath) {
    Optional<Node> original = functions.original(entry.value());
    if (original.isEmpty()) {
      return false;
    }
    overrides.add(TaskDefinitionOverride.of(overridePath, original.get().toPlain()));
    Node value = entry.value();
    String reads = value instanceof Node.ScalarNode ? "the model reads it as '" + ((Node.ScalarNode) value).text() + "'"
        : "the model reads each function as its value or as ${...}";
    List<String> held = CloudFormationFunctions.describe(original.get());
    warn(value, path, FUNCTION, path + " holds the CloudFormation function" + (held.size() > 1 ? "s " : " ")
        + String.join(", ", held) + ": kept as written for CloudFormation (the task definition override " + overridePath + "); " + reads);
    return true;
  }

  /** The template's parts that are not the task definition: warned about, since a render writes the task definition alone. */
  private void outside(Node.MapNode template, Node.Entry resource) {
    for (Node.Entry attribute : ((Node.MapNode) resource.value()).entries().values()) {
      if (!attribute.key().equals("Type") && !attribute.key().equals("Properties")) {
        warn(attribute.value(), "Resources." + resource.key() + "." + attribute.key(), OUTSIDE, "Resources."
            + resource.key() + "." + attribute.key() + " belongs to the resource, not to the task definition: "
            + "the template keeps it (inject edits the template in place); a render writes the task definition alone");
      }
    }
    List<String> others = new ArrayList<>();
    template.entries().forEach((key, entry) -> {
      if (!key.equals("Resources") && !key.equals("AWSTemplateFormatVersion")) {
        others.add(key);
      }
    });
    Node.MapNode resources = (Node.MapNode) template.entries().get("Resources").value();
    long more = resources.entries().size() - 1;
    if (more > 0) {
      others.add(more + " other resource" + (more == 1 ? "" : "s"));
    }
    if (!others.isEmpty()) {
      Node.Entry at = template.entries().get("Resources");
      warnings.add(new ManifestWarning(source, at.line(), at.column(), "Resources", "the template's "
          + String.join(", ", others) + " are not part of the task definition: the template keeps them (inject edits it"
          + " in place); a render writes the task definition alone", OUTSIDE));
    }
  }

  /** Keeps a field the model does not hold as an override, with one warning. */
  private void keep(Node.Entry entry, String path, String overridePath) {
    if (overrides.stream().anyMatch(o -> overridePath.equals(o.path()) || overridePath.startsWith(o.path() + ".")
        || overridePath.startsWith(o.path() + "["))) {
      return; // the field, or one around it, is kept as written already
    }
    Object value = plain(entry.value());
    if (value instanceof List && ((List<?>) value).isEmpty() || value instanceof Map && ((Map<?, ?>) value).isEmpty()) {
      return; // ECS reads an empty list or map as none, which is what the emitter writes
    }
    if (value instanceof Map) {
      @SuppressWarnings("unchecked")
      Map<String, Object> map = (Map<String, Object>) value;
      value = CloudFormationNames.verbatim(entry.key()) ? map : recaseKeys(map);
    } else if (value instanceof List) {
      List<Object> items = new ArrayList<>();
      for (Object item : (List<?>) value) {
        if (item instanceof Map) {
          @SuppressWarnings("unchecked")
          Map<String, Object> map = (Map<String, Object>) item;
          items.add(recaseKeys(map));
        } else {
          items.add(item);
        }
      }
      value = items;
    }
    overrides.add(TaskDefinitionOverride.of(overridePath, value));
    warn(entry.value(), path, EcsTaskDefinitionReader.NOT_MODELLED, path + " is kept, not modelled: ECS gets it back as "
        + "the task definition override " + overridePath + "; other targets do not");
  }

  private static Map<String, Object> recaseKeys(Map<String, Object> map) {
    return CloudFormationNames.recase(map);
  }

  private void warn(Node node, String path, String code, String message) {
    warnings.add(new ManifestWarning(source, node.line(), node.column(), path, message, code));
  }

  private static String pascal(String key) {
    return CloudFormationNames.recase(Map.of(key, "")).keySet().iterator().next();
  }

  private Object plain(Node node) {
    if (node instanceof Node.MapNode) {
      Map<String, Object> map = new LinkedHashMap<>();
      ((Node.MapNode) node).entries().forEach((key, entry) -> {
        if (!isNull(entry.value())) {
          map.put(key, plain(entry.value()));
        }
      });
      return map;
    }
    if (node instanceof Node.ListNode) {
      List<Object> list = new ArrayList<>();
      ((Node.ListNode) node).items().forEach(item -> list.add(plain(item)));
      return list;
    }
    Node.ScalarNode scalar = (Node.ScalarNode) node;
    switch (scalar.type()) {
      case BOOLEAN:
        return Boolean.parseBoolean(scalar.text().toLowerCase(Locale.ROOT));
      case STRING:
        return scalar.text();
      case NULL:
        return "";
      default:
        BigDecimal number = new BigDecimal(scalar.text());
        try {
          return number.longValueExact();
        } catch (ArithmeticException e) {
          return number;
        }
    }
  }

  private static boolean isNull(Node node) {
    return node.isNull();
  }

  private static Optional<Node> field(Node.MapNode map, String key) {
    return map.field(key);
  }

  private Node required(Node.MapNode map, String key, String prefix) {
    return field(map, key).orElseThrow(() -> reading.error(map, prefix.isEmpty() ? key : prefix + key,
        "is required: the " + (prefix.isEmpty() ? "task definition" : prefix.substring(0, prefix.length() - 1))
            + " has no " + key));
  }

  private String text(Node node, String path) {
    return reading.string(node, path);
  }

  /** A scalar's text, numbers and booleans included, as an environment value. */
  private String scalarText(Node node, String path) {
    return reading.scalarText(node, path);
  }

  private List<String> strings(Node node, String path) {
    return reading.strings(node, path);
  }

  private Map<String, String> stringMap(Node node, String path) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Node.Entry entry : mapNode(node, path).entries().values()) {
      out.put(entry.key(), scalarText(entry.value(), path + "." + entry.key()));
    }
    return out;
  }

  private Node.MapNode mapNode(Node node, String path) {
    return reading.mapNode(node, path);
  }

  private Node.ListNode listNode(Node node, String path) {
    return reading.listNode(node, path);
  }
}
