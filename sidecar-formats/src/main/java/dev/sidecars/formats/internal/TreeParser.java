package dev.sidecars.formats.internal;

import dev.sidecars.formats.ManifestException;
import dev.sidecars.formats.ManifestFormat;
import dev.sidecars.formats.internal.Node.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * Parses one YAML or JSON document into a {@link Node} tree with locations. It bounds what an
 * untrusted file can cost: at most {@value #MAX_DOCUMENT_CHARS} characters, nesting depth
 * {@value #MAX_DEPTH}, and no YAML aliases (so no alias bombs). Duplicate keys, a second
 * document and malformed input are errors with line and column.
 */
public final class TreeParser {
  /** The largest document accepted, in characters. */
  public static final int MAX_DOCUMENT_CHARS = 4 * 1024 * 1024;
  /** The deepest nesting of maps and lists accepted. */
  public static final int MAX_DEPTH = 64;

  private static final StreamReadConstraints CONSTRAINTS =
      StreamReadConstraints.builder()
          // a backstop only: the tree builder stops at MAX_DEPTH first, with line and path
          .maxNestingDepth(MAX_DEPTH + 8)
          .maxDocumentLength(MAX_DOCUMENT_CHARS)
          .build();

  private static final TokenStreamFactory JSON =
      JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();

  private static final TokenStreamFactory JSON_WITH_TRAILING_COMMAS =
      JsonFactory.builder()
          .streamReadConstraints(CONSTRAINTS)
          .enable(tools.jackson.core.json.JsonReadFeature.ALLOW_TRAILING_COMMA)
          .build();

  private static final TokenStreamFactory YAML =
      YAMLFactory.builder()
          .streamReadConstraints(CONSTRAINTS)
          .loadSettings(
              LoadSettings.builder()
                  .setCodePointLimit(MAX_DOCUMENT_CHARS)
                  .setMaxAliasesForCollections(0)
                  .setAllowDuplicateKeys(true)
                  .build())
          .build();

  private final String source;
  private final boolean trailingCommas;

  /**
   * A strict parser whose errors name the given source.
   *
   * @param source the file name or other description of where the text came from
   */
  public TreeParser(String source) {
    this(source, false);
  }

  /**
   * A parser whose errors name the given source.
   *
   * @param source the file name or other description of where the text came from
   * @param trailingCommas whether JSON may have a comma before a closing bracket or brace
   */
  public TreeParser(String source, boolean trailingCommas) {
    this.source = source;
    this.trailingCommas = trailingCommas;
  }

  /**
   * Parses a text.
   *
   * @param text the document
   * @param format its notation
   * @return the root node
   * @throws ManifestException when the text is malformed, too large or too deep, holds a
   *     duplicate key or an alias, or holds more than one document
   */
  public Node parse(String text, ManifestFormat format) {
    if (text.length() > MAX_DOCUMENT_CHARS) {
      throw new ManifestException(
          source, 0, 0, "", "document is larger than " + MAX_DOCUMENT_CHARS + " characters", null);
    }
    TokenStreamFactory factory =
        format == ManifestFormat.YAML ? YAML : trailingCommas ? JSON_WITH_TRAILING_COMMAS : JSON;
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), new SurrogateSafeReader(text))) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new ManifestException(source, 1, 1, "", "the document is empty", null);
      }
      Node root = read(parser, 1, "");
      JsonToken after = parser.nextToken();
      if (after != null) {
        TokenStreamLocation at = parser.currentTokenLocation();
        throw new ManifestException(
            source,
            at.getLineNr(),
            at.getColumnNr(),
            "",
            "a manifest holds one document; found more after the first",
            null);
      }
      return root;
    } catch (JacksonException e) {
      if (e.getCause() instanceof MarkedYamlEngineException) {
        throw yamlError((MarkedYamlEngineException) e.getCause(), e);
      }
      TokenStreamLocation at = e.getLocation();
      int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
      int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
      throw new ManifestException(source, line, column, "", firstLine(e.getOriginalMessage()), e);
    }
  }

  private Node read(JsonParser parser, int depth, String path) {
    TokenStreamLocation at = parser.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    JsonToken token = parser.currentToken();
    if (depth > MAX_DEPTH) {
      throw new ManifestException(
          source, line, column, path, "nesting is deeper than " + MAX_DEPTH + " levels", null);
    }
    if (parser instanceof YAMLParser && ((YAMLParser) parser).isCurrentAlias()) {
      throw new ManifestException(
          source, line, column, path, "YAML aliases (*" + parser.getString() + ") are not supported in manifests", null);
    }
    switch (token) {
      case START_OBJECT:
        return readMap(parser, depth, line, column, path);
      case START_ARRAY:
        List<Node> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(read(parser, depth + 1, path + "[" + items.size() + "]"));
        }
        return new Node.ListNode(line, column, items);
      case VALUE_STRING:
        return new ScalarNode(line, column, ScalarNode.Type.STRING, parser.getString());
      case VALUE_NUMBER_INT:
        return new ScalarNode(line, column, ScalarNode.Type.INTEGER, parser.getString());
      case VALUE_NUMBER_FLOAT:
        return new ScalarNode(line, column, ScalarNode.Type.DECIMAL, parser.getString());
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new ScalarNode(line, column, ScalarNode.Type.BOOLEAN, parser.getString());
      case VALUE_NULL:
        return new ScalarNode(line, column, ScalarNode.Type.NULL, "null");
      default:
        throw new ManifestException(
            source, line, column, path, "unsupported value (" + token + ")", null);
    }
  }

  private Node readMap(JsonParser parser, int depth, int line, int column, String path) {
    Node.MapNode map = new Node.MapNode(line, column);
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String key = parser.currentName();
      TokenStreamLocation keyAt = parser.currentTokenLocation();
      if (map.entries().containsKey(key)) {
        Node.Entry first = map.entries().get(key);
        throw new ManifestException(
            source,
            keyAt.getLineNr(),
            keyAt.getColumnNr(),
            path,
            "duplicate key '" + key + "' (first at line " + first.line() + ")",
            null);
      }
      parser.nextToken();
      Node value = read(parser, depth + 1, path.isEmpty() ? key : path + "." + key);
      map.put(key, new Node.Entry(key, keyAt.getLineNr(), keyAt.getColumnNr(), value));
    }
    return map;
  }

  /**
   * A YAML syntax error with snakeyaml-engine's problem and its mark: "expected ',' or ']', but
   * got : (in the flow sequence that starts at line 8, column 12)".
   */
  private ManifestException yamlError(MarkedYamlEngineException yaml, JacksonException e) {
    String problem = yaml.getProblem() == null ? firstLine(yaml.getMessage()) : yaml.getProblem();
    String context = yaml.getContext();
    if (context != null && yaml.getContextMark().isPresent()) {
      Mark mark = yaml.getContextMark().get();
      problem += " (" + context + " that starts at line " + (mark.getLine() + 1)
          + ", column " + (mark.getColumn() + 1) + ")";
    }
    Mark at = yaml.getProblemMark().orElse(yaml.getContextMark().orElse(null));
    return new ManifestException(
        source,
        at == null ? 0 : at.getLine() + 1,
        at == null ? 0 : at.getColumn() + 1,
        "",
        problem,
        e);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "malformed document";
    }
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).trim();
  }
}
