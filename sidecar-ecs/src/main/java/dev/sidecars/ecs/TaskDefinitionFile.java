package dev.sidecars.ecs;

import dev.sidecars.formats.ManifestException;
import dev.sidecars.formats.ManifestFormat;
import dev.sidecars.formats.internal.Node;
import dev.sidecars.formats.internal.TreeParser;
import dev.sidecars.model.Origin;
import java.util.Optional;

/**
 * A file holding one ECS task definition, parsed once, as {@link EcsInjector} edits it: which
 * notation and shape it is, where its container definitions are, and what a key is called in
 * it ({@code dependsOn}, or {@code DependsOn} in a CloudFormation template).
 */
final class TaskDefinitionFile {
  final String text;
  final String source;
  final boolean yaml;
  final boolean cloudFormation;
  final Node.MapNode task;
  final Node.Entry definitions;

  private TaskDefinitionFile(String text, String source, boolean yaml, boolean cloudFormation, Node.MapNode task,
      Node.Entry definitions) {
    this.text = text;
    this.source = source;
    this.yaml = yaml;
    this.cloudFormation = cloudFormation;
    this.task = task;
    this.definitions = definitions;
  }

  static TaskDefinitionFile of(String text, String source) {
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
    return new TaskDefinitionFile(text, source, format == ManifestFormat.YAML, cloudFormation, found, definitions);
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
        && ((Node.MapNode) v).scalar(name("name")).filter(volume::equals).isPresent());
  }

  Optional<Node.MapNode> named(String container) {
    for (Node item : list().items()) {
      if (item instanceof Node.MapNode && ((Node.MapNode) item).scalar(name("name")).filter(container::equals).isPresent()) {
        return Optional.of((Node.MapNode) item);
      }
    }
    return Optional.empty();
  }

  boolean injected(Node.MapNode definition) {
    Node.Entry labels = definition.entries().get(name("dockerLabels"));
    return labels != null && labels.value() instanceof Node.MapNode
        && ((Node.MapNode) labels.value()).entries().containsKey(EcsInjector.LABEL);
  }

  /** The container definition the import takes for the main container. */
  Node.MapNode main() {
    EcsImport imported = EcsTaskDefinitionReader.create().read(text, source);
    Origin origin = imported.sources().find("main").orElseThrow();
    for (Node item : list().items()) {
      if (item instanceof Node.MapNode && item.line() == origin.line() && item.column() == origin.column()) {
        return (Node.MapNode) item;
      }
    }
    throw new IllegalStateException("the main container's definition is not in the list at " + origin);
  }

  /** Another container than {@code except} with a FireLens configuration, if any. */
  Optional<Node.MapNode> router(String except) {
    for (Node item : list().items()) {
      if (item instanceof Node.MapNode && ((Node.MapNode) item).entries().containsKey(name("firelensConfiguration"))
          && ((Node.MapNode) item).scalar(name("name")).filter(except::equals).isEmpty()) {
        return Optional.of((Node.MapNode) item);
      }
    }
    return Optional.empty();
  }

}
