package dev.sidecars.formats.internal;

import dev.sidecars.formats.ManifestException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Copilot's {@code ${NAME}} interpolation ({@code internal/pkg/manifest/interpolate.go}), run on
 * every string value of the tree before it is read (keys are left alone, as in Copilot):
 * <ul>
 *   <li>a name is a letter or {@code _} followed by letters, digits and {@code _};
 *   <li>{@code \${NAME}} is an escape: the backslash goes and {@code ${NAME}} stays;
 *   <li>Copilot's predefined {@code COPILOT_APPLICATION_NAME} and
 *       {@code COPILOT_ENVIRONMENT_NAME} take the application's and environment's names, and a
 *       variable of the same name with another value is an error;
 *   <li>other names take their value from the variables (the shell, in Copilot); a name
 *       without one is an error;
 *   <li>each occurrence is replaced in the whole string, in the order found, as Copilot's
 *       {@code strings.ReplaceAll} does;
 *   <li>a string that then reads as a non-empty JSON list of strings becomes that list.
 * </ul>
 *
 * <p>A predefined name without a value (no application given, or no environment chosen) is
 * left as written and listed in {@link #unresolved()}, so that a manifest can be checked before
 * those are known.
 */
public final class Interpolation {
  /** The application's name. */
  public static final String APPLICATION = "COPILOT_APPLICATION_NAME";
  /** The environment's name. */
  public static final String ENVIRONMENT = "COPILOT_ENVIRONMENT_NAME";

  private static final Pattern VARIABLE = Pattern.compile("(\\\\?)\\$\\{([_a-zA-Z][_a-zA-Z0-9]*)\\}");
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private final Reading reading;
  private final Map<String, String> variables;
  private final Map<String, Optional<String>> predefined;
  private final Map<String, Node> unresolved = new LinkedHashMap<>();

  /**
   * Creates an interpolation.
   *
   * @param reading the source, for error messages
   * @param variables the values of other names, by name
   * @param predefined the values of Copilot's predefined names, empty where not known
   */
  public Interpolation(Reading reading, Map<String, String> variables, Map<String, Optional<String>> predefined) {
    this.reading = reading;
    this.variables = variables;
    this.predefined = predefined;
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
   * The text Copilot reads back as the given text: a backslash before every {@code ${NAME}}.
   *
   * @param text the text to keep
   * @return the escaped text
   */
  public static String escape(String text) {
    if (!text.contains("${")) {
      return text;
    }
    Matcher matcher = VARIABLE.matcher(text);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (matcher.find()) {
      int dollar = matcher.start(2) - 2;
      out.append(text, last, dollar).append('\\').append(text, dollar, matcher.end());
      last = matcher.end();
    }
    return out.append(text, last, text.length()).toString();
  }

  /**
   * Whether Copilot reads a string as a list: a non-empty JSON list of strings.
   *
   * @param text the string
   * @return true when it does
   */
  public static boolean isJsonList(String text) {
    return jsonStrings(text).isPresent();
  }

  /** @return the predefined names left unresolved, with the first value that used each */
  public Map<String, Node> unresolved() {
    return unresolved;
  }

  /**
   * Interpolates every string value of a tree.
   *
   * @param node the tree
   * @param path its path
   * @return a tree with the variables replaced
   * @throws ManifestException for a name without a value, or a predefined name the variables
   *     contradict
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
    if (scalar.type() != Node.ScalarNode.Type.STRING) {
      return node;
    }
    String text = scalar.text().contains("${") ? interpolate(scalar, path) : scalar.text();
    Optional<List<String>> list = jsonStrings(text);
    if (list.isPresent()) {
      List<Node> items = new ArrayList<>();
      for (String item : list.get()) {
        items.add(new Node.ScalarNode(node.line(), node.column(), Node.ScalarNode.Type.STRING, item));
      }
      return new Node.ListNode(node.line(), node.column(), items, Optional.of(text));
    }
    return text.equals(scalar.text()) ? node : new Node.ScalarNode(node.line(), node.column(), Node.ScalarNode.Type.STRING, text);
  }

  private String interpolate(Node.ScalarNode node, String path) {
    String original = node.text();
    Matcher matcher = VARIABLE.matcher(original);
    String replaced = original;
    while (matcher.find()) {
      String name = matcher.group(2);
      String segment = "${" + name + "}";
      if (!matcher.group(1).isEmpty()) {
        replaced = replaced.replace("\\" + segment, segment);
        continue;
      }
      Optional<String> value = value(name, node, path);
      if (value.isPresent()) {
        replaced = replaced.replace(segment, value.get());
      }
    }
    return replaced;
  }

  private Optional<String> value(String name, Node node, String path) {
    String given = variables.get(name);
    if (predefined.containsKey(name)) {
      Optional<String> known = predefined.get(name);
      if (known.isPresent() && given != null && !given.equals(known.get())) {
        throw reading.error(node, path, "predefined environment variable \"" + name
            + "\" cannot be overridden by OS environment variable with the same name");
      }
      Optional<String> value = known.or(() -> Optional.ofNullable(given));
      if (value.isEmpty()) {
        unresolved.putIfAbsent(name, node);
      }
      return value;
    }
    if (given == null) {
      throw reading.error(node, path, "environment variable \"" + name + "\" is not defined; give it a value "
          + "(in the environment, with --var " + name + "=VALUE, or with Reader.variables)");
    }
    return Optional.of(given);
  }

  /** The strings of a text that is a non-empty JSON list of strings, as Go's json.Unmarshal reads it. */
  private static Optional<List<String>> jsonStrings(String text) {
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    if (start == text.length() || text.charAt(start) != '[') {
      return Optional.empty();
    }
    List<String> strings = new ArrayList<>();
    try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), text)) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        return Optional.empty();
      }
      JsonToken token;
      while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
        if (token == JsonToken.VALUE_STRING) {
          strings.add(parser.getString());
        } else if (token == JsonToken.VALUE_NULL) {
          strings.add("");
        } else {
          return Optional.empty();
        }
      }
      if (parser.nextToken() != null) {
        return Optional.empty();
      }
    } catch (JacksonException e) {
      return Optional.empty();
    }
    return strings.isEmpty() ? Optional.empty() : Optional.of(strings);
  }
}
