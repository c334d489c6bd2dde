package dev.sidecars.formats;

import dev.sidecars.formats.internal.NativeReader;
import dev.sidecars.formats.internal.NativeWriter;
import dev.sidecars.formats.internal.Node;
import dev.sidecars.formats.internal.Reading;
import dev.sidecars.formats.internal.TreeEmitter;
import dev.sidecars.formats.internal.TreeParser;
import dev.sidecars.model.Catalog;
import dev.sidecars.model.ContainerPatch;
import dev.sidecars.model.SidecarTemplate;
import dev.sidecars.model.SourceMap;
import dev.sidecars.model.Workload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads and writes the native Sidecars manifest: one YAML or JSON document that describes a
 * {@link Workload} ({@code kind: Workload}) or a {@link SidecarTemplate}
 * ({@code kind: SidecarTemplate}) with the model's own field names. {@code docs/manifest.md}
 * describes every field.
 *
 * <pre>{@code
 * NativeManifest manifest = NativeManifest.create();
 * Workload api = manifest.readWorkload(Path.of("api.sidecars.yml"));
 * String yaml = manifest.write(api, ManifestFormat.YAML);
 * }</pre>
 *
 * <p>Reading is strict: unknown fields (with a "did you mean" hint), wrong types, duplicate
 * keys, YAML aliases, more than one document and malformed text are {@link
 * ManifestException}s naming file, line, column and field path. Writing is deterministic: the
 * same value gives the same text, and reading it back gives an equal value.
 *
 * <p>An instance holds no mutable state and may be shared between threads.
 */
public final class NativeManifest {
  private static final NativeManifest INSTANCE = new NativeManifest();

  private final NativeWriter writer = new NativeWriter();

  private NativeManifest() {}

  /** @return the manifest reader and writer */
  public static NativeManifest create() {
    return INSTANCE;
  }

  /**
   * Reads a workload from a file; the notation is JSON for a {@code .json} file, else
   * detected from the content.
   *
   * @param file the file, UTF-8
   * @return the workload
   * @throws ManifestException when the file cannot be read or is no valid workload manifest
   */
  public Workload readWorkload(Path file) {
    return readWorkload(ManifestFiles.read(file), file.toString());
  }

  /**
   * Reads a workload from a text.
   *
   * @param text the document, YAML or JSON (detected)
   * @param source the name used in error messages, for example a file name
   * @return the workload
   * @throws ManifestException when the text is no valid workload manifest
   */
  public Workload readWorkload(String text, String source) {
    Reading reading = new Reading(source).withoutOrigins();
    return reading.run(() -> new NativeReader(reading).workload(parse(text, source, ManifestFormat.detect(text))));
  }

  /**
   * Reads a workload with the origin of each of its elements, for validation messages that
   * point at lines.
   *
   * @param text the document, YAML or JSON (detected)
   * @param source the name used in messages
   * @return the workload and its origins
   * @throws ManifestException when the text is no valid workload manifest
   */
  public Sourced<Workload> readWorkloadWithSources(String text, String source) {
    Reading reading = new Reading(source);
    Workload workload = reading.run(() -> new NativeReader(reading).workload(parse(text, source, ManifestFormat.detect(text))));
    return new Sourced<>(workload, SourceMap.of(reading.origins()), reading.warnings());
  }

  /**
   * Reads a workload whose sidecars may name catalog templates, with the origin of each of its
   * elements. A sidecar with a {@code template: {tenantId, itemId, version}} entry is that
   * template's container, renamed and changed by the entry's other fields, which read as a
   * {@code ContainerPatch} does (docs/manifest.md).
   *
   * @param text the document, YAML or JSON (detected)
   * @param source the name used in messages
   * @param catalog where the templates are looked up
   * @return the workload, with every template resolved, and its origins
   * @throws ManifestException when the text is no valid workload manifest or names a template
   *     the catalog does not have
   */
  public Sourced<Workload> readWorkloadWithSources(String text, String source, Catalog catalog) {
    Reading reading = new Reading(source);
    Workload workload = reading.run(() -> new NativeReader(reading, Optional.of(catalog))
        .workload(parse(text, source, ManifestFormat.detect(text))));
    return new Sourced<>(workload, SourceMap.of(reading.origins()), reading.warnings());
  }

