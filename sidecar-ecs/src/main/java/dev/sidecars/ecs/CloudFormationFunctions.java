package dev.sidecars.ecs;

import dev.sidecars.ecs.internal.CloudFormationNames;
import dev.sidecars.formats.internal.Node;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the properties of an {@code AWS::ECS::TaskDefinition} into the task definition the
 * import reads: API names for CloudFormation's, and for each intrinsic function ({@code !Ref},
 * {@code Fn::Sub}, ...) a string that stands in for its value. The stand-in is the value when
 * the function has one here (a {@code Ref} to a parameter given a value or with a
 * {@code Default}, a {@code Sub} or {@code Join} of such), else the function in {@code Fn::Sub}
 * notation ({@code ${ContainerImage}}, {@code ${ExecutionRole.Arn}}). Each converted value that
 * holds a function remembers the value as written (short forms in their long form), so the
 * import keeps it for CloudFormation.
 */
final class CloudFormationFunctions {
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{(?!!)([^}]*)\\}");

  private final Map<String, String> values;
  private final Map<Object, String> containerNames = new HashMap<>();
  private final Map<Node, Node> originals = new IdentityHashMap<>();
  private final Set<Node> unresolved = Collections.newSetFromMap(new IdentityHashMap<>());

  /**
   * @param values the parameters' values: those given, else the template's defaults
   */
  CloudFormationFunctions(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  /** The values of a template's parameters: each {@code Default}, replaced by the given value. */
  static Map<String, String> parameterValues(Node.MapNode template, Map<String, String> given) {
    Map<String, String> values = new HashMap<>();
    template.field("Parameters").filter(Node.MapNode.class::isInstance).map(Node.MapNode.class::cast)
        .ifPresent(parameters -> parameters.entries().values().forEach(parameter -> {
          if (parameter.value() instanceof Node.MapNode) {
            ((Node.MapNode) parameter.value()).field("Default").filter(Node.ScalarNode.class::isInstance)
                .map(n -> ((Node.ScalarNode) n).text()).filter(text -> !text.isEmpty())
                .ifPresent(text -> values.put(parameter.key(), text));
          }
        }));
    given.forEach((key, value) -> {
      if (!value.isEmpty()) {
        values.put(key, value);
      }
    });
    return values;
  }

  /**
   * Whether a node is a function: tagged ({@code !Ref x}), or a map of one {@code Ref},
   * {@code Condition} or {@code Fn::} key.
   */
  static boolean isFunction(Node node) {
    if (node.tag().isPresent()) {
      return true;
    }
    if (!(node instanceof Node.MapNode) || ((Node.MapNode) node).entries().size() != 1) {
      return false;
    }
    String key = ((Node.MapNode) node).entries().keySet().iterator().next();
    return key.equals("Ref") || key.equals("Condition") || key.startsWith("Fn::");
  }

  private static boolean isCondition(Node node) {
    return node.tag().filter("If"::equals).isPresent()
        || node instanceof Node.MapNode && ((Node.MapNode) node).entries().size() == 1
        && ((Node.MapNode) node).entries().containsKey("Fn::If");
  }

  /** Whether a converted value is itself the stand-in of a function (not a map or list holding one). */
  boolean isStandIn(Node converted) {
    return converted instanceof Node.ScalarNode && originals.containsKey(converted);
  }

  static boolean holdsFunction(Node node) {
    if (isFunction(node)) {
      return true;
    }
    if (node instanceof Node.MapNode) {
      return ((Node.MapNode) node).entries().values().stream().anyMatch(e -> holdsFunction(e.value()));
    }
    return node instanceof Node.ListNode
        && ((Node.ListNode) node).items().stream().anyMatch(CloudFormationFunctions::holdsFunction);
  }

  /**
   * Names the containers whose {@code Name} is a function, so that a dependency naming the
   * container by the same function finds it: the function's value, else its stand-in made a
   * valid container name ({@code ${WorkloadName}} is {@code workloadname}).
   */
  void nameContainers(Node.ListNode definitions) {
    for (int i = 0; i < definitions.items().size(); i++) {
      Node definition = definitions.items().get(i);
      if (!(definition instanceof Node.MapNode)) {
        continue;
      }
      Optional<Node> name = ((Node.MapNode) definition).field("Name").filter(CloudFormationFunctions::isFunction);
      if (name.isPresent()) {
        Node function = longForm(name.get());
        String standIn = standIn(function);
        String valid = standIn.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        containerNames.put(function.toPlain(), resolved(standIn) ? standIn : valid.isEmpty() ? "container-" + i : valid);
      }
    }
  }

  /**
   * The properties under API names, functions replaced by their stand-ins.
   *
   * @param properties the resource's {@code Properties}
   * @return the task definition as the import reads it
   */
  Node.MapNode toApi(Node.MapNode properties) {
    return (Node.MapNode) convert(properties, false);
  }

  /** The value as written in the template, functions in their long form, when a converted value holds a function. */
  Optional<Node> original(Node converted) {
    return Optional.ofNullable(originals.get(converted));
  }

  /** Whether a converted value is the stand-in of a function without a value here. */
  boolean unresolved(Node converted) {
    return unresolved.contains(converted);
  }

  /** The functions a value holds, in the order written, as {@code Ref ContainerImage}. */
  static List<String> describe(Node original) {
    List<String> out = new ArrayList<>();
    collect(original, out);
    return out;
  }

  private static void collect(Node node, List<String> out) {
    if (node instanceof Node.MapNode) {
      Node.MapNode map = (Node.MapNode) node;
      if (isFunction(map)) {
        Node.Entry only = map.entries().values().iterator().next();
        out.add(only.key().replace("Fn::", "") + (only.value() instanceof Node.ScalarNode
            ? " " + ((Node.ScalarNode) only.value()).text() : ""));
        return;
      }
      map.entries().values().forEach(e -> collect(e.value(), out));
    } else if (node instanceof Node.ListNode) {
      ((Node.ListNode) node).items().forEach(item -> collect(item, out));
    }
  }

  private Node convert(Node node, boolean verbatimKeys) {
    if (isFunction(node)) {
      Node function = longForm(node);
      String named = containerNames.get(function.toPlain());
      String text = named != null ? named : standIn(function);
      Node standIn = Node.string(node.line(), node.column(), text);
      if (named == null && !resolved(text)) {
        unresolved.add(standIn);
      }
      originals.put(standIn, function);
      return standIn;
    }
    if (node instanceof Node.MapNode) {
      List<Node.Entry> entries = new ArrayList<>();
      for (Node.Entry entry : ((Node.MapNode) node).entries().values()) {
        Node value = convert(entry.value(), !verbatimKeys && CloudFormationNames.verbatim(entry.key()));
        if (value != entry.value() && holdsFunction(entry.value())) {
          originals.put(value, longForm(entry.value()));
        }
        entries.add(Node.entry(verbatimKeys ? entry.key() : CloudFormationNames.toApi(entry.key()), entry.line(),
            entry.column(), value));
      }
      return Node.map(node.line(), node.column(), entries);
    }
    if (node instanceof Node.ListNode) {
      List<Node> items = new ArrayList<>();
      for (Node item : ((Node.ListNode) node).items()) {
        Node converted = convert(item, false);
        if (!(unresolved.contains(converted) && isCondition(item))) {
          // an item under a condition without a known value may not be there: the model leaves it out
          items.add(converted);
        }
      }
      return Node.list(node.line(), node.column(), items);
    }
    return node;
  }

  /** A value with its short-form functions ({@code !Ref x}) in their long form ({@code {Ref: x}}). */
  static Node longForm(Node node) {
    Optional<String> tag = node.tag();
    Node inner;
    if (node instanceof Node.MapNode) {
      List<Node.Entry> entries = new ArrayList<>();
      ((Node.MapNode) node).entries().values().forEach(e ->
          entries.add(Node.entry(e.key(), e.line(), e.column(), longForm(e.value()))));
      inner = Node.map(node.line(), node.column(), entries);
    } else if (node instanceof Node.ListNode) {
      List<Node> items = new ArrayList<>();
      ((Node.ListNode) node).items().forEach(item -> items.add(longForm(item)));
      inner = Node.list(node.line(), node.column(), items);
    } else if (tag.isPresent()) {
      inner = Node.string(node.line(), node.column(), ((Node.ScalarNode) node).text());
    } else {
      return node;
    }
    if (tag.isEmpty()) {
      return inner;
    }
    String name = tag.get().equals("Ref") || tag.get().equals("Condition") ? tag.get() : "Fn::" + tag.get();
    if (name.equals("Fn::GetAtt") && inner instanceof Node.ScalarNode && ((Node.ScalarNode) inner).text().contains(".")) {
      String text = ((Node.ScalarNode) inner).text();
      int dot = text.indexOf('.');
      inner = Node.list(node.line(), node.column(), List.of(Node.string(node.line(), node.column(), text.substring(0, dot)),
          Node.string(node.line(), node.column(), text.substring(dot + 1))));
    }
    return Node.map(node.line(), node.column(), List.of(Node.entry(name, node.line(), node.column(), inner)));
  }

  /** Whether a stand-in is the function's value: it has no {@code ${...}} left. */
  private static boolean resolved(String standIn) {
    return !VARIABLE.matcher(standIn).find();
  }

  /** The function's value, or as much of it as is known with the rest in {@code ${...}}. */
  private String standIn(Node function) {
    Node.Entry only = ((Node.MapNode) function).entries().values().iterator().next();
    Node argument = only.value();
    switch (only.key()) {
      case "Ref":
        return text(argument).map(name -> values.getOrDefault(name, "${" + name + "}")).orElse("${Ref}");
      case "Fn::Sub":
        if (argument instanceof Node.ListNode && !((Node.ListNode) argument).items().isEmpty()) {
          return text(((Node.ListNode) argument).items().get(0)).map(this::substitute).orElse("${Fn::Sub}");
        }
        return text(argument).map(this::substitute).orElse("${Fn::Sub}");
      case "Fn::GetAtt":
        if (argument instanceof Node.ListNode) {
          List<String> parts = new ArrayList<>();
          ((Node.ListNode) argument).items().forEach(item -> parts.add(text(item).orElse("?")));
          return "${" + String.join(".", parts) + "}";
        }
        return "${" + text(argument).orElse("Fn::GetAtt") + "}";
      case "Fn::Join":
        return join(argument).orElse("${Fn::Join}");
      default:
        return "${" + only.key() + text(argument).map(arg -> " " + arg).orElse("") + "}";
    }
  }

  private Optional<String> join(Node argument) {
    if (!(argument instanceof Node.ListNode) || ((Node.ListNode) argument).items().size() != 2) {
      return Optional.empty();
    }
    Optional<String> delimiter = text(((Node.ListNode) argument).items().get(0));
    Node parts = ((Node.ListNode) argument).items().get(1);
    if (delimiter.isEmpty() || !(parts instanceof Node.ListNode)) {
      return Optional.empty();
    }
    List<String> texts = new ArrayList<>();
    for (Node part : ((Node.ListNode) parts).items()) {
      texts.add(isFunction(part) ? standIn(longForm(part)) : text(part).orElse("?"));
    }
    return Optional.of(String.join(delimiter.get(), texts));
  }

  private String substitute(String template) {
    Matcher m = VARIABLE.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static Optional<String> text(Node node) {
    return node instanceof Node.ScalarNode && !node.isNull() && node.tag().isEmpty()
        ? Optional.of(((Node.ScalarNode) node).text()) : Optional.empty();
  }
}
