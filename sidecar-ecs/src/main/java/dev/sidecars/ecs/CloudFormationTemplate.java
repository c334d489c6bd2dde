package dev.sidecars.ecs;

import dev.sidecars.formats.ManifestException;
import dev.sidecars.formats.internal.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Finds the {@code AWS::ECS::TaskDefinition} resource of a CloudFormation template. */
final class CloudFormationTemplate {
  static final String TYPE = "AWS::ECS::TaskDefinition";

  private CloudFormationTemplate() {}

  /** The task definition resources of a template, in order; none for any other document. */
  static List<Node.Entry> taskDefinitions(Node root) {
    List<Node.Entry> found = new ArrayList<>();
    if (!(root instanceof Node.MapNode)) {
      return found;
    }
    Node.Entry resources = ((Node.MapNode) root).entries().get("Resources");
    if (resources == null || !(resources.value() instanceof Node.MapNode)) {
      return found;
    }
    for (Node.Entry resource : ((Node.MapNode) resources.value()).entries().values()) {
      if (resource.value() instanceof Node.MapNode && ((Node.MapNode) resource.value()).field("Type")
          .filter(type -> type instanceof Node.ScalarNode && ((Node.ScalarNode) type).text().equals(TYPE)).isPresent()) {
        found.add(resource);
      }
    }
    return found;
  }

  /** The template's one task definition resource. */
  static Node.Entry taskDefinition(Node root, String source) {
    List<Node.Entry> found = taskDefinitions(root);
    if (found.isEmpty()) {
      throw new ManifestException(source, root.line(), root.column(), "", "is not an ECS task definition: it has no "
          + "containerDefinitions, at the top or under taskDefinition, and no " + TYPE + " resource", null);
    }
    if (found.size() > 1) {
      Node.Entry second = found.get(1);
      throw new ManifestException(source, second.line(), second.column(), "Resources." + second.key(), "is a second "
          + TYPE + " (the template holds " + found.stream().map(Node.Entry::key).collect(Collectors.joining(", "))
          + "); the import reads a template with one task definition", null);
    }
    return found.get(0);
  }

  /** The resource's {@code Properties}. */
  static Node.MapNode properties(Node.Entry resource, String source) {
    Node.MapNode map = (Node.MapNode) resource.value();
    String path = "Resources." + resource.key() + ".Properties";
    Node properties = map.field("Properties").orElseThrow(() -> new ManifestException(source, resource.line(),
        resource.column(), path, "is required: the task definition resource has no Properties", null));
    if (!(properties instanceof Node.MapNode) || CloudFormationFunctions.isFunction(properties)) {
      throw new ManifestException(source, properties.line(), properties.column(), path, "must be a map of the task "
          + "definition's properties, got " + properties.describe(), null);
    }
    return (Node.MapNode) properties;
  }
}
