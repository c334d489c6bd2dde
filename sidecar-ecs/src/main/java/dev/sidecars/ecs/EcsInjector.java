package dev.sidecars.ecs;

import dev.sidecars.ecs.internal.CloudFormationNames;
import dev.sidecars.ecs.internal.TreeText;
import dev.sidecars.formats.EditedDocument;
import dev.sidecars.formats.ManifestException;
import dev.sidecars.formats.internal.Node;
import dev.sidecars.formats.internal.YamlLines;
import dev.sidecars.model.Container;
import dev.sidecars.model.ContainerPatch;
import dev.sidecars.model.DependencyCondition;
import dev.sidecars.model.Mount;
import dev.sidecars.model.SidecarTemplate;
import dev.sidecars.model.Workload;
import dev.sidecars.model.WorkloadType;
import dev.sidecars.validation.InvalidWorkloadException;
import dev.sidecars.validation.ValidationReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Adds a sidecar to an ECS task definition a file already holds, by editing the text: the
 * {@code register-task-definition} request, the {@code describe-task-definition} output, or a
 * CloudFormation template's {@code AWS::ECS::TaskDefinition}, in JSON or block-style YAML. The
 * sidecar's container definition is appended to the container definitions, with the Docker
 * label {@value #LABEL} naming where it came from: in JSON written in the file's indentation,
 * in YAML as a list item under the comment {@code # sidecar inject: NAME ORIGIN}, with
 * CloudFormation's names in a template. Every other byte of the file stays as it was;
 * {@link #remove} takes the definition out again.
 *
 * <pre>{@code
 * EditedDocument edited = EcsInjector.of(collector, "acme/otel-collector@1.2.0").inject(json, "taskdef.json");
 * }</pre>
 *
 * <p>The result must still register: the task definition is read back and validated for its
 * launch type (ten containers at most, dependency conditions, ...), and an edit that breaks a
 * rule is refused. Injecting the same sidecar again changes nothing; a different one of the same
 * name replaces the one injected before.
 */
public final class EcsInjector {
  /** The Docker label that marks a container definition {@code sidecar inject} added. */
  public static final String LABEL = "dev.sidecars.inject";

  private final Container sidecar;
  private final String origin;
  private final Optional<DependencyCondition> mainDependsOn;
  private final Optional<Map<String, String>> logRouter;

  private EcsInjector(Container sidecar, String origin, Optional<DependencyCondition> mainDependsOn,
      Optional<Map<String, String>> logRouter) {
    this.sidecar = sidecar;
    this.origin = origin;
    this.mainDependsOn = mainDependsOn;
    this.logRouter = logRouter;
  }

  /**
   * An injector of a sidecar.
   *
   * @param sidecar the container to add
   * @param origin where it came from, the value of its {@value #LABEL} label
   * @return the injector
   */
  public static EcsInjector of(Container sidecar, String origin) {
    return new EcsInjector(Objects.requireNonNull(sidecar, "sidecar"), Objects.requireNonNull(origin, "origin"),
        Optional.empty(), Optional.empty());
  }

  /**
   * An injector of a catalog template's sidecar, as the template attaches it: its container
   * with the patch applied, labelled {@code TENANT/ITEM[@VERSION]}, with the main container's
   * dependency ({@link SidecarTemplate#mainDependsOn()}) and FireLens routing
   * ({@link SidecarTemplate#logRouter()}) the template asks for.
   *
   * @param template the template
   * @param patch the changes to its container, or {@link ContainerPatch#empty()}
   * @return the injector
   * @throws dev.sidecars.model.ModelException when the patched container is not valid
   */
  public static EcsInjector of(SidecarTemplate template, ContainerPatch patch) {
    return new EcsInjector(template.instantiate(patch), template.reference(), template.mainDependsOn(), template.logRouter());
  }

  /**
   * The same injector, making the task definition's main container wait for the sidecar: a
   * {@code dependsOn} entry is added to it (and to the file; {@link #remove} takes it out).
   *
   * @param condition what the main container waits for
   * @return the injector
   */
  public EcsInjector mainDependsOn(DependencyCondition condition) {
    return new EcsInjector(sidecar, origin, Optional.of(condition), logRouter);
  }

  /**
   * The same injector, with the sidecar as the task's FireLens log router: it gets the FireLens
   * configuration (Fluent Bit, with the ECS metadata), and the main container, which must not
   * log elsewhere already, logs through it ({@code awsfirelens}) with the options.
   *
   * @param options the main container's log options, Copilot's {@code logging.destination}
   * @return the injector
   */
  public EcsInjector logRouter(Map<String, String> options) {
    return new EcsInjector(sidecar, origin, mainDependsOn,
        Optional.of(Collections.unmodifiableMap(new LinkedHashMap<>(options))));
  }

  /**
   * Adds the sidecar to the task definition of a file.
   *
   * @param text the file: a {@code register-task-definition} request, a
   *     {@code describe-task-definition} output or a CloudFormation template, JSON or YAML
   * @param source its name in messages
   * @return the edited file and what changed
   * @throws ManifestException when the file is no task definition, its YAML lists to edit are
   *     not in block style, it already has a container of the sidecar's name that was not
   *     injected, it lacks a volume the sidecar mounts, or (for a log router) it has a router
   *     already or its main container logs elsewhere
   * @throws InvalidWorkloadException when the task definition with the sidecar breaks an ECS rule
   * @throws EcsEmitException when the sidecar cannot be written for ECS
   */
  public EditedDocument inject(String text, String source) {
    TaskDefinitionFile file = TaskDefinitionFile.of(text, source);
    if (logRouter.isPresent()) {
      file.router(sidecar.name()).ifPresent(other -> {
        throw new ManifestException(source, other.line(), other.column(), file.definitions.key(), "already has the "
            + "FireLens log router " + other.scalar(file.name("name")).orElse("") + "; a task "
            + "definition has one, so " + sidecar.name() + " cannot route its logs", null);
      });
    }
    Optional<Node.MapNode> existing = file.named(sidecar.name());
    if (existing.isPresent() && !file.injected(existing.get())) {
      throw new ManifestException(source, existing.get().line(), existing.get().column(), file.definitions.key(),
          "already has a container named " + sidecar.name() + " that sidecar inject did not add; remove it or inject "
              + "under another name", null);
    }
    Optional<Node.MapNode> main = mainDependsOn.isPresent() || logRouter.isPresent()
        ? Optional.of(file.main()) : Optional.empty();
    Volumes volumes = Volumes.plan(file, sidecar, existing);
    EditedDocument edited = file.yaml ? new YamlEdit(file, existing, main, volumes).make()
        : new JsonEdit(file, existing, main, volumes).make();
    if (edited.change() == EditedDocument.Change.UNCHANGED) {
      return edited;
    }
    EcsImport imported = EcsTaskDefinitionReader.create().read(edited.text(), source);
    ValidationReport report = imported.validate();
    if (!report.isValid()) {
      throw new InvalidWorkloadException("ecs", report);
    }
    return edited;
  }

  /**
   * Takes out what {@code sidecar inject} added under a name (the container definition, and
   * the main container's dependency on it and logging through it): after {@link #inject}, the
   * file as it was, byte for byte.
   *
   * @param text the file
   * @param source its name in messages
   * @param name the sidecar's name
   * @return the edited file, {@link EditedDocument.Change#ABSENT} when it had no such sidecar
   * @throws ManifestException when the file is no task definition
   */
  public static EditedDocument remove(String text, String source, String name) {
    TaskDefinitionFile file = TaskDefinitionFile.of(text, source);
    Optional<Node.MapNode> found = file.named(name).filter(file::injected);
    if (found.isEmpty()) {
      return new EditedDocument(text, EditedDocument.Change.ABSENT);
    }
    if (file.yaml) {
      return YamlLines.removeMarked(text, name).map(edited -> new EditedDocument(edited, EditedDocument.Change.REMOVED))
          .orElseGet(() -> new EditedDocument(text, EditedDocument.Change.ABSENT));
    }
    JsonStyle style = new JsonStyle(text);
    List<JsonStyle.Edit> edits = new ArrayList<>();
    edits.add(style.removeElement(file.list(), found.get()));
    Node.MapNode main = file.main();
    Node.Entry dependencies = main.entries().get(file.name("dependsOn"));
    if (dependencies != null && dependencies.value() instanceof Node.ListNode) {
      Node.ListNode list = (Node.ListNode) dependencies.value();
      for (Node item : list.items()) {
        if (item instanceof Node.MapNode && ((Node.MapNode) item).scalar(file.name("containerName"))
            .filter(name::equals).isPresent()) {
          edits.add(list.items().size() == 1 ? style.removeKey(main, dependencies.key()) : style.removeElement(list, item));
        }
      }
    }
    Volumes.added(file, found.get()).ifPresent(added -> {
      Node.Entry volumes = file.task.entries().get(file.name("volumes"));
      if (volumes == null || !(volumes.value() instanceof Node.ListNode)) {
        return;
      }
      if (added.mode.equals(Volumes.CREATED)) {
        edits.add(style.removeKey(file.task, volumes.key()));
      } else if (added.mode.equals(Volumes.FILLED)) {
        edits.add(style.replaceText(volumes.value(), "[]"));
      } else {
        Node.ListNode list = (Node.ListNode) volumes.value();
        for (Node item : list.items()) {
          if (item instanceof Node.MapNode && ((Node.MapNode) item).scalar(file.name("name"))
              .filter(added.missing::contains).isPresent()) {
            edits.add(style.removeElement(list, item));
          }
        }
      }
    });
    Node.Entry log = main.entries().get(file.name("logConfiguration"));
    if (found.get().entries().containsKey(file.name("firelensConfiguration")) && log != null
        && log.value() instanceof Node.MapNode
        && ((Node.MapNode) log.value()).scalar(file.name("logDriver")).filter("awsfirelens"::equals).isPresent()) {
      edits.add(style.removeKey(main, log.key()));
    }
    return new EditedDocument(JsonStyle.apply(text, edits), EditedDocument.Change.REMOVED);
  }

  /** The sidecar's container definition as the emitter writes one, with its label (and FireLens, for a router). */
  private Map<String, Object> definition(TaskDefinitionFile file, Volumes volumes) {
    Container.Builder labelled = sidecar.toBuilder().putLabel(LABEL, origin);
    volumes.label().ifPresent(label -> labelled.putLabel(Volumes.LABEL, label));
    Workload holder = Workload.builder().name("inject").type(WorkloadType.BACKEND_SERVICE)
        .main(labelled.build()).build();
    // only the container definition is kept: the role and launch type only let the emitter write it
    Map<String, Object> tree = EcsEmitter.builder().validateFirst(false).requiresCompatibility("EC2")
        .executionRoleArn("arn:aws:iam::000000000000:role/inject").build().apiTree(holder);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> containers = (List<Map<String, Object>>) tree.get("containerDefinitions");
    Map<String, Object> definition = new LinkedHashMap<>();
    containers.get(0).forEach((key, value) -> {
      if (key.equals("dockerLabels") && logRouter.isPresent()) {
        definition.put("firelensConfiguration", firelens());
      }
      definition.put(key, value);
    });
    return names(file, definition);
  }

  private static Map<String, Object> firelens() {
    Map<String, Object> firelens = new LinkedHashMap<>();
    firelens.put("type", "fluentbit");
    firelens.put("options", Map.of("enable-ecs-log-metadata", "true"));
    return firelens;
  }

  /** The main container's dependency on the sidecar. */
  private Map<String, Object> dependencyValue(TaskDefinitionFile file) {
    Map<String, Object> dependency = new LinkedHashMap<>();
    dependency.put("containerName", sidecar.name());
    dependency.put("condition", mainDependsOn.orElseThrow().name());
    return names(file, dependency);
  }

  /** The main container's logging through the router. */
  private Map<String, Object> logConfigurationValue(TaskDefinitionFile file) {
    Map<String, Object> log = new LinkedHashMap<>();
    log.put("logDriver", "awsfirelens");
    if (!logRouter.orElseThrow().isEmpty()) {
      log.put("options", new LinkedHashMap<>(logRouter.get()));
    }
    return names(file, log);
  }

  private static Map<String, Object> names(TaskDefinitionFile file, Map<String, Object> api) {
    return file.cloudFormation ? CloudFormationNames.recase(api) : api;
  }

  private ManifestException mainLogsElsewhere(TaskDefinitionFile file, Node.MapNode main, Node.Entry log) {
    String driver = log.value() instanceof Node.MapNode
        ? ((Node.MapNode) log.value()).scalar(file.name("logDriver")).orElse("?") : "?";
    return new ManifestException(file.source, log.line(), log.column(), log.key(), "the main container "
        + main.scalar(file.name("name")).orElse("") + " logs with " + driver + "; the log router "
        + sidecar.name() + " routes a main container without a log configuration: take it out, then inject again",
        null);
  }

  /** The edits of a JSON file: the container definition, and what the main container gets. */
  private final class JsonEdit {
    final TaskDefinitionFile file;
    final Optional<Node.MapNode> existing;
    final Optional<Node.MapNode> main;
    final Volumes volumes;
    final JsonStyle style;
    final List<JsonStyle.Edit> edits = new ArrayList<>();
    boolean added;
    boolean updated;

    JsonEdit(TaskDefinitionFile file, Optional<Node.MapNode> existing, Optional<Node.MapNode> main, Volumes volumes) {
      this.file = file;
      this.existing = existing;
      this.main = main;
      this.volumes = volumes;
      this.style = new JsonStyle(file.text);
    }

    /** The volumes the sidecar mounts that the task lacks: appended, in a new list, or in place of an empty one. */
    private void volumeItems() {
      if (volumes.missing.isEmpty()) {
        return;
      }
      List<Object> items = new ArrayList<>();
      volumes.missing.forEach(name -> items.add(names(file, new LinkedHashMap<>(Map.of("name", name)))));
      Node.Entry entry = file.task.entries().get(file.name("volumes"));
      if (entry == null) {
        edits.add(style.addKey(file.task, file.name("volumes"), items));
      } else if (volumes.mode.equals(Volumes.FILLED)) {
        edits.add(style.replaceText(entry.value(), "[" + String.join(", ", items.stream()
            .map(JsonStyle::compact).collect(java.util.stream.Collectors.toList())) + "]"));
      } else {
        items.forEach(item -> edits.add(style.append((Node.ListNode) entry.value(), item)));
      }
      added = true;
    }

    EditedDocument make() {
      Map<String, Object> definition = definition(file, volumes);
      if (existing.isPresent()) {
        change(existing.get(), definition);
      } else {
        edits.add(style.append(file.list(), definition));
        added = true;
      }
      main.ifPresent(m -> {
        mainDependsOn.ifPresent(c -> dependency(m));
        logRouter.ifPresent(o -> logging(m));
      });
      volumeItems();
      EditedDocument.Change change = updated ? EditedDocument.Change.UPDATED
          : added ? EditedDocument.Change.ADDED : EditedDocument.Change.UNCHANGED;
      return new EditedDocument(edits.isEmpty() ? file.text : JsonStyle.apply(file.text, edits), change);
    }

    /** Replaces a value inject wrote before, unless it is already what it would write. */
    private void change(Node old, Object value) {
      JsonStyle.Edit replacement = style.replace(old, value);
      if (!file.text.substring(replacement.offset, replacement.offset + replacement.length).equals(replacement.replacement)) {
        edits.add(replacement);
        updated = true;
      }
    }

    private void dependency(Node.MapNode main) {
      Map<String, Object> dependency = dependencyValue(file);
      Node.Entry entry = main.entries().get(file.name("dependsOn"));
      if (entry == null) {
        edits.add(style.addKey(main, file.name("dependsOn"), List.of(dependency)));
        added = true;
        return;
      }
      Node.ListNode list = nonEmptyList(entry);
      for (Node item : list.items()) {
        if (item instanceof Node.MapNode && ((Node.MapNode) item).scalar(file.name("containerName"))
            .filter(sidecar.name()::equals).isPresent()) {
          change(item, dependency);
          return;
        }
      }
      edits.add(style.append(list, dependency));
      added = true;
    }

    private void logging(Node.MapNode main) {
      Map<String, Object> log = logConfigurationValue(file);
      Node.Entry entry = main.entries().get(file.name("logConfiguration"));
      if (entry == null) {
        edits.add(style.addKey(main, file.name("logConfiguration"), log));
        added = true;
      } else if (entry.value() instanceof Node.MapNode
          && ((Node.MapNode) entry.value()).scalar(file.name("logDriver")).filter("awsfirelens"::equals).isPresent()) {
        // routed through FireLens, and the task has no other router: what inject wrote before
        change(entry.value(), log);
      } else {
        throw mainLogsElsewhere(file, main, entry);
      }
    }

    private Node.ListNode nonEmptyList(Node.Entry entry) {
      if (!(entry.value() instanceof Node.ListNode) || ((Node.ListNode) entry.value()).items().isEmpty()) {
        throw new ManifestException(file.source, entry.line(), entry.column(), entry.key(), "is not a list with "
            + "items; inject appends the main container's dependency on " + sidecar.name() + " to such a list", null);
      }
      return (Node.ListNode) entry.value();
    }
  }

  /** The edits of a YAML file, by lines: the container definition, and what the main container gets. */
  private final class YamlEdit {
    final TaskDefinitionFile file;
    final Optional<Node.MapNode> existing;
    final Optional<Node.MapNode> main;
    final List<String> lines;
    final String newline;
    /** The edits, in the order planned. */
    final List<YamlLines.Edit> edits = new ArrayList<>();
    final Volumes volumes;
    boolean added;
    boolean updated;

    YamlEdit(TaskDefinitionFile file, Optional<Node.MapNode> existing, Optional<Node.MapNode> main, Volumes volumes) {
      this.file = file;
      this.existing = existing;
      this.main = main;
      this.volumes = volumes;
      this.lines = YamlLines.of(file.text);
      this.newline = YamlLines.newline(lines);
    }

    EditedDocument make() {
      main.ifPresent(m -> {
        mainDependsOn.ifPresent(c -> dependency(m));
        logRouter.ifPresent(o -> logging(m));
      });
      // at one line, the main container's keys, then the sidecar after it, then the task's volumes after the list
      List<String> item = YamlLines.of(TreeText.yaml(List.of(definition(file, volumes))));
      upsert(file.definitions, sidecar.name(), item);
      volumeItems();
      EditedDocument.Change change = updated ? EditedDocument.Change.UPDATED
          : added ? EditedDocument.Change.ADDED : EditedDocument.Change.UNCHANGED;
      return new EditedDocument(change == EditedDocument.Change.UNCHANGED ? file.text : YamlLines.apply(lines, edits),
          change);
    }

    /** The volumes the sidecar mounts that the task lacks, each a marked item of the task's list, made if missing. */
    private void volumeItems() {
      Node.Entry entry = file.task.entries().get(file.name("volumes"));
      for (String name : volumes.missing) {
        String label = sidecar.name() + " volume " + name;
        List<String> item = YamlLines.of(TreeText.yaml(List.of(names(file, new LinkedHashMap<>(Map.of("name", name))))));
        if (entry != null) {
          upsert(entry, label, item);
          continue;
        }
        // a task without volumes: the key, after the task's last line, then the item
        int keyIndent = file.task.column() - 1;
        Node.Entry last = null;
        for (Node.Entry e : file.task.entries().values()) {
          last = e;
        }
        int end = YamlLines.blockEnd(lines, last.line() - 1, keyIndent);
        List<String> block = new ArrayList<>();
        if (volumes.missing.indexOf(name) == 0) {
          block.add(" ".repeat(keyIndent) + file.name("volumes") + ": " + YamlLines.MARKER + sidecar.name() + newline);
        }
        block.addAll(YamlLines.block(YamlLines.MARKER + label + " " + origin, item, keyIndent + 2, newline));
        edit(after(end), 0, block);
        added = true;
      }
    }

    /** Adds or replaces the marked item of a block-style list. */
    private void upsert(Node.Entry list, String label, List<String> item) {
      YamlLines.requireBlockList(lines, file.source, list, list.key());
      int keyIndent = list.column() - 1;
      int dashIndent = YamlLines.dashIndent(lines, list, keyIndent);
      List<String> wanted = YamlLines.block(YamlLines.MARKER + label + " " + origin, item, dashIndent, newline);
      int end = YamlLines.blockEnd(lines, list.line() - 1, keyIndent);
      for (int i = list.line(); i <= end; i++) {
        if (lines.get(i).trim().startsWith(YamlLines.MARKER + label + " ") && YamlLines.indent(lines.get(i)) == dashIndent) {
          int last = YamlLines.itemEnd(lines, i + 1, dashIndent);
          if (!lines.subList(i, last + 1).equals(wanted)) {
            edit(i, last + 1 - i, wanted);
            updated = true;
          }
          return;
        }
      }
      edit(after(end), 0, wanted);
      added = true;
    }

    private void dependency(Node.MapNode main) {
      List<String> item = YamlLines.of(TreeText.yaml(List.of(dependencyValue(file))));
      String label = sidecar.name() + " dependency";
      Node.Entry entry = main.entries().get(file.name("dependsOn"));
      if (entry == null) {
        createKey(main, file.name("dependsOn"), YamlLines.block(YamlLines.MARKER + label + " " + origin, item,
            keyIndent(main) + 2, newline));
        return;
      }
      for (Node dependency : entry.value() instanceof Node.ListNode ? ((Node.ListNode) entry.value()).items()
          : List.<Node>of()) {
        int at = dependency.line() - 1;
        boolean marked = at > 0 && lines.get(at - 1).trim().startsWith(YamlLines.MARKER + label + " ");
        if (!marked && dependency instanceof Node.MapNode && ((Node.MapNode) dependency)
            .scalar(file.name("containerName")).filter(sidecar.name()::equals).isPresent()) {
          throw new ManifestException(file.source, dependency.line(), dependency.column(), entry.key(), "already "
              + "makes the main container wait for " + sidecar.name() + "; take that dependency out, then inject again",
              null);
        }
      }
      upsert(entry, label, item);
    }

    private void logging(Node.MapNode main) {
      Node.Entry entry = main.entries().get(file.name("logConfiguration"));
      List<String> map = YamlLines.of(TreeText.yaml(logConfigurationValue(file)));
      int indent = keyIndent(main) + 2;
      List<String> value = new ArrayList<>();
      map.forEach(line -> value.add(" ".repeat(indent) + YamlLines.strip(line) + newline));
      if (entry == null) {
        createKey(main, file.name("logConfiguration"), value);
        return;
      }
      int at = entry.line() - 1;
      String keyLine = YamlLines.strip(lines.get(at));
      if (!keyLine.endsWith(" " + YamlLines.MARKER + sidecar.name())) {
        throw mainLogsElsewhere(file, main, entry);
      }
      int end = YamlLines.blockEnd(lines, at, entry.column() - 1);
      if (!lines.subList(at + 1, end + 1).equals(value)) {
        edit(at + 1, end - at, value);
        updated = true;
      }
    }

    /** Adds a key to the main container after its last line, marked as created by inject. */
    private void createKey(Node.MapNode main, String key, List<String> value) {
      int dashIndent = YamlLines.dashIndent(lines, file.definitions, file.definitions.column() - 1);
      int end = YamlLines.itemEnd(lines, main.line() - 1, dashIndent);
      List<String> block = new ArrayList<>();
      block.add(" ".repeat(keyIndent(main)) + key + ": " + YamlLines.MARKER + sidecar.name() + newline);
      block.addAll(value);
      edit(after(end), 0, block);
      added = true;
    }

    private int keyIndent(Node.MapNode main) {
      return main.column() - 1;
    }

    /** The line after {@code end}, which must end with a line break for lines to follow it. */
    private int after(int end) {
      if (YamlLines.terminator(lines.get(end)).isEmpty()) {
        throw new ManifestException(file.source, end + 1, 1, file.definitions.key(), "ends the file without a line "
            + "break; add one, then inject again", null);
      }
      return end + 1;
    }

    private void edit(int at, int removed, List<String> inserted) {
      edits.add(new YamlLines.Edit(at, removed, inserted));
    }
  }
}
