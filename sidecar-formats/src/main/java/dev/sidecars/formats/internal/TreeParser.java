package dev.sidecars.formats.internal;

import dev.sidecars.formats.ManifestException;
import dev.sidecars.formats.ManifestFormat;
import dev.sidecars.formats.internal.Node.ScalarNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
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

/**
 * Parses one YAML or JSON document into a {@link Node} tree with locations. It bounds what an
 * untrusted file can cost: at most {@value #MAX_DOCUMENT_CHARS} characters, nesting depth
 * {@value #MAX_DEPTH}, and YAML aliases that together stand for at most
 * {@value #MAX_ALIASED_VALUES} values (so no alias bombs). Duplicate keys, a second document
 * and malformed input are errors with line and column.
 *
 * <p>YAML anchors, aliases and merge keys are read as go-yaml reads them for Copilot: an alias
 * stands for the anchored value (with the anchor's location), and {@code <<: *base} or
 * {@code <<: [*a, *b]} adds the keys of the merged maps that the map does not set itself, an
 * earlier map in the list winning over a later one. A value's application tag
 * ({@code !Ref}, as CloudFormation writes its functions) is kept on its node
 * ({@link Node#tag()}); a tagged scalar is a string.
 */
public final class TreeParser {
  /** The largest document accepted, in characters. */
  public static final int MAX_DOCUMENT_CHARS = 4 * 1024 * 1024;
  /** The deepest nesting of maps and lists accepted. */
  public static final int MAX_DEPTH = 64;
  /** snakeyaml-engine's reader buffer, in characters. */
  private static final int DEFAULT_BUFFER = 1024;
  /**
   * The largest document read with the shared factory and its default buffer; a larger one
   * gets a factory with a buffer of its own size (see {@link #yaml(int)}).
   */
  private static final int LARGE_DOCUMENT = 64 * 1024;
  /** How many values all the YAML aliases of a document may stand for together. */
  public static final int MAX_ALIASED_VALUES = 100_000;

  private static final String MERGE_KEY = "<<";
  /** The prefix of YAML's own tags ({@code !!str} and the like), which only say how to read a scalar. */
  private static final String YAML_TAGS = "tag:yaml.org,2002:";

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

  private static final TokenStreamFactory YAML = yaml(DEFAULT_BUFFER);

  /**
   * A YAML factory whose reader holds {@code buffer} characters at once. snakeyaml-engine copies
   * its window each time a token outgrows the buffer, so one long scalar in the default 1024
   * characters costs the square of its length; a document above {@link #LARGE_DOCUMENT} is read
   * with a buffer of its own size instead.
   */
  private static TokenStreamFactory yaml(int buffer) {
    return YAMLFactory.builder()
        .streamReadConstraints(CONSTRAINTS)
        .loadSettings(
            LoadSettings.builder()
                .setCodePointLimit(MAX_DOCUMENT_CHARS)
                .setMaxAliasesForCollections(Integer.MAX_VALUE)
                .setAllowDuplicateKeys(true)
                .setBufferSize(buffer)
                .build())
        .build();
  }

