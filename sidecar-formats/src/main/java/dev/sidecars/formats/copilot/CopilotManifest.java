package dev.sidecars.formats.copilot;

import dev.sidecars.formats.ManifestException;
import dev.sidecars.formats.ManifestFiles;
import dev.sidecars.formats.ManifestFormat;
import dev.sidecars.formats.ManifestWarning;
import dev.sidecars.formats.internal.CopilotExposure;
import dev.sidecars.formats.internal.CopilotSections;
import dev.sidecars.formats.internal.CopilotWriter;
import dev.sidecars.formats.internal.Fields;
import dev.sidecars.formats.internal.Interpolation;
import dev.sidecars.formats.internal.Node;
import dev.sidecars.formats.internal.RawMerge;
import dev.sidecars.formats.internal.Reading;
import dev.sidecars.formats.internal.TreeEmitter;
import dev.sidecars.formats.internal.TreeParser;
import dev.sidecars.model.Container;
import dev.sidecars.model.Image;
import dev.sidecars.model.ModelException;
import dev.sidecars.model.Origin;
import dev.sidecars.model.SourceMap;
import dev.sidecars.model.Workload;
import dev.sidecars.model.WorkloadPatch;
import dev.sidecars.model.WorkloadType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An AWS Copilot workload manifest read into the model: the workload as the manifest's root
 * describes it, and each {@code environments.<env>} override as a {@link WorkloadPatch} applied
 * with Copilot's rules ({@code docs/merge.md}).
 *
 * <pre>{@code
 * CopilotManifest manifest = CopilotManifest.reader()
 *     .variables(Map.of("TAG", "1.4.2"))
 *     .read(Path.of("copilot/api/manifest.yml"));
 * Workload prod = manifest.workload("prod");
 * }</pre>
 *
 * <p>What it reads: name, type, the main {@code image} (build string or map, location, port,
 * credentials, labels, depends_on, healthcheck), {@code entrypoint}, {@code command},
 * {@code cpu} (ECS units), {@code memory} (MiB), {@code platform}, {@code variables},
 * {@code secrets}, {@code env_file}, {@code storage.volumes}, {@code http}/{@code nlb} target
 * containers and the ports their rules open, every field of {@code sidecars}, and
 * {@code logging}. Other fields ({@code count}, {@code network}, ...) are not modelled.
 *
 * <p>Unlike Copilot, an unknown key inside a modelled map ({@code logging.configFile}) is an
 * error with a suggestion; {@link Reader#lenient(boolean)} makes such keys warnings. Every
 * element's origin is in {@link #sources()}.
 */
public final class CopilotManifest {
  private static final List<String> ENVIRONMENT_KEYS =
      CopilotSections.MODELLED.stream()
          .filter(k -> !List.of("name", "type", "environments").contains(k))
          .collect(Collectors.toList());

  private final String source;
  private final Node.MapNode rawRoot;
  private final boolean modified;
  private final Node.MapNode root;
  private final Workload ownPorts;
  private final Workload workload;
  private final Map<String, WorkloadPatch> overrides;
  private final Map<String, Node.MapNode> overrideSections;
  private final SourceMap sources;
  private final Map<String, SourceMap> overrideSources;
  private final List<ManifestWarning> warnings;
  private final Reader options;

  private CopilotManifest(Builder b) {
    this.source = b.source;
    this.rawRoot = b.rawRoot;
    this.modified = b.modified;
    this.root = b.root;
    this.ownPorts = b.ownPorts;
    this.workload = b.workload;
    this.overrides = Collections.unmodifiableMap(b.overrides);
    this.overrideSections = b.overrideSections;
    this.sources = b.sources;
    this.overrideSources = b.overrideSources;
    this.warnings = Collections.unmodifiableList(b.warnings);
    this.options = b.options;
  }

  /** @return a strict reader without variables */
  public static Reader reader() {
    return new Reader(Map.of(), false);
  }

  /**
   * Reads a manifest strictly, without variables.
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
   * Reads a manifest file strictly, without variables.
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
    return workload;
  }

  /**
   * The workload in one environment: the root with that environment's override applied.
   *
   * @param environment the environment name; one the manifest does not list gives the root's
   *     workload, as in Copilot
   * @return the workload
   * @throws ManifestException when the override cannot be applied (it adds a sidecar without
   *     an image)
   */
  public Workload workload(String environment) {
    WorkloadPatch patch = override(environment);
    Reading reading = new Reading(source, options.lenient);
    Fields top = reading.open(root, "");
    Optional<Node> envSection = Optional.ofNullable(overrideSections.get(environment));
    Optional<Node> http = merged(top.value("http"), envSection, "http", reading);
    Optional<Node> nlb = merged(top.value("nlb"), envSection, "nlb", reading);
    Workload merged;
    try {
      merged = patch.applyTo(ownPorts);
    } catch (ModelException e) {
      Optional<Origin> at = sources(environment).find(e.field());
      throw new ManifestException(source, at.map(Origin::line).orElse(0), at.map(Origin::column).orElse(0),
          at.map(Origin::path).orElse("environments." + environment), e.problem(), e);
    }
    return new CopilotExposure(reading).expose(merged, http, nlb, "");
  }

  private static Optional<Node> merged(Optional<Node> base, Optional<Node> section, String key, Reading reading) {
    Optional<Node> override = section.flatMap(s -> reading.open(s, "").value(key));
    if (base.isEmpty()) {
      return override;
    }
    return Optional.of(override.map(o -> RawMerge.merge(base.get(), o)).orElse(base.get()));
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
    return overrides.getOrDefault(environment, WorkloadPatch.empty());
  }

  /** @return the environments the manifest overrides, in document order */
  public Set<String> environments() {
    return overrides.keySet();
  }

  /** @return the origin of every element of {@link #workload()} */
  public SourceMap sources() {
    return sources;
  }

  /**
   * The origin of every element of {@link #workload(String)}: the override's where it sets
   * a value, else the root's.
   *
   * @param environment the environment name
   * @return the origins
   */
  public SourceMap sources(String environment) {
    return sources.overlay(overrideSources.getOrDefault(environment, SourceMap.empty()));
  }

  /** @return what a lenient reader tolerated, in document order; empty for a strict one */
  public List<ManifestWarning> warnings() {
    return warnings;
  }

  /** @return the file name or source description */
  public String source() {
    return source;
  }

  /**
   * This manifest with its root workload replaced, for writing back a changed workload. The
   * environment overrides and every field the model does not hold stay as read. Ports that
   * the manifest's {@code http}/{@code nlb} rules open are not written as the containers' own.
   *
   * @param replacement the new root workload
   * @return a manifest that writes the replacement
   */
  public CopilotManifest withWorkload(Workload replacement) {
    Builder b = copy();
    List<Container> sidecars = new ArrayList<>();
    for (Container sidecar : replacement.sidecars()) {
      sidecars.add(withoutOpenedPorts(sidecar));
    }
    b.ownPorts = replacement.toBuilder().main(withoutOpenedPorts(replacement.main())).sidecars(sidecars).build();
    Reading reading = new Reading(source, options.lenient);
    Fields top = reading.open(root, "");
    b.workload = new CopilotExposure(reading).expose(b.ownPorts, top.value("http"), top.value("nlb"), "");
    b.modified = true;
    return new CopilotManifest(b);
  }

  private Container withoutOpenedPorts(Container container) {
    Optional<Container> opened = workload.container(container.name());
    Optional<Container> own = ownPorts.container(container.name());
    if (opened.isEmpty() || own.isEmpty()) {
      return container;
    }
    List<dev.sidecars.model.Port> ports = new ArrayList<>(container.ports());
    ports.removeIf(p -> opened.get().ports().contains(p) && !own.get().ports().contains(p));
    return container.toBuilder().ports(ports).build();
  }

  /**
   * The manifest as YAML. Unchanged, it is the file as read (without its comments, and with
   * {@code ${VAR}} references kept); after {@link #withWorkload}, the modelled fields of the
   * root are written from the workload and everything else is kept.
   *
   * @return the manifest
   * @throws ManifestException when the workload holds something Copilot cannot express (a
   *     probe, a ConfigMap, a second own port on a container, ...), naming it
   */
  public String write() {
    Object tree = modified ? new CopilotWriter(source).write(ownPorts, rawRoot) : rawRoot.toPlain();
    return TreeEmitter.write(tree, ManifestFormat.YAML);
  }

  private Builder copy() {
    Builder b = new Builder();
    b.options = options;
    b.source = source;
    b.rawRoot = rawRoot;
    b.modified = modified;
    b.root = root;
    b.ownPorts = ownPorts;
    b.workload = workload;
    b.overrides.putAll(overrides);
    b.overrideSections.putAll(overrideSections);
    b.sources = sources;
    b.overrideSources.putAll(overrideSources);
    b.warnings.addAll(warnings);
    return b;
  }

  /** How to read a manifest: variables for {@code ${VAR}} and strictness. Immutable. */
  public static final class Reader {
    private final Map<String, String> variables;
    private final boolean lenient;

    private Reader(Map<String, String> variables, boolean lenient) {
      this.variables = Map.copyOf(variables);
      this.lenient = lenient;
    }

    /**
     * Values for {@code ${NAME}} in the manifest, as Copilot takes them from the shell.
     *
     * @param variables values by name
     * @return a reader with these variables
     */
    public Reader variables(Map<String, String> variables) {
      return new Reader(variables, lenient);
    }

    /**
     * Whether unknown keys inside modelled maps are skipped with a warning rather than
     * rejected.
     *
     * @param lenient true to warn
     * @return a reader with this strictness
     */
    public Reader lenient(boolean lenient) {
      return new Reader(variables, lenient);
    }

    /**
     * Reads a manifest file.
     *
     * @param file the file, UTF-8
     * @return the manifest
     * @throws ManifestException when the file cannot be read or is malformed
     */
    public CopilotManifest read(Path file) {
      String text = ManifestFiles.read(file);
      return read(text, file.toString());
    }

    /**
     * Reads a manifest.
     *
     * @param text the manifest
     * @param source the name used in messages
     * @return the manifest
     * @throws ManifestException when the manifest is malformed
     */
    public CopilotManifest read(String text, String source) {
      Reading reading = new Reading(source, lenient);
      Node parsed = new TreeParser(source).parse(text, ManifestFormat.YAML);
      Node.MapNode rawRoot = reading.mapNode(parsed, "");
      Node.MapNode root = reading.mapNode(new Interpolation(reading, variables).apply(parsed, ""), "");
      CopilotSections sections = new CopilotSections(reading);
      sections.checkTopLevel(root, "", CopilotSections.MODELLED);
      Fields top = reading.open(root, "");

      String name = top.required("name", reading::string);
      reading.origin("name", top.value("name").get(), "name");
      WorkloadType type = top.required("type", (n, p) -> {
        String text2 = reading.string(n, p);
        return WorkloadType.fromCopilotName(text2).orElseThrow(() -> reading.error(n, p,
            "unknown workload type '" + text2 + "'; expected one of " + Arrays.stream(WorkloadType.values())
                .map(WorkloadType::copilotName).collect(Collectors.joining(", "))));
      });
      reading.origin("type", top.value("type").get(), "type");

      WorkloadPatch rootPatch = sections.read(root, "");
      if (rootPatch.main().flatMap(m -> m.image()).isEmpty()) {
        throw reading.error(root, "", "either \"image.build\" or \"image.location\" needs to be specified in the manifest");
      }
      Workload skeleton = Workload.builder().name(name).type(type)
          .main(Container.builder().name(name).image(Image.of(Optional.empty(), Optional.empty())).build())
          .build();
      Builder b = new Builder();
      b.options = this;
      b.source = source;
      b.rawRoot = rawRoot;
      b.root = root;
      b.ownPorts = reading.build(root, "", () -> rootPatch.applyTo(skeleton));
      b.workload = new CopilotExposure(reading).expose(b.ownPorts, top.value("http"), top.value("nlb"), "");
      b.sources = SourceMap.of(reading.origins());
      b.warnings.addAll(reading.warnings());

      Optional<Node> environments = top.value("environments");
      if (environments.isPresent()) {
        for (Node.Entry entry : reading.mapNode(environments.get(), "environments").entries().values()) {
          String path = "environments." + entry.key();
          Reading envReading = new Reading(source, lenient);
          Node value = entry.value();
          boolean empty = value instanceof Node.ScalarNode
              && ((Node.ScalarNode) value).type() == Node.ScalarNode.Type.NULL;
          Node.MapNode section = empty ? null : envReading.mapNode(value, path);
          WorkloadPatch patch = WorkloadPatch.empty();
          if (section != null) {
            CopilotSections envSections = new CopilotSections(envReading);
            envSections.checkTopLevel(section, path, ENVIRONMENT_KEYS);
            for (String forbidden : List.of("name", "type", "environments")) {
              Optional<Node.Entry> bad = Optional.ofNullable(section.entries().get(forbidden));
              if (bad.isPresent()) {
                throw envReading.error(bad.get(), path, "'" + forbidden + "' cannot be overridden per environment");
              }
            }
            patch = envSections.read(section, path);
            b.overrideSections.put(entry.key(), section);
          }
          b.overrides.put(entry.key(), patch);
          b.overrideSources.put(entry.key(), SourceMap.of(envReading.origins()));
          b.warnings.addAll(envReading.warnings());
        }
      }
      return new CopilotManifest(b);
    }
  }

  private static final class Builder {
    private Reader options;
    private String source;
    private Node.MapNode rawRoot;
    private boolean modified;
    private Node.MapNode root;
    private Workload ownPorts;
    private Workload workload;
    private final Map<String, WorkloadPatch> overrides = new LinkedHashMap<>();
    private final Map<String, Node.MapNode> overrideSections = new LinkedHashMap<>();
    private SourceMap sources;
    private final Map<String, SourceMap> overrideSources = new LinkedHashMap<>();
    private final List<ManifestWarning> warnings = new ArrayList<>();
  }
}
