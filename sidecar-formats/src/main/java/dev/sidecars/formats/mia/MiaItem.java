package dev.sidecars.formats.mia;

import dev.sidecars.formats.ManifestException;
import dev.sidecars.formats.ManifestFiles;
import dev.sidecars.formats.ManifestFormat;
import dev.sidecars.formats.ManifestWarning;
import dev.sidecars.formats.internal.MiaReader;
import dev.sidecars.formats.internal.MiaWriter;
import dev.sidecars.formats.internal.Node;
import dev.sidecars.formats.internal.Reading;
import dev.sidecars.formats.internal.TrailingCommas;
import dev.sidecars.formats.internal.TreeEmitter;
import dev.sidecars.formats.internal.TreeParser;
import dev.sidecars.model.SidecarTemplate;
import dev.sidecars.model.SourceMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Mia-Platform marketplace item of type {@code sidecar}, in JSON or YAML, read into a
 * {@link SidecarTemplate}: {@code name} is the title, {@code resources} the default container
 * (ports from {@code containerPorts}, {@code from} being the Service port and {@code to} the
 * container port; {@code defaultArgs} the command; variables by {@code valueType}; probes;
 * {@code min}/{@code max} resources; ConfigMaps and secrets).
 *
 * <pre>{@code
 * MiaItem item = MiaItem.read(Path.of("my-sidecar.json"));
 * Container instance = item.template().instantiate(ContainerPatch.builder().image("ghcr.io/my-sidecar:2.0").build());
 * }</pre>
 *
 * <p>The documented schema's rules are checked: the required fields, {@code type: "sidecar"}
 * (or the current schema's {@code itemTypeDefinitionRef}), ports as integers or numeric
 * strings, protocol {@code TCP} or {@code UDP}. The current catalog schema's other fields are
 * accepted and kept. Trailing commas in JSON, which the documentation's own example has, are
 * accepted with a warning. {@code {{PLACEHOLDER}}} values are replaced when a value is given
 * and kept as written otherwise.
 *
 * <p>{@link #write()} gives the item back; {@link #withTemplate} writes a changed template into
 * it, keeping the file's own form of every unchanged field and every field the model does not
 * hold.
 */
public final class MiaItem {
  private final String source;
  private final ManifestFormat format;
  private final Node.MapNode raw;
  private final SidecarTemplate template;
  private final boolean modified;
  private final SourceMap sources;
  private final List<ManifestWarning> warnings;
  private final Map<String, ManifestWarning> unresolved;

  private MiaItem(String source, ManifestFormat format, Node.MapNode raw, SidecarTemplate template,
      boolean modified, SourceMap sources, List<ManifestWarning> warnings, Map<String, ManifestWarning> unresolved) {
    this.source = source;
    this.format = format;
    this.raw = raw;
    this.template = template;
    this.modified = modified;
    this.sources = sources;
    this.warnings = Collections.unmodifiableList(new ArrayList<>(warnings));
    this.unresolved = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unresolved));
  }

  /**
   * The {@code {{PLACEHOLDER}}}s the item uses that were given no value, each with a warning
   * at its first use. They stay in the template as written, which suits a catalog item; a
   * workload rendered from it would run with the placeholder's text.
   *
   * @return a warning ({@value #UNRESOLVED}) by placeholder name, in document order
   */
  public Map<String, ManifestWarning> unresolvedPlaceholders() {
    return unresolved;
  }

  /** Code of the warning for a placeholder without a value. */
  public static final String UNRESOLVED = "manifest.unresolved-placeholder";

  /** @return a strict reader without placeholder values */
  public static Reader reader() {
    return new Reader(Map.of(), false);
  }

  /**
   * Reads an item strictly.
   *
   * @param text the item, JSON or YAML (detected)
   * @param source the name used in messages
   * @return the item
   * @throws ManifestException when the item is malformed
   */
  public static MiaItem read(String text, String source) {
    return reader().read(text, source);
  }

  /**
   * Reads an item file strictly.
   *
   * @param file the file, UTF-8
   * @return the item
   * @throws ManifestException when the file cannot be read or the item is malformed
   */
  public static MiaItem read(Path file) {
    return reader().read(file);
  }

  /**
   * A new item for a template, written in the given notation.
   *
   * @param template the template; it needs a description and documentation
   * @param format JSON or YAML
   * @return the item
   */
  public static MiaItem of(SidecarTemplate template, ManifestFormat format) {
    return new MiaItem("(new item)", format, null, template, true, SourceMap.empty(), List.of(), Map.of());
  }

  /** @return the template */
  public SidecarTemplate template() {
    return template;
  }

  /** @return where each element of the template came from */
  public SourceMap sources() {
    return sources;
  }

  /** @return what the reader tolerated (trailing commas, skipped fields when lenient) */
  public List<ManifestWarning> warnings() {
    return warnings;
  }

  /** @return the notation the item was read in (and is written in) */
  public ManifestFormat format() {
    return format;
  }

  /**
   * This item with another template, to write a changed template back.
   *
   * @param replacement the template
   * @return the item holding it
   */
  public MiaItem withTemplate(SidecarTemplate replacement) {
    return new MiaItem(source, format, raw, replacement, true, sources, warnings, Map.of());
  }

  /**
   * The item in its notation.
   *
   * @return the text
   * @throws ManifestException when the template holds what an item cannot express (a build,
   *     an entrypoint, a health check, an ECS secret, ...), naming it
   */
  public String write() {
    return write(format);
  }

  /**
   * The item in a notation.
   *
   * @param notation JSON or YAML
   * @return the text
   */
  public String write(ManifestFormat notation) {
    Object tree = modified ? new MiaWriter(source).write(template, Optional.ofNullable(raw)) : raw.toPlain();
    return TreeEmitter.write(tree, notation);
  }

  /** How to read items: placeholder values and strictness. Immutable. */
  public static final class Reader {
    private final Map<String, String> placeholders;
    private final boolean lenient;

    private Reader(Map<String, String> placeholders, boolean lenient) {
      this.placeholders = Map.copyOf(placeholders);
      this.lenient = lenient;
    }

    /**
     * Values for {@code {{NAME}}} placeholders.
     *
     * @param placeholders values by name
     * @return a reader with them
     */
    public Reader placeholders(Map<String, String> placeholders) {
      return new Reader(placeholders, lenient);
    }

    /**
     * Whether unknown fields are skipped with a warning rather than rejected.
     *
     * @param lenient true to warn
     * @return a reader with this strictness
     */
    public Reader lenient(boolean lenient) {
      return new Reader(placeholders, lenient);
    }

    /**
     * Reads an item file.
     *
     * @param file the file
     * @return the item
     * @throws ManifestException when the file cannot be read or the item is malformed
     */
    public MiaItem read(Path file) {
      return read(ManifestFiles.read(file), file.toString());
    }

    /**
     * Reads an item.
     *
     * @param text JSON or YAML (detected)
     * @param source the name used in messages
     * @return the item
     * @throws ManifestException when the item is malformed
     */
    public MiaItem read(String text, String source) {
      ManifestFormat format = ManifestFormat.detect(text);
      Reading reading = new Reading(source, lenient);
      Node root = new TreeParser(source, true).parse(text, format);
      List<ManifestWarning> warnings = new ArrayList<>();
      if (format == ManifestFormat.JSON) {
        for (int[] comma : TrailingCommas.find(text)) {
          warnings.add(new ManifestWarning(source, comma[0], comma[1], "",
              "trailing comma; JSON does not allow it (accepted, as in the Mia-Platform documentation's example)"));
        }
      }
      MiaReader reader = new MiaReader(reading, placeholders);
      SidecarTemplate template = reading.run(() -> reader.item(root));
      warnings.addAll(reading.warnings());
      Map<String, ManifestWarning> unresolved = new java.util.LinkedHashMap<>();
      reader.unresolved().forEach((name, node) -> unresolved.put(name, new ManifestWarning(source, node.line(),
          node.column(), "", "the placeholder {{" + name + "}} has no value, so it stays as written; give it with "
              + "--var " + name + "=VALUE (MiaItem.Reader.placeholders)", UNRESOLVED)));
      return new MiaItem(source, format, reading.mapNode(root, ""), template, false,
          SourceMap.of(reading.origins()), warnings, unresolved);
    }
  }
}
