package dev.sidecars.formats;

import dev.sidecars.formats.internal.Node;
import dev.sidecars.formats.internal.TreeParser;
import java.util.HashSet;
import java.util.Set;

/**
 * The three manifest dialects, and the rule that tells them apart by content (docs/cli.md): a
 * top-level {@code apiVersion} is a Sidecars manifest; else a top-level {@code itemId} or
 * {@code tenantId} is a Mia-Platform item; else top-level {@code name} and {@code type} are a
 * Copilot manifest.
 */
public enum Dialect {
  /** The Sidecars manifest: {@code apiVersion: sidecars.dev/v1alpha1}. */
  NATIVE("Sidecars manifest"),
  /** An AWS Copilot service or job manifest. */
  COPILOT("Copilot manifest"),
  /** A Mia-Platform marketplace sidecar item. */
  MIA("Mia-Platform sidecar item");

  /** The code of a document whose dialect no rule tells. */
  public static final String UNKNOWN = "manifest.unknown-dialect";

  private final String title;

  Dialect(String title) {
    this.title = title;
  }

  /** @return how messages name a document of this dialect, for example {@code "Copilot manifest"} */
  public String title() {
    return title;
  }

  /**
   * Detects the dialect of a document. YAML is looked at line by line (keys that start in
   * column 0 of the first document), so a document with errors further down is still told
   * apart; a document that starts with <code>{</code> is parsed as JSON, or, when that fails,
   * as a YAML flow mapping.
   *
   * @param text the document
   * @param source its file name, for messages
   * @return the dialect
   * @throws ManifestException with the code {@value #UNKNOWN} when no rule matches, or with the
   *     JSON error's line and column when a document that starts with <code>{</code> parses
   *     neither as JSON nor as YAML
   */
  public static Dialect detect(String text, String source) {
    boolean json = ManifestFormat.detect(text) == ManifestFormat.JSON;
    Set<String> keys = json ? jsonKeys(text, source) : yamlKeys(text);
    if (keys.isEmpty() && !json) {
      keys = parsedKeys(text, source, ManifestFormat.YAML);
    }
    if (keys.contains("apiVersion")) {
      return NATIVE;
    }
    if (keys.contains("itemId") || keys.contains("tenantId")) {
      return MIA;
    }
    if (keys.contains("name") && keys.contains("type")) {
      return COPILOT;
    }
    throw new ManifestException(source, 0, 0, "",
        "cannot tell its format (no top-level apiVersion, itemId, or name and type); name its dialect", UNKNOWN, null);
  }

  private static Set<String> jsonKeys(String text, String source) {
    try {
      return keysOf(new TreeParser(source, true).parse(text, ManifestFormat.JSON));
    } catch (ManifestException json) {
      Set<String> yaml = parsedKeys(text, source, ManifestFormat.YAML);
      if (!yaml.isEmpty()) {
        return yaml; // a YAML flow mapping, which starts with '{' as JSON does
      }
      throw new ManifestException(source, json.line(), json.column(), "",
          "is not valid JSON (" + json.problem() + "); fix the syntax.", json);
    }
  }

  /** Keys of a top-level mapping the line rule misses, such as a flow mapping ({@code {name: api, ...}}). */
  private static Set<String> parsedKeys(String text, String source, ManifestFormat format) {
    try {
      return keysOf(new TreeParser(source).parse(text, format));
    } catch (ManifestException e) {
      // malformed: no keys; the reader of the dialect named reports the syntax error
      return Set.of();
    }
  }

  private static Set<String> keysOf(Node root) {
    return root instanceof Node.MapNode map ? new HashSet<>(map.entries().keySet()) : Set.of();
  }

  /** Keys of the first document's top-level mapping: lines that start in column 0. */
  private static Set<String> yamlKeys(String text) {
    Set<String> keys = new HashSet<>();
    boolean started = false;
    for (String line : text.split("\r?\n", -1)) {
      if (line.startsWith("---")) {
        if (started) {
          break;
        }
        started = true;
        continue;
      }
      if (line.isEmpty() || line.startsWith("#") || Character.isWhitespace(line.charAt(0)) || line.startsWith("-")) {
        continue;
      }
      started = true;
      int colon = line.indexOf(':');
      if (colon > 0) {
        String key = line.substring(0, colon).strip();
        if (key.length() >= 2 && (key.charAt(0) == '"' || key.charAt(0) == '\'')) {
          key = key.substring(1, key.length() - 1);
        }
        keys.add(key.replace("\uFEFF", ""));
      }
    }
    return keys;
  }
}
