package dev.sidecars.cli.internal;

import dev.sidecars.formats.ManifestFormat;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The three manifest dialects, and the rule that tells them apart by content (docs/cli.md):
 * a top-level {@code apiVersion} is a Sidecars manifest; else a top-level {@code itemId} or
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

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  private final String title;

  Dialect(String title) {
    this.title = title;
  }

  /** @return how messages name a document of this dialect */
  public String title() {
    return title;
  }

  /**
   * Detects the dialect of a document.
   *
   * @param text the document
   * @param file its file, for the message
   * @return the dialect
   * @throws CliException with exit code 2 when no rule matches
   */
  public static Dialect detect(String text, Path file) {
    boolean json = ManifestFormat.detect(text) == ManifestFormat.JSON;
    Set<String> keys = json ? jsonKeys(text, file) : yamlKeys(text);
    if (keys.isEmpty() && !json) {
      keys = parsedYamlKeys(text);
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
    throw new CliException(CliException.UNUSABLE, file
        + ": cannot tell its format (no top-level apiVersion, itemId, or name and type); pass --format native, copilot or mia.");
  }

  private static Set<String> jsonKeys(String text, Path file) {
    Set<String> keys = new HashSet<>();
    try {
      JsonNode root = JSON.readTree(text);
      if (root != null && root.isObject()) {
        root.properties().forEach(e -> keys.add(e.getKey()));
      }
    } catch (JacksonException e) {
      Set<String> yaml = parsedYamlKeys(text);
      if (!yaml.isEmpty()) {
        return yaml; // a YAML flow mapping, which starts with '{' as JSON does
      }
      String at = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
      throw new CliException(CliException.UNUSABLE,
          file + at + ": is not valid JSON (" + e.getOriginalMessage() + "); fix the syntax.", e);
    }
    return keys;
  }

  /** Keys of a top-level mapping the line rule misses, such as a flow mapping ({@code {name: api, ...}}). */
  private static Set<String> parsedYamlKeys(String text) {
    Set<String> keys = new HashSet<>();
    try {
      JsonNode root = YAML.readTree(text);
      if (root != null && root.isObject()) {
        root.properties().forEach(e -> keys.add(e.getKey()));
      }
    } catch (JacksonException e) {
      // Malformed YAML: no keys; the message asks for --format, whose reader reports the syntax error.
      return keys;
    }
    return keys;
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
