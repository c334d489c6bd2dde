package dev.sidecars.formats.copilot;

import dev.sidecars.formats.ManifestException;
import dev.sidecars.formats.ManifestFiles;
import dev.sidecars.formats.ManifestFormat;
import dev.sidecars.formats.ManifestWarning;
import dev.sidecars.formats.internal.CopilotExposure;
import dev.sidecars.formats.internal.CopilotFields;
import dev.sidecars.formats.internal.CopilotKeyCheck;
import dev.sidecars.formats.internal.CopilotSections;
import dev.sidecars.formats.internal.CopilotWorkspace;
import dev.sidecars.formats.internal.CopilotWriter;
import dev.sidecars.formats.internal.Fields;
import dev.sidecars.formats.internal.Interpolation;
import dev.sidecars.formats.internal.Node;
import dev.sidecars.formats.internal.RawMerge;
import dev.sidecars.formats.internal.Reading;
import dev.sidecars.formats.internal.TreeEmitter;
import dev.sidecars.formats.internal.TreeParser;
import dev.sidecars.model.Container;
import dev.sidecars.model.Cpu;
import dev.sidecars.model.Image;
import dev.sidecars.model.Memory;
import dev.sidecars.model.ModelException;
import dev.sidecars.model.Origin;
import dev.sidecars.model.Platform;
import dev.sidecars.model.Port;
import dev.sidecars.model.SourceMap;
import dev.sidecars.model.Workload;
import dev.sidecars.model.WorkloadPatch;
import dev.sidecars.model.WorkloadType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An AWS Copilot workload manifest read into the model as {@code copilot svc deploy} reads it:
 * the workload of the manifest's root, and of each environment listed under
 * {@code environments}, with that environment's override applied by Copilot's rules
 * ({@code docs/merge.md}) before anything is checked.
 *
 * <pre>{@code
 * CopilotManifest manifest = CopilotManifest.reader()
 *     .processEnvironment(System.getenv())    // ${NAME} from the shell, as in Copilot
 *     .variables(Map.of("TAG", "1.4.2"))        // wins over the shell
 *     .application("shop")                      // ${COPILOT_APPLICATION_NAME}
 *     .read(Path.of("copilot/api/manifest.yml"));
 * Workload prod = manifest.workload("prod");   // ${COPILOT_ENVIRONMENT_NAME} is "prod"
 * }</pre>
 *
 * <p>What it reads: name, type, the main {@code image} (build string or map, location, port,
 * credentials, labels, depends_on, healthcheck), {@code entrypoint}, {@code command},
 * {@code cpu} (ECS units), {@code memory} (MiB), {@code platform}, {@code variables},
 * {@code secrets}, {@code env_file}, {@code storage.volumes}, {@code http}/{@code nlb} target
 * containers and the ports their rules open, every field of {@code sidecars}, and
 * {@code logging}; where the manifest is silent, Copilot's defaults (task CPU 256 and memory
 * 512, or 1024 and 2048 for a Request-Driven Web Service, and platform {@code linux/x86_64}).
 * Copilot's other fields ({@code count}, {@code network}, ...) are kept for writing back.
 *
 * <p>As in Copilot, a key it does not read for the workload type is ignored: here it is a
 * warning ({@code manifest.unknown-field}) with its line and the closest key, or an error with
 * {@link Reader#strict(boolean)}. Every such key is reported, and reading goes on. Every
 * element's origin is in {@link #sources()}.
 */
public final class CopilotManifest {
  /** Copilot's predefined variable that holds the application's name. */
  public static final String APPLICATION_VARIABLE = Interpolation.APPLICATION;
  /** Copilot's predefined variable that holds the name of the environment deployed to. */
  public static final String ENVIRONMENT_VARIABLE = Interpolation.ENVIRONMENT;
  /** Code of the warning for a predefined variable without a value. */
  public static final String UNRESOLVED = "manifest.unresolved-variable";
  /** Code of the error for a manifest Copilot deploys without containers (a Static Site). */
  public static final String NO_CONTAINERS = "manifest.no-containers";

  /** Code of the warning for settings that no render carries ({@link #notModelled()}). */
  public static final String NOT_MODELLED = "manifest.not-modelled";

  private static final Set<String> SERVICE_SETTINGS =
      Set.of("count", "deployment", "exec", "network", "publish", "subscribe", "tags");
  private static final Set<String> EXPOSURE_MODELLED = Set.of("target_container", "targetContainer", "target_port", "port");
  private static final Platform DEFAULT_PLATFORM = Platform.linuxX86();

  private final String source;
  private final Reader options;
  private final Optional<String> application;
  private final Node.MapNode rawRoot;
  private final CopilotFields fields;
  private final List<ManifestWarning> documentWarnings;
  private final View root;
  private final Map<String, View> environments;
  private final boolean modified;
  private final Workload written;

  private CopilotManifest(String source, Reader options, Optional<String> application, Node.MapNode rawRoot,
      CopilotFields fields, List<ManifestWarning> documentWarnings, View root, Map<String, View> environments,
      boolean modified, Workload written) {
    this.source = source;
    this.options = options;
    this.application = application;
    this.rawRoot = rawRoot;
    this.fields = fields;
    this.documentWarnings = List.copyOf(documentWarnings);
    this.root = root;
    this.environments = Collections.unmodifiableMap(environments);
    this.modified = modified;
    this.written = written;
  }

  /** @return a reader with no variables and no application, which warns of unknown keys */
  public static Reader reader() {
    return new Reader(Map.of(), Map.of(), Optional.empty(), false);
  }

  /**
   * Reads a manifest with {@link #reader()}.
   *
   * @param text the manifest
   * @param source the name used in messages
   * @return the manifest
   * @throws ManifestException when the manifest is malformed
   */
  public static CopilotManifest read(String text, String source) {
    return reader().read(text, source);
  }

  /**
   * Reads a manifest file with {@link #reader()}.
   *
   * @param file the file
   * @return the manifest
   * @throws ManifestException when the file cannot be read or is malformed
   */
  public static CopilotManifest read(Path file) {
    return reader().read(file);
  }

  /** @return the workload as the manifest's root describes it, with no environment applied */
  public Workload workload() {
    return root.workload;
  }

  /**
   * The workload in one environment: the root with that environment's override applied, and
   * {@code ${COPILOT_ENVIRONMENT_NAME}} standing for the environment's name.
   *
   * @param environment the environment name; one the manifest does not list gives the root's
   *     workload, as in Copilot
   * @return the workload
   */
  public Workload workload(String environment) {
    return view(environment).workload;
  }

  /**
   * The override of one environment. As in Copilot, an environment the manifest does not list
   * has no override: it runs the root's workload.
   *
   * @param environment the environment name
   * @return the override as a patch; empty for an environment not listed or listed without
   *     settings
   */
  public WorkloadPatch override(String environment) {
    return view(environment).override;
  }

  /** @return the environments the manifest lists under {@code environments}, in document order */
  public Set<String> environments() {
    return environments.keySet();
  }

  /** @return the origin of every element of {@link #workload()} */
  public SourceMap sources() {
    return root.sources;
  }

  /**
   * The origin of every element of {@link #workload(String)}: the override's where it sets
   * a value, else the root's.
   *
   * @param environment the environment name
   * @return the origins
   */
  public SourceMap sources(String environment) {
    return view(environment).sources;
  }

  /**
   * What the reader noticed and accepted for the root: keys Copilot ignores (every one in the
   * file, environments included), and predefined variables that stay unresolved without an
   * environment or an application.
   *
   * @return the warnings, in document order
   */
  public List<ManifestWarning> warnings() {
    return warnings(root);
  }

  /**
   * What the reader noticed and accepted for one environment: as {@link #warnings()}, with that
   * environment's unresolved variables.
   *
   * @param environment the environment name
   * @return the warnings, in document order
   */
  public List<ManifestWarning> warnings(String environment) {
    return warnings(view(environment));
  }

  private List<ManifestWarning> warnings(View view) {
    List<ManifestWarning> all = new ArrayList<>(documentWarnings);
    all.addAll(view.warnings);
    all.sort(java.util.Comparator.comparingInt(ManifestWarning::line));
    return all;
  }

  /**
   * Copilot's predefined variables that the root uses but that have no value here: the
   * application's name without {@link Reader#application}, and the environment's name, which
   * only an environment has. Their {@code ${NAME}} stays in the workload as written.
   *
   * @return the names, for example {@code COPILOT_APPLICATION_NAME}
   */
  public Set<String> unresolved() {
    return root.unresolved;
  }

  /**
   * As {@link #unresolved()}, for one environment.
   *
   * @param environment the environment name
   * @return the names
   */
  public Set<String> unresolved(String environment) {
    return view(environment).unresolved;
  }

  /**
   * What the root sets that no render carries: the settings Copilot applies to the ECS service,
   * its load balancer and its scaling rather than to the task definition ({@code count},
   * {@code deployment}, {@code exec}, {@code network}, {@code publish}, {@code subscribe},
   * {@code tags}, and {@code http} and {@code nlb} but for the ports they open). The model
   * does not hold them; the manifest keeps them for {@link #write()}.
   *
   * @return one warning with the code {@value #NOT_MODELLED} that names them, at the first of
   *     them, or nothing when the root sets none
   */
  public List<ManifestWarning> notModelled() {
    return notModelled(List.of(rawRoot));
  }

  /**
   * As {@link #notModelled()}, for the root with one environment's override.
   *
   * @param environment the environment name
   * @return the warning, or nothing
   */
  public List<ManifestWarning> notModelled(String environment) {
    List<Node.MapNode> sections = new ArrayList<>(List.of(rawRoot));
    Node.Entry all = rawRoot.entries().get("environments");
    if (environments.containsKey(environment) && all.value() instanceof Node.MapNode) {
      Node section = ((Node.MapNode) all.value()).entries().get(environment).value();
      if (section instanceof Node.MapNode) {
        sections.add((Node.MapNode) section);
      }
    }
    return notModelled(sections);
  }

  private List<ManifestWarning> notModelled(List<Node.MapNode> sections) {
    Set<String> named = new LinkedHashSet<>();
    Node.Entry first = null;
    for (Node.MapNode section : sections) {
      for (Node.Entry entry : section.entries().values()) {
        String key = entry.key();
        boolean service = SERVICE_SETTINGS.contains(key);
        boolean exposure = (key.equals("http") || key.equals("nlb")) && entry.value() instanceof Node.MapNode
            && !EXPOSURE_MODELLED.containsAll(((Node.MapNode) entry.value()).entries().keySet());
        if ((service || exposure) && fields.has(key)) {
          named.add(exposure ? key + " (but the ports it opens)" : key);
          first = first == null ? entry : first;
        }
      }
    }
    if (named.isEmpty()) {
      return List.of();
    }
    return List.of(new ManifestWarning(source, first.line(), first.column(), "",
        "Copilot applies " + String.join(", ", named) + " to the ECS service and what it creates around it "
            + "(load balancer, scaling, topics, queues), "
            + "not to the task definition; the model does not hold them, so no render carries them",
        NOT_MODELLED));
  }

  /** @return the application whose name {@code ${COPILOT_APPLICATION_NAME}} stands for, if known */
  public Optional<String> application() {
    return application;
  }

  /** @return the file name or source description */
  public String source() {
    return source;
  }

  private View view(String environment) {
    return environments.getOrDefault(environment, root);
  }

  /**
   * This manifest with its root workload replaced, for writing back a changed workload. The
   * environment overrides and every field the model does not hold stay as read. Ports that
   * the manifest's {@code http}/{@code nlb} rules open are not written as the containers' own,
   * and Copilot's defaults are not written where the manifest was silent.
   *
   * @param replacement the new root workload
   * @return a manifest that writes the replacement
   */
  public CopilotManifest withWorkload(Workload replacement) {
    List<Container> sidecars = new ArrayList<>();
    for (Container sidecar : replacement.sidecars()) {
      sidecars.add(withoutOpenedPorts(sidecar));
    }
    Workload.Builder own = replacement.toBuilder().main(withoutOpenedPorts(replacement.main())).sidecars(sidecars);
    Defaults defaults = Defaults.of(replacement.type());
    if (!rawRoot.entries().containsKey("cpu") && replacement.cpu().equals(Optional.of(defaults.cpu))) {
      own.cpu(Optional.empty());
    }
    if (!rawRoot.entries().containsKey("memory") && replacement.memory().equals(Optional.of(defaults.memory))) {
      own.memory(Optional.empty());
    }
    if (!rawRoot.entries().containsKey("platform") && replacement.platform().equals(Optional.of(DEFAULT_PLATFORM))) {
      own.platform(Optional.empty());
    }
    return new CopilotManifest(source, options, application, rawRoot, fields, documentWarnings, root, environments,
        true, own.build());
  }

  private Container withoutOpenedPorts(Container container) {
    Optional<Container> opened = root.workload.container(container.name());
    Optional<Container> own = root.ownPorts.container(container.name());
    if (opened.isEmpty() || own.isEmpty()) {
      return container;
    }
    List<Port> ports = new ArrayList<>(container.ports());
    ports.removeIf(p -> opened.get().ports().contains(p) && !own.get().ports().contains(p));
    return container.toBuilder().ports(ports).build();
  }

  /**
   * The manifest as YAML. Unchanged, it is the file as read (without its comments, with YAML
   * aliases expanded and {@code ${VAR}} references kept); after {@link #withWorkload}, the
   * modelled fields of the root are written from the workload and everything else is kept.
   * A value that holds {@code ${NAME}} literally is written with Copilot's escape,
   * {@code \${NAME}}.
   *
   * @return the manifest
   * @throws ManifestException when the workload holds something Copilot cannot express (a
   *     probe, a ConfigMap, a second own port on a container, ...), naming it
   */
  public String write() {
    Object tree = modified ? new CopilotWriter(source).write(written, rawRoot) : rawRoot.toPlain();
    return TreeEmitter.write(tree, ManifestFormat.YAML);
  }

  /** The task size Copilot gives a workload type whose manifest names none. */
  private static final class Defaults {
    private final Cpu cpu;
    private final Memory memory;

    private Defaults(int cpuUnits, int memoryMebibytes) {
      this.cpu = Cpu.ofEcsUnits(cpuUnits);
      this.memory = Memory.ofMebibytes(memoryMebibytes);
    }

    static Defaults of(WorkloadType type) {
      return type == WorkloadType.REQUEST_DRIVEN_WEB_SERVICE ? new Defaults(1024, 2048) : new Defaults(256, 512);
    }
  }

  /** The workload of the root or of one environment, and what was found on the way. */
  private static final class View {
    private WorkloadPatch rootPatch;
    private Node.MapNode tree;
    private Map<String, Origin> rootOrigins;
    private WorkloadPatch override = WorkloadPatch.empty();
    private Workload ownPorts;
    private Workload workload;
    private SourceMap sources;
    private Set<String> unresolved = Set.of();
    private Map<String, Node> unresolvedAt = Map.of();
    private List<ManifestWarning> readingWarnings = List.of();
    private List<ManifestWarning> warnings = List.of();
  }

  /**
   * How to read a manifest: the values of {@code ${NAME}}, the application, and whether unknown
   * keys are errors. Immutable.
   */
  public static final class Reader {
    private final Map<String, String> variables;
    private final Map<String, String> processEnvironment;
    private final Optional<String> application;
    private final boolean strict;

    private Reader(Map<String, String> variables, Map<String, String> processEnvironment,
        Optional<String> application, boolean strict) {
      this.variables = Map.copyOf(variables);
      this.processEnvironment = Map.copyOf(processEnvironment);
      this.application = application;
      this.strict = strict;
    }

    /**
     * Values for {@code ${NAME}}, which win over {@link #processEnvironment}.
     *
     * @param variables values by name
     * @return a reader with these variables
     */
    public Reader variables(Map<String, String> variables) {
      return new Reader(variables, processEnvironment, application, strict);
    }

    /**
     * The environment variables Copilot would read {@code ${NAME}} from, usually
     * {@code System.getenv()}. None by default, so that a read does not depend on the shell.
     *
     * @param environment values by name
     * @return a reader with these values
     */
    public Reader processEnvironment(Map<String, String> environment) {
      return new Reader(variables, environment, application, strict);
    }

    /**
     * The application's name, the value of {@code ${COPILOT_APPLICATION_NAME}}. Without it,
     * {@link #read(Path)} takes the {@code application} of the Copilot workspace around the
     * file ({@code copilot/.workspace}), as Copilot does.
     *
     * @param name the application's name
     * @return a reader with this application
     */
    public Reader application(String name) {
      return new Reader(variables, processEnvironment, Optional.of(name), strict);
    }

    /**
     * Whether a key Copilot does not read is an error rather than a warning. Copilot ignores
     * such keys, so by default they are warnings.
     *
     * @param strict true for errors
     * @return a reader with this strictness
     */
    public Reader strict(boolean strict) {
      return new Reader(variables, processEnvironment, application, strict);
    }

    /**
     * Reads a manifest file. Without an {@link #application}, the workspace around the file
     * names it, if there is one.
     *
     * @param file the file, UTF-8
     * @return the manifest
     * @throws ManifestException when the file cannot be read or is malformed
     */
    public CopilotManifest read(Path file) {
      return read(ManifestFiles.read(file), file);
    }

    /**
     * Reads a manifest that was read from a file: as {@link #read(Path)}, without reading the
     * file again.
     *
     * @param text the file's text
     * @param file the file, for messages and to find the workspace
     * @return the manifest
     * @throws ManifestException when the manifest is malformed, or the workspace file is
     */
    public CopilotManifest read(String text, Path file) {
      Reader reader = application.isPresent() ? this
          : CopilotWorkspace.application(file).map(this::application).orElse(this);
      return reader.read(text, file.toString());
    }

    /**
     * Reads a manifest: the root, and each environment it lists, so that every problem of
     * any of them is found now.
     *
     * @param text the manifest
     * @param source the name used in messages
     * @return the manifest
     * @throws ManifestException when the manifest is malformed, names no known workload type,
     *     is a Static Site ({@value #NO_CONTAINERS}), uses a variable without a value, or (when
     *     strict) has keys Copilot does not read; every problem found is in
     *     {@link ManifestException#problems()}
     */
    public CopilotManifest read(String text, String source) {
      Reading document = new Reading(source, !strict);
      return document.run(() -> read(document, text, source));
    }

    private CopilotManifest read(Reading document, String text, String source) {
      Node parsed = new TreeParser(source).parse(text, ManifestFormat.YAML);
      Node.MapNode rawRoot = document.mapNode(parsed, "");
      Fields top = document.open(rawRoot, "");
      String typeName = top.required("type", document::string);
      CopilotFields fields = CopilotFields.of(typeName).orElseThrow(() -> document.error(top.value("type").get(), "type",
          "unknown workload type '" + typeName + "'; expected one of " + String.join(", ", CopilotFields.types())));
      new CopilotKeyCheck(document, fields).check(rawRoot);
      if (typeName.equals(CopilotFields.STATIC_SITE)) {
        throw new ManifestException(source, top.value("type").get().line(), top.value("type").get().column(), "type",
            "a Static Site serves files from S3 and runs no containers, so there is nothing to check or render",
            NO_CONTAINERS, null);
      }
      WorkloadType type = WorkloadType.fromCopilotName(typeName).orElseThrow();
      String name = top.required("name", document::string);
      if (name.isBlank()) {
        throw document.error(top.value("name").get(), "name", "the service needs a name, and this one is blank");
      }
      Map<String, String> values = new LinkedHashMap<>(processEnvironment);
      values.putAll(variables);

      View root = view(source, rawRoot, fields, type, name, values, Optional.empty(), Optional.empty());
      Map<String, View> environments = new LinkedHashMap<>();
      Optional<Node> listed = top.value("environments");
      if (listed.isPresent()) {
        boolean perEnvironment = text.contains(Interpolation.ENVIRONMENT);
        for (Node.Entry entry : document.mapNode(listed.get(), "environments").entries().values()) {
          environments.put(entry.key(), view(source, rawRoot, fields, type, name, values, Optional.of(entry.key()),
              perEnvironment ? Optional.empty() : Optional.of(root)));
        }
      }
      return new CopilotManifest(source, this, application, rawRoot, fields, document.warnings(), root, environments,
          false, root.ownPorts);
    }

    /**
     * Reads the root and, for an environment, its section. The root's reading is reused when
     * the environment's name changes nothing in it.
     */
    private View view(String source, Node.MapNode rawRoot, CopilotFields fields, WorkloadType type, String name,
        Map<String, String> values, Optional<String> environment, Optional<View> sameRoot) {
      View view = new View();
      Reading reading = new Reading(source, !strict);
      Map<String, Optional<String>> predefined = new LinkedHashMap<>();
      predefined.put(Interpolation.APPLICATION, application);
      predefined.put(Interpolation.ENVIRONMENT, environment);
      CopilotSections sections = new CopilotSections(reading, fields);
      Interpolation interpolation = new Interpolation(reading, values, predefined);
      Map<String, Origin> origins = new LinkedHashMap<>();
      Map<String, Node> unresolvedAt = new LinkedHashMap<>();
      List<ManifestWarning> readingWarnings = new ArrayList<>();
      if (sameRoot.isPresent()) {
        view.tree = sameRoot.get().tree;
        view.rootPatch = sameRoot.get().rootPatch;
        origins.putAll(sameRoot.get().rootOrigins);
        unresolvedAt.putAll(sameRoot.get().unresolvedAt);
        readingWarnings.addAll(sameRoot.get().readingWarnings);
      } else {
        view.tree = reading.mapNode(interpolation.apply(rawRoot, ""), "");
        view.rootPatch = sections.read(view.tree, "");
        origins.putAll(reading.origins());
      }
      view.rootOrigins = Map.copyOf(origins);
      reading.origin("name", rawRoot.entries().get("name").value(), "name");
      reading.origin("type", rawRoot.entries().get("type").value(), "type");

      Optional<Node.MapNode> section = Optional.empty();
      if (environment.isPresent()) {
        String path = "environments." + environment.get();
        Node value = ((Node.MapNode) rawRoot.entries().get("environments").value()).entries().get(environment.get()).value();
        boolean empty = value instanceof Node.ScalarNode && ((Node.ScalarNode) value).type() == Node.ScalarNode.Type.NULL;
        if (!empty) {
          Node.MapNode interpolated = sameRoot.isPresent()
              ? reading.mapNode(interpolation.apply(reading.mapNode(value, path), path), path)
              : reading.mapNode(reading.mapNode(view.tree.entries().get("environments").value(), "environments")
                  .entries().get(environment.get()).value(), path);
          section = Optional.of(interpolated);
          view.override = sections.read(RawMerge.withMergedVolumes(view.tree, interpolated), path);
        }
      }
      origins.putAll(reading.origins());
      view.sources = SourceMap.of(origins);

      Defaults defaults = Defaults.of(type);
      Workload skeleton = Workload.builder().name(name).type(type)
          .main(Container.builder().name(name).image(Image.of(Optional.empty(), Optional.empty())).build())
          .cpu(defaults.cpu).memory(defaults.memory).platform(DEFAULT_PLATFORM)
          .build();
      boolean sidecars = fields.has("sidecars");
      Workload own = apply(sidecars ? withSidecars(skeleton, view.tree) : skeleton, view.rootPatch, view.sources, "",
          reading);
      if (section.isPresent()) {
        own = apply(sidecars ? withSidecars(own, section.get()) : own, view.override, view.sources,
            "environments." + environment.get(), reading);
      }
      view.ownPorts = own;
      Fields top = reading.open(view.tree, "");
      Optional<Node> http = merged(top.value("http"), section, "http", reading);
      Optional<Node> nlb = merged(top.value("nlb"), section, "nlb", reading);
      view.workload = new CopilotExposure(reading).expose(own,
          fields.has("http") ? http : Optional.empty(), fields.has("nlb") ? nlb : Optional.empty(), "");

      interpolation.unresolved().forEach(unresolvedAt::putIfAbsent);
      if (environment.isPresent()) {
        unresolvedAt.remove(Interpolation.ENVIRONMENT);
      }
      view.unresolvedAt = Collections.unmodifiableMap(unresolvedAt);
      view.unresolved = Collections.unmodifiableSet(new LinkedHashSet<>(unresolvedAt.keySet()));
      readingWarnings.addAll(reading.warnings());
      view.readingWarnings = List.copyOf(readingWarnings);
      List<ManifestWarning> warnings = new ArrayList<>(readingWarnings);
      boolean listsEnvironments = rawRoot.entries().containsKey("environments");
      unresolvedAt.forEach((variable, node) -> warnings.add(new ManifestWarning(source, node.line(), node.column(), "",
          unresolvedMessage(variable, environment.isPresent() || !listsEnvironments), UNRESOLVED)));
      view.warnings = List.copyOf(warnings);
      return view;
    }

    /** The warning for a predefined variable; {@code plain} leaves out what the environments listed do. */
    private static String unresolvedMessage(String variable, boolean plain) {
      if (variable.equals(Interpolation.APPLICATION)) {
        return "${" + variable + "} is the application's name, and none is known; it stays as written. "
            + "Name the application with --app NAME (Reader.application), or run in a Copilot workspace";
      }
      return "${" + variable + "} is the name of the environment deployed to; it stays as written here. "
          + (plain ? "" : "Each environment listed under 'environments' is read with its own name; ")
          + "choose one with --env NAME";
    }

    /** Sidecars the section names that the workload does not have yet, added without an image, in order. */
    private static Workload withSidecars(Workload workload, Node.MapNode section) {
      Node.Entry sidecars = section.entries().get("sidecars");
      if (sidecars == null || !(sidecars.value() instanceof Node.MapNode)) {
        return workload;
      }
      List<Container> all = new ArrayList<>(workload.sidecars());
      for (String name : ((Node.MapNode) sidecars.value()).entries().keySet()) {
        if (workload.sidecars().stream().noneMatch(s -> s.name().equals(name))) {
          all.add(Container.builder().name(name).image(Image.of(Optional.empty(), Optional.empty())).build());
        }
      }
      return all.size() == workload.sidecars().size() ? workload : workload.toBuilder().sidecars(all).build();
    }

    private static Workload apply(Workload base, WorkloadPatch patch, SourceMap sources, String path, Reading reading) {
      try {
        return patch.applyTo(base);
      } catch (ModelException e) {
        Optional<Origin> at = sources.find(e.field());
        throw new ManifestException(reading.source(), at.map(Origin::line).orElse(0), at.map(Origin::column).orElse(0),
            at.map(Origin::path).orElse(path), e.problem(), e);
      }
    }

    private static Optional<Node> merged(Optional<Node> base, Optional<Node.MapNode> section, String key, Reading reading) {
      Optional<Node> override = section.flatMap(s -> reading.open(s, "").value(key));
      if (base.isEmpty()) {
        return override;
      }
      return Optional.of(override.map(o -> RawMerge.merge(base.get(), o)).orElse(base.get()));
    }
  }
}
