package dev.sidecars.ecs;

import dev.sidecars.ecs.internal.CloudFormationNames;
import dev.sidecars.ecs.internal.TreeText;
import dev.sidecars.formats.EditedDocument;
import dev.sidecars.formats.ManifestException;
import dev.sidecars.formats.ManifestFormat;
import dev.sidecars.formats.internal.Node;
import dev.sidecars.formats.internal.TreeParser;
import dev.sidecars.formats.internal.YamlLines;
import dev.sidecars.model.Container;
import dev.sidecars.model.Mount;
import dev.sidecars.model.Workload;
import dev.sidecars.model.WorkloadType;
import dev.sidecars.validation.InvalidWorkloadException;
import dev.sidecars.validation.ValidationReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

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

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Container sidecar;
  private final String origin;

  private EcsInjector(Container sidecar, String origin) {
    this.sidecar = sidecar;
    this.origin = origin;
  }

  /**
   * An injector of a sidecar.
   *
   * @param sidecar the container to add
   * @param origin where it came from, the value of its {@value #LABEL} label
   * @return the injector
   */
  public static EcsInjector of(Container sidecar, String origin) {
    return new EcsInjector(Objects.requireNonNull(sidecar, "sidecar"), Objects.requireNonNull(origin, "origin"));
  }

  /**
   * Adds the sidecar to the task definition of a file.
   *
   * @param text the file: a {@code register-task-definition} request, a
   *     {@code describe-task-definition} output or a CloudFormation template, JSON or YAML
   * @param source its name in messages
   * @return the edited file and what changed
   * @throws ManifestException when the file is no task definition, its YAML container
   *     definitions are not a block-style list, it already has a container of the sidecar's
   *     name that was not injected, or it lacks a volume the sidecar mounts
   * @throws InvalidWorkloadException when the task definition with the sidecar breaks an ECS rule
   * @throws EcsEmitException when the sidecar cannot be written for ECS
   */
  public EditedDocument inject(String text, String source) {
    Target target = Target.of(text, source);
    for (Mount mount : sidecar.mounts()) {
      if (!target.hasVolume(mount.sourceVolume())) {
        throw new ManifestException(source, target.definitions.line(), target.definitions.column(),
            target.name("volumes"), "has no volume " + mount.sourceVolume() + ", which the sidecar " + sidecar.name()
                + " mounts; add it to the task definition first", null);
      }
    }
    Map<String, Object> definition = definition();
    if (target.cloudFormation) {
      definition = CloudFormationNames.recase(definition);
    }
    EditedDocument edited = target.yaml ? injectYaml(text, source, target, definition)
        : injectJson(text, source, target, definition);
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

  private EditedDocument injectJson(String text, String source, Target target, Map<String, Object> definition) {
    Node.ListNode definitions = target.list();
    Style style = Style.of(text, definitions);
    String rendered = style.write(definition);
    Optional<Node.MapNode> existing = target.named(sidecar.name());
    if (existing.isPresent()) {
      Node.MapNode old = existing.get();
      if (!target.injected(old)) {
        throw notInjected(source, target, old);
      }
      int start = style.offset(old);
      int end = Style.end(text, start);
      if (text.substring(start, end + 1).equals(rendered)) {
        return new EditedDocument(text, EditedDocument.Change.UNCHANGED);
      }
      return new EditedDocument(text.substring(0, start) + rendered + text.substring(end + 1),
          EditedDocument.Change.UPDATED);
    }
    List<Node> items = definitions.items();
    int last = Style.end(text, style.offset(items.get(items.size() - 1)));
    String separator = style.sameLine ? ", " : "," + style.newline + style.itemIndent;
    return new EditedDocument(text.substring(0, last + 1) + separator + rendered + text.substring(last + 1),
        EditedDocument.Change.ADDED);
  }

  private EditedDocument injectYaml(String text, String source, Target target, Map<String, Object> definition) {
    List<String> lines = YamlLines.of(text);
    String newline = YamlLines.newline(lines);
    YamlLines.requireBlockList(lines, source, target.definitions, target.definitions.key());
    int keyIndent = target.definitions.column() - 1;
    int dashIndent = YamlLines.dashIndent(lines, target.definitions, keyIndent);
    String label = sidecar.name();
    List<String> wanted = YamlLines.block(YamlLines.MARKER + label + " " + origin,
        YamlLines.of(TreeText.yaml(List.of(definition))), dashIndent, newline);
    Optional<Node.MapNode> existing = target.named(label);
    if (existing.isPresent()) {
      int at = existing.get().line() - 1;
      if (at == 0 || !lines.get(at - 1).trim().startsWith(YamlLines.MARKER + label + " ")) {
        throw notInjected(source, target, existing.get());
      }
      int last = YamlLines.itemEnd(lines, at, dashIndent);
      if (lines.subList(at - 1, last + 1).equals(wanted)) {
        return new EditedDocument(text, EditedDocument.Change.UNCHANGED);
      }
      return new EditedDocument(join(lines.subList(0, at - 1)) + join(wanted) + join(lines.subList(last + 1,
          lines.size())), EditedDocument.Change.UPDATED);
    }
    int end = YamlLines.blockEnd(lines, target.definitions.line() - 1, keyIndent);
    // after the last item; before the first when the list ends the file without a newline, which stays untouched
    int at = YamlLines.terminator(lines.get(end)).isEmpty() ? target.list().items().get(0).line() - 1 : end + 1;
    return new EditedDocument(join(lines.subList(0, at)) + join(wanted) + join(lines.subList(at, lines.size())),
        EditedDocument.Change.ADDED);
  }

  private ManifestException notInjected(String source, Target target, Node.MapNode old) {
    return new ManifestException(source, old.line(), old.column(), target.definitions.key(), "already has a container "
        + "named " + sidecar.name() + " that sidecar inject did not add; remove it or inject under another name", null);
  }

  private static String join(List<String> lines) {
    return String.join("", lines);
  }

  /**
   * Takes out the container definition {@code sidecar inject} added under a name: after
   * {@link #inject}, the file as it was, byte for byte.
   *
   * @param text the file
   * @param source its name in messages
   * @param name the sidecar's name
   * @return the edited file, {@link EditedDocument.Change#ABSENT} when it had no such sidecar
   * @throws ManifestException when the file is no task definition
   */
  public static EditedDocument remove(String text, String source, String name) {
    Target target = Target.of(text, source);
    Optional<Node.MapNode> found = target.named(name).filter(target::injected);
    if (found.isEmpty()) {
      return new EditedDocument(text, EditedDocument.Change.ABSENT);
    }
    if (target.yaml) {
      List<String> lines = YamlLines.of(text);
      int at = found.get().line() - 1;
      if (at == 0 || !lines.get(at - 1).trim().startsWith(YamlLines.MARKER + name + " ")) {
        return new EditedDocument(text, EditedDocument.Change.ABSENT);
      }
      int dashIndent = YamlLines.dashIndent(lines, target.definitions, target.definitions.column() - 1);
      int last = YamlLines.itemEnd(lines, at, dashIndent);
      return new EditedDocument(join(lines.subList(0, at - 1)) + join(lines.subList(last + 1, lines.size())),
          EditedDocument.Change.REMOVED);
    }
    Node.ListNode definitions = target.list();
    Style style = Style.of(text, definitions);
    List<Node> items = definitions.items();
    int index = items.indexOf(found.get());
    int start = style.offset(found.get());
    int end = Style.end(text, start);
    String edited;
    if (index > 0) {
      // from the end of the definition before it: the comma and line break inject wrote
      int previous = Style.end(text, style.offset(items.get(index - 1)));
      edited = text.substring(0, previous + 1) + text.substring(end + 1);
    } else if (items.size() > 1) {
      edited = text.substring(0, start) + text.substring(style.offset(items.get(1)));
    } else {
      edited = text.substring(0, start) + text.substring(end + 1);
    }
    return new EditedDocument(edited, EditedDocument.Change.REMOVED);
  }

  /** The sidecar's container definition as the emitter writes one, with its label. */
  private Map<String, Object> definition() {
    Workload holder = Workload.builder().name("inject").type(WorkloadType.BACKEND_SERVICE)
        .main(sidecar.toBuilder().putLabel(LABEL, origin).build()).build();
    // only the container definition is kept: the role and launch type only let the emitter write it
    Map<String, Object> tree = EcsEmitter.builder().validateFirst(false).requiresCompatibility("EC2")
        .executionRoleArn("arn:aws:iam::000000000000:role/inject").build().apiTree(holder);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> containers = (List<Map<String, Object>>) tree.get("containerDefinitions");
    return new LinkedHashMap<>(containers.get(0));
  }

  /** The task definition of a file, parsed once, and its container definitions. */
  private static final class Target {
    final boolean yaml;
    final boolean cloudFormation;
    final Node.MapNode task;
    final Node.Entry definitions;

    private Target(boolean yaml, boolean cloudFormation, Node.MapNode task, Node.Entry definitions) {
      this.yaml = yaml;
      this.cloudFormation = cloudFormation;
      this.task = task;
      this.definitions = definitions;
    }

    static Target of(String text, String source) {
      ManifestFormat format = ManifestFormat.detect(text);
      Node root = new TreeParser(source).parse(text, format);
      Optional<Node.MapNode> task = TaskDefinitionImport.taskNode(root);
      boolean cloudFormation = task.isEmpty();
      Node.MapNode found = task.orElseGet(() -> CloudFormationTemplate.properties(
          CloudFormationTemplate.taskDefinition(root, source), source));
      String key = cloudFormation ? "ContainerDefinitions" : "containerDefinitions";
      Node.Entry definitions = found.entries().get(key);
      if (definitions == null || !(definitions.value() instanceof Node.ListNode)
          || ((Node.ListNode) definitions.value()).items().isEmpty()) {
        Node at = definitions == null ? found : definitions.value();
        throw new ManifestException(source, at.line(), at.column(), key, definitions == null ? "is missing: the task "
            + "definition has no container definitions" : "is not a list with the task definition's own containers; "
            + "a sidecar needs a container beside it", null);
      }
      return new Target(format == ManifestFormat.YAML, cloudFormation, found, definitions);
    }

    /** A key as the document names it: {@code volumes}, or {@code Volumes} in a template. */
    String name(String api) {
      return cloudFormation ? Character.toUpperCase(api.charAt(0)) + api.substring(1) : api;
    }

    Node.ListNode list() {
      return (Node.ListNode) definitions.value();
    }

    boolean hasVolume(String volume) {
      Node.Entry volumes = task.entries().get(name("volumes"));
      if (volumes == null || !(volumes.value() instanceof Node.ListNode)) {
        return false;
      }
      return ((Node.ListNode) volumes.value()).items().stream().anyMatch(v -> v instanceof Node.MapNode
          && text((Node.MapNode) v, name("name")).filter(volume::equals).isPresent());
    }

    Optional<Node.MapNode> named(String container) {
      for (Node item : list().items()) {
        if (item instanceof Node.MapNode && text((Node.MapNode) item, name("name")).filter(container::equals).isPresent()) {
          return Optional.of((Node.MapNode) item);
        }
      }
      return Optional.empty();
    }

    boolean injected(Node.MapNode definition) {
      Node.Entry labels = definition.entries().get(name("dockerLabels"));
      return labels != null && labels.value() instanceof Node.MapNode
          && ((Node.MapNode) labels.value()).entries().containsKey(LABEL);
    }

    private static Optional<String> text(Node.MapNode map, String key) {
      Node.Entry entry = map.entries().get(key);
      return entry != null && entry.value() instanceof Node.ScalarNode && entry.value().tag().isEmpty()
          ? Optional.of(((Node.ScalarNode) entry.value()).text()) : Optional.empty();
    }
  }

  /** How the file writes JSON: its indentation, the space around colons, its line breaks. */
  private static final class Style {
    final List<Integer> lineStarts;
    /** The indentation of the line an element's closing brace is on. */
    final String itemIndent;
    final String unit;
    final String colon;
    final String newline;
    /** Whether elements follow one another on one line ({@code }, {}), as Jackson writes them. */
    final boolean sameLine;

    private Style(List<Integer> lineStarts, String itemIndent, String unit, String colon, String newline, boolean sameLine) {
      this.lineStarts = lineStarts;
      this.itemIndent = itemIndent;
      this.unit = unit;
      this.colon = colon;
      this.newline = newline;
      this.sameLine = sameLine;
    }

    static Style of(String text, Node.ListNode definitions) {
      List<Integer> starts = new ArrayList<>();
      starts.add(0);
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          starts.add(i + 1);
        }
      }
      // the style of the last element, which the new one follows
      Node first = definitions.items().isEmpty() ? definitions : definitions.items().get(definitions.items().size() - 1);
      int firstOffset = starts.get(first.line() - 1) + first.column() - 1;
      int close = first instanceof Node.MapNode ? end(text, firstOffset) : firstOffset;
      int closeLine = lineOf(starts, close);
      String itemIndent = indent(text, starts.get(closeLine));
      // on one line with what comes before it: the list's bracket or the element before's brace and comma
      int before = firstOffset - 1;
      while (before > 0 && (text.charAt(before) == ' ' || text.charAt(before) == '\t' || text.charAt(before) == ',')) {
        before--;
      }
      boolean sameLine = text.charAt(before) != '\n' && text.charAt(before) != '\r';
      String unit = itemIndent.contains("\t") ? "\t" : "  ";
      String colon = ": ";
      if (first instanceof Node.MapNode && !((Node.MapNode) first).entries().isEmpty()) {
        Node.Entry key = ((Node.MapNode) first).entries().values().iterator().next();
        String keyIndent = indent(text, starts.get(key.line() - 1));
        if (key.line() > first.line() && keyIndent.length() > itemIndent.length() && keyIndent.startsWith(itemIndent)) {
          unit = keyIndent.substring(itemIndent.length());
        }
        int keyOffset = starts.get(key.line() - 1) + key.column() - 1;
        int quote = text.indexOf('"', keyOffset + 1);
        if (quote > 0 && quote + 2 < text.length() && text.charAt(quote + 1) == ' ' && text.charAt(quote + 2) == ':') {
          colon = " : ";
        }
      }
      String newline = text.contains("\r\n") ? "\r\n" : "\n";
      return new Style(starts, itemIndent, unit, colon, newline, sameLine);
    }

    private static int lineOf(List<Integer> starts, int offset) {
      int line = 0;
      while (line + 1 < starts.size() && starts.get(line + 1) <= offset) {
        line++;
      }
      return line;
    }

    /** The spaces and tabs a line starts with. */
    private static String indent(String text, int lineStart) {
      int i = lineStart;
      while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
        i++;
      }
      return text.substring(lineStart, i);
    }

    int offset(Node node) {
      return lineStarts.get(node.line() - 1) + node.column() - 1;
    }

    /** The offset of the brace or bracket that closes the value opening at {@code start}. */
    static int end(String text, int start) {
      int depth = 0;
      boolean string = false;
      for (int i = start; i < text.length(); i++) {
        char c = text.charAt(i);
        if (string) {
          if (c == '\\') {
            i++;
          } else if (c == '"') {
            string = false;
          }
        } else if (c == '"') {
          string = true;
        } else if (c == '{' || c == '[') {
          depth++;
        } else if ((c == '}' || c == ']') && --depth == 0) {
          return i;
        }
      }
      throw new IllegalStateException("no end of the value at " + start);
    }

    /** A value in this style, its first line unindented, the others under the elements' indentation. */
    String write(Object value) {
      StringBuilder out = new StringBuilder();
      write(value, itemIndent, out);
      return out.toString();
    }

    private void write(Object value, String indent, StringBuilder out) {
      if (value instanceof Map) {
        Map<?, ?> map = (Map<?, ?>) value;
        if (map.isEmpty()) {
          out.append("{}");
          return;
        }
        out.append('{').append(newline);
        int i = 0;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
          out.append(indent).append(unit).append(JSON.writeValueAsString(entry.getKey().toString())).append(colon);
          write(entry.getValue(), indent + unit, out);
          out.append(++i < map.size() ? "," : "").append(newline);
        }
        out.append(indent).append('}');
      } else if (value instanceof List) {
        List<?> list = (List<?>) value;
        boolean scalars = list.stream().noneMatch(v -> v instanceof Map || v instanceof List);
        if (list.isEmpty() || scalars) {
          out.append('[');
          for (int i = 0; i < list.size(); i++) {
            out.append(i > 0 ? ", " : "").append(JSON.writeValueAsString(list.get(i)));
          }
          out.append(']');
          return;
        }
        out.append('[').append(newline);
        for (int i = 0; i < list.size(); i++) {
          out.append(indent).append(unit);
          write(list.get(i), indent + unit, out);
          out.append(i + 1 < list.size() ? "," : "").append(newline);
        }
        out.append(indent).append(']');
      } else {
        out.append(JSON.writeValueAsString(value));
      }
    }
  }
}