  /**
   * Reads a container patch ({@code kind: ContainerPatch}): container fields without a name;
   * maps and keyed lists are upserted unless listed under {@code replace}, and
   * {@code remove} names the keys to drop (docs/manifest.md).
   *
   * @param text the document, YAML or JSON (detected)
   * @param source the name used in error messages
   * @return the patch
   * @throws ManifestException when the text is no valid patch document
   */
  public ContainerPatch readPatch(String text, String source) {
    Reading reading = new Reading(source).withoutOrigins();
    return reading.run(() -> new NativeReader(reading).patch(parse(text, source, ManifestFormat.detect(text))));
  }

  /**
   * Reads a container patch from a file.
   *
   * @param file the file, UTF-8
   * @return the patch
   * @throws ManifestException when the file cannot be read or is no valid patch document
   */
  public ContainerPatch readPatch(Path file) {
    return readPatch(ManifestFiles.read(file), file.toString());
  }

  /**
   * Reads a sidecar template with the origin of each of its elements.
   *
   * @param text the document, YAML or JSON (detected)
   * @param source the name used in messages
   * @return the template and its origins
   * @throws ManifestException when the text is no valid template manifest
   */
  public Sourced<SidecarTemplate> readTemplateWithSources(String text, String source) {
    Reading reading = new Reading(source);
    SidecarTemplate template = reading.run(() -> new NativeReader(reading).template(parse(text, source, ManifestFormat.detect(text))));
    return new Sourced<>(template, SourceMap.of(reading.origins()), reading.warnings());
  }

  /**
   * Reads a sidecar template from a file.
   *
   * @param file the file, UTF-8
   * @return the template
   * @throws ManifestException when the file cannot be read or is no valid template manifest
   */
  public SidecarTemplate readTemplate(Path file) {
    return readTemplate(ManifestFiles.read(file), file.toString());
  }

  /**
   * Reads a sidecar template from a text.
   *
   * @param text the document, YAML or JSON (detected)
   * @param source the name used in error messages
   * @return the template
   * @throws ManifestException when the text is no valid template manifest
   */
  public SidecarTemplate readTemplate(String text, String source) {
    Reading reading = new Reading(source).withoutOrigins();
    return reading.run(() -> new NativeReader(reading).template(parse(text, source, ManifestFormat.detect(text))));
  }

  /**
   * Tells which kind of document a text holds, after checking its {@code apiVersion}.
   *
   * @param text the document
   * @param source the name used in error messages
   * @return {@code "Workload"}, {@code "SidecarTemplate"} or {@code "ContainerPatch"}
   * @throws ManifestException when the text is malformed or has no known kind
   */
  public String kindOf(String text, String source) {
    Reading reading = new Reading(source);
    return reading.run(() -> new NativeReader(reading).kind(parse(text, source, ManifestFormat.detect(text))));
  }

  /**
   * Writes a workload.
   *
   * @param workload the workload
   * @param format YAML or JSON
   * @return the document, ending in a newline
   */
  public String write(Workload workload, ManifestFormat format) {
    return TreeEmitter.write(writer.workload(workload), format);
  }

  /**
   * Writes a sidecar template.
   *
   * @param template the template
   * @param format YAML or JSON
   * @return the document, ending in a newline
   */
  public String write(SidecarTemplate template, ManifestFormat format) {
    return TreeEmitter.write(writer.template(template), format);
  }

  /**
   * Writes a workload to a file, in JSON when its name ends in {@code .json}, else in YAML.
   *
   * @param workload the workload
   * @param file the file, replaced if it exists
   * @throws UncheckedIOException when the file cannot be written
   */
  public void write(Workload workload, Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    String text = write(workload, name.endsWith(".json") ? ManifestFormat.JSON : ManifestFormat.YAML);
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static Node parse(String text, String source, ManifestFormat format) {
    return new TreeParser(source).parse(text, format);
  }
}