  private final String source;
  private final boolean trailingCommas;
  /** The document being read, for the few plain scalars whose notation decides what they are. */
  private String text = "";
  private List<Integer> lineStarts;
  private final Map<String, Node> anchors = new HashMap<>();
  private Map<Long, String> scalarAnchors = Map.of();
  private Set<Long> mergeKeys = Set.of();
  private final Map<Node, Integer> sizes = new IdentityHashMap<>();
  private long aliasedValues;

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
   *     duplicate key, an unknown alias or aliases that stand for too many values, or holds more
   *     than one document
   */
  public Node parse(String text, ManifestFormat format) {
    TokenStreamFactory factory = start(text, format);
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
      throw malformed(e);
    }
  }

  /**
   * Parses every document of a YAML stream (documents separated by {@code ---}), or one JSON
   * document, with the bounds of {@link #parse}; an empty document is left out. Lines and
   * columns count from the start of the text.
   *
   * @param text the documents
   * @param format their notation
   * @return the root node of each document, in order
   * @throws ManifestException when the text is malformed, too large or too deep
   */
  public List<Node> parseAll(String text, ManifestFormat format) {
    TokenStreamFactory factory = start(text, format);
    List<Node> documents = new ArrayList<>();
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), new SurrogateSafeReader(text))) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        Node root = read(parser, 1, "");
        if (!(root instanceof Node.ScalarNode && ((Node.ScalarNode) root).type() == Node.ScalarNode.Type.NULL)) {
          documents.add(root);
        }
        if (format == ManifestFormat.JSON) {
          JsonToken after = parser.nextToken();
          if (after != null) {
            TokenStreamLocation at = parser.currentTokenLocation();
            throw new ManifestException(source, at.getLineNr(), at.getColumnNr(), "",
                "a JSON file holds one document; found more after the first", null);
          }
          break;
        }
      }
      return documents;
    } catch (JacksonException e) {
      throw malformed(e);
    }
  }

  /** Forgets the last document's anchors and sizes, checks the bound, and picks the factory. */
  private TokenStreamFactory start(String text, ManifestFormat format) {
    this.text = text;
    this.lineStarts = null;
    anchors.clear();
    sizes.clear();
    aliasedValues = 0;
    scalarAnchors = new HashMap<>();
    mergeKeys = new HashSet<>();
    if (format == ManifestFormat.YAML && (text.indexOf('&') >= 0 || text.contains(MERGE_KEY))) {
      scanScalars(text);
    }
    if (text.length() > MAX_DOCUMENT_CHARS) {
      throw new ManifestException(
          source, 0, 0, "", "document is larger than " + MAX_DOCUMENT_CHARS + " characters", null);
    }
    return format == ManifestFormat.YAML ? (text.length() <= LARGE_DOCUMENT ? YAML : yaml(text.length() + 1))
        : trailingCommas ? JSON_WITH_TRAILING_COMMAS : JSON;
  }

  private ManifestException malformed(JacksonException e) {
    if (e.getCause() instanceof MarkedYamlEngineException) {
      return yamlError((MarkedYamlEngineException) e.getCause(), e);
    }
    TokenStreamLocation at = e.getLocation();
    int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
    int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
    return new ManifestException(source, line, column, "", firstLine(e.getOriginalMessage()), e);
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
      return alias(parser.getString(), line, column, path);
    }
    String anchor = parser instanceof YAMLParser
        ? token.isScalarValue() ? scalarAnchors.get(position(line, column)) : ((YAMLParser) parser).getObjectId()
        : null;
    String tag = parser instanceof YAMLParser ? ((YAMLParser) parser).getTypeId() : null;
    Node node = value(parser, token, depth, line, column, path);
    if (tag != null && !tag.isEmpty() && !tag.startsWith(YAML_TAGS)) {
      node.tag(tag);
    }
    if (anchor != null) {
      anchors.put(anchor, node);
    }
    return node;
  }

  private Node alias(String name, int line, int column, String path) {
    Node anchored = anchors.get(name);
    if (anchored == null) {
      throw new ManifestException(source, line, column, path,
          "the alias *" + name + " names no anchor defined before it (&" + name + ")", null);
    }
    aliasedValues += size(anchored);
    if (aliasedValues > MAX_ALIASED_VALUES) {
      throw new ManifestException(source, line, column, path,
          "YAML aliases stand for more than " + MAX_ALIASED_VALUES + " values; expand fewer of them", null);
    }
    return anchored;
  }

  /**
   * Finds, by position, the anchors of scalar values and the plain (unquoted) {@code <<} keys.
   * Jackson reports the anchors of maps and lists but not of scalars, nor whether a key was
   * quoted, so a document that may hold either is scanned once more for its scalar events.
   */
  private void scanScalars(String text) {
    LoadSettings settings = LoadSettings.builder().setCodePointLimit(MAX_DOCUMENT_CHARS)
        .setBufferSize(Math.max(DEFAULT_BUFFER, text.length() + 1)).build();
    try {
      ParserImpl events = new ParserImpl(settings, new StreamReader(settings, new SurrogateSafeReader(text)));
      while (events.hasNext()) {
        Event event = events.next();
        if (!(event instanceof ScalarEvent)) {
          continue;
        }
        ScalarEvent scalar = (ScalarEvent) event;
        Mark at = event.getStartMark().orElseThrow();
        long position = position(at.getLine() + 1, at.getColumn() + 1);
        scalar.getAnchor().ifPresent(anchor -> scalarAnchors.put(position, anchor.getValue()));
        if (scalar.getValue().equals(MERGE_KEY) && scalar.isPlain()) {
          mergeKeys.add(position);
        }
      }
    } catch (YamlEngineException e) {
      // the main parse reports the syntax error with its location
    }
  }

  /** The spellings of null that the YAML parser reads as strings. */
  private static final Set<String> NULLS = Set.of("~", "Null", "NULL");
  /** The spellings of true and false that the YAML parser reads as strings, and go-yaml does not. */
  private static final Set<String> BOOLEANS = Set.of("True", "TRUE", "False", "FALSE");

  /** Whether the scalar at a line and column is written plain (not quoted), as it starts there. */
  private boolean plainAt(int line, int column) {
    if (lineStarts == null) {
      lineStarts = new ArrayList<>();
      lineStarts.add(0);
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          lineStarts.add(i + 1);
        }
      }
    }
    if (line < 1 || line > lineStarts.size()) {
      return false;
    }
    // columns count code points, as the YAML reader does
    int start = lineStarts.get(line - 1);
    int end = line < lineStarts.size() ? lineStarts.get(line) : text.length();
    if (column < 1 || text.codePointCount(start, end) < column) {
      return false;
    }
    int offset = text.offsetByCodePoints(start, column - 1);
    return text.charAt(offset) != '"' && text.charAt(offset) != '\'';
  }

  private static long position(int line, int column) {
    return ((long) line << 32) | column;
  }

  /** The number of values in a tree, an alias counted as often as it is used. */
  private int size(Node node) {
    Integer known = sizes.get(node);
    if (known != null) {
      return known;
    }
    long size = 1;
    if (node instanceof Node.MapNode) {
      for (Node.Entry entry : ((Node.MapNode) node).entries().values()) {
        size += size(entry.value());
      }
    } else if (node instanceof Node.ListNode) {
      for (Node item : ((Node.ListNode) node).items()) {
        size += size(item);
      }
    }
    int bounded = (int) Math.min(size, Integer.MAX_VALUE);
    sizes.put(node, bounded);
    return bounded;
  }

  private Node value(JsonParser parser, JsonToken token, int depth, int line, int column, String path) {
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
        String string = parser.getString();
        if (parser instanceof YAMLParser && NULLS.contains(string) && plainAt(line, column)) {
          // YAML's other spellings of null, as go-yaml and YAML 1.2's core schema read them
          return new ScalarNode(line, column, ScalarNode.Type.NULL, "null");
        }
        if (parser instanceof YAMLParser && BOOLEANS.contains(string) && plainAt(line, column)) {
          return new ScalarNode(line, column, ScalarNode.Type.BOOLEAN, string);
        }
        return new ScalarNode(line, column, ScalarNode.Type.STRING, string);
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
    List<Node.MapNode> merged = new ArrayList<>();
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String key = parser.currentName();
      TokenStreamLocation keyAt = parser.currentTokenLocation();
      if (key.equals(MERGE_KEY) && mergeKeys.contains(position(keyAt.getLineNr(), keyAt.getColumnNr()))) {
        if (!merged.isEmpty()) {
          throw new ManifestException(source, keyAt.getLineNr(), keyAt.getColumnNr(), path,
              "duplicate merge key '<<'; merge several maps with <<: [*a, *b]", null);
        }
        parser.nextToken();
        merged.addAll(mergedMaps(read(parser, depth + 1, path.isEmpty() ? key : path + "." + key), path));
        continue;
      }
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
    for (Node.MapNode base : merged) {
      for (Node.Entry entry : base.entries().values()) {
        if (!map.entries().containsKey(entry.key())) {
          map.put(entry.key(), entry);
        }
      }
    }
    return map;
  }

  /** The maps a merge key names, in order: one map, or a list of maps. */
  private List<Node.MapNode> mergedMaps(Node value, String path) {
    if (value instanceof Node.MapNode) {
      return List.of((Node.MapNode) value);
    }
    if (value instanceof Node.ListNode) {
      List<Node.MapNode> maps = new ArrayList<>();
      for (Node item : ((Node.ListNode) value).items()) {
        if (!(item instanceof Node.MapNode)) {
          throw new ManifestException(source, item.line(), item.column(), path,
              "a merge key '<<' takes a map or a list of maps, got " + item.describe() + " in the list", null);
        }
        maps.add((Node.MapNode) item);
      }
      return maps;
    }
    throw new ManifestException(source, value.line(), value.column(), path,
        "a merge key '<<' takes a map or a list of maps, got " + value.describe(), null);
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
    // Jackson's "(for Array starting at [Source: REDACTED ...])" says nothing the line and column do not
    return (newline < 0 ? message : message.substring(0, newline))
        .replaceFirst("\\s*\\(for \\w+ starting at \\[Source: .*$", "").trim();
  }
}
