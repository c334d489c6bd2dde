package dev.sidecars.formats.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Copilot's {@code ${VAR}} interpolation: every {@code ${NAME}} in a string value is replaced
 * by the variable's value. A variable that is not supplied is an error at the value's line.
 */
public final class Interpolation {
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)\\}");

  private final Reading reading;
  private final Map<String, String> variables;

  /**
   * Creates an interpolation.
   *
   * @param reading the source, for error messages
   * @param variables the values by name
   */
  public Interpolation(Reading reading, Map<String, String> variables) {
    this.reading = reading;
    this.variables = variables;
  }

  /**
   * Whether a text holds a {@code ${NAME}} that interpolation would replace.
   *
   * @param text the text
   * @return true when it does
   */
  public static boolean hasVariable(String text) {
    return text.contains("${") && VARIABLE.matcher(text).find();
  }

  /**
   * Interpolates every string value of a tree.
   *
   * @param node the tree
   * @param path its path
   * @return a tree with the variables replaced
   */
  public Node apply(Node node, String path) {
    if (node instanceof Node.MapNode) {
      Node.MapNode map = (Node.MapNode) node;
      Node.MapNode copy = new Node.MapNode(node.line(), node.column());
      for (Node.Entry entry : map.entries().values()) {
        String entryPath = path.isEmpty() ? entry.key() : path + "." + entry.key();
        copy.put(entry.key(), new Node.Entry(entry.key(), entry.line(), entry.column(), apply(entry.value(), entryPath)));
      }
      return copy;
    }
    if (node instanceof Node.ListNode) {
      List<Node> items = new ArrayList<>();
      List<Node> original = ((Node.ListNode) node).items();
      for (int i = 0; i < original.size(); i++) {
        items.add(apply(original.get(i), path + "[" + i + "]"));
      }
      return new Node.ListNode(node.line(), node.column(), items);
    }
    Node.ScalarNode scalar = (Node.ScalarNode) node;
    if (scalar.type() != Node.ScalarNode.Type.STRING || !scalar.text().contains("${")) {
      return node;
    }
    Matcher matcher = VARIABLE.matcher(scalar.text());
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String value = variables.get(matcher.group(1));
      if (value == null) {
        throw reading.error(node, path, "environment variable \"" + matcher.group(1)
            + "\" is not defined; give it a value (Reader.variables, or --var " + matcher.group(1)
            + "=VALUE on the sidecar command line)");
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(out);
    return new Node.ScalarNode(node.line(), node.column(), Node.ScalarNode.Type.STRING, out.toString());
  }
}
