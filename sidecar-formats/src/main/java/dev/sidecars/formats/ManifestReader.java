package dev.sidecars.formats;

import dev.sidecars.formats.copilot.CopilotManifest;
import dev.sidecars.formats.mia.MiaItem;
import dev.sidecars.model.Catalog;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a manifest of any dialect: a Sidecars manifest (workload, template or patch), a
 * Copilot manifest or a Mia-Platform sidecar item, detected by {@link Dialect#detect} unless
 * named. The settings are those the dialects' own readers take; each applies where it means
 * something and is ignored elsewhere.
 *
 * <pre>{@code
 * LoadedManifest manifest = ManifestReader.create().read(Path.of("copilot/api/manifest.yml"));
 * Workload workload = manifest.workload().orElseThrow().value();
 * }</pre>
 *
 * <p>A reader is immutable; each setting returns a new one.
 */
public final class ManifestReader {
  private final Optional<Dialect> dialect;
  private final Map<String, String> variables;
  private final Map<String, String> processEnvironment;
  private final Optional<String> application;
  private final boolean strict;
  private final Optional<Catalog> catalog;

  private ManifestReader(Optional<Dialect> dialect, Map<String, String> variables,
      Map<String, String> processEnvironment, Optional<String> application, boolean strict, Optional<Catalog> catalog) {
    this.dialect = dialect;
    this.variables = Map.copyOf(variables);
    this.processEnvironment = Map.copyOf(processEnvironment);
    this.application = application;
    this.strict = strict;
    this.catalog = catalog;
  }

  /** @return a reader that detects the dialect, with no variables, lenient, without a catalog */
  public static ManifestReader create() {
    return new ManifestReader(Optional.empty(), Map.of(), Map.of(), Optional.empty(), false, Optional.empty());
  }

  /**
   * Reads every document as one dialect instead of detecting it.
   *
   * @param dialect the dialect
   * @return the reader with this setting
   */
  public ManifestReader dialect(Dialect dialect) {
    return new ManifestReader(Optional.of(dialect), variables, processEnvironment, application, strict, catalog);
  }

  /**
   * Values of Copilot {@code ${VAR}} variables and Mia-Platform {@code {{KEY}}} placeholders;
   * for Copilot they win over the process environment.
   *
   * @param variables names to values
   * @return the reader with this setting
   */
  public ManifestReader variables(Map<String, String> variables) {
    return new ManifestReader(dialect, variables, processEnvironment, application, strict, catalog);
  }

  /**
   * The environment Copilot takes {@code ${VAR}} from ({@code System.getenv()} for Copilot's
   * own behaviour); none by default, so that a read does not depend on the machine.
   *
   * @param environment names to values
   * @return the reader with this setting
   */
  public ManifestReader processEnvironment(Map<String, String> environment) {
    return new ManifestReader(dialect, variables, environment, application, strict, catalog);
  }

  /**
   * The Copilot application, the value of {@code ${COPILOT_APPLICATION_NAME}}; without it, the
   * workspace's ({@code copilot/.workspace}) when the manifest is read from a file.
   *
   * @param name the application
   * @return the reader with this setting
   */
  public ManifestReader application(String name) {
    return new ManifestReader(dialect, variables, processEnvironment, Optional.of(name), strict, catalog);
  }

  /**
   * Whether a key Copilot does not read is an error instead of a warning.
   *
   * @param strict true for errors
   * @return the reader with this setting
   */
  public ManifestReader strict(boolean strict) {
    return new ManifestReader(dialect, variables, processEnvironment, application, strict, catalog);
  }

  /**
   * Where a Sidecars workload's {@code template:} references are looked up.
   *
   * @param catalog the catalog
   * @return the reader with this setting
   */
  public ManifestReader catalog(Catalog catalog) {
    return new ManifestReader(dialect, variables, processEnvironment, application, strict,
        Optional.of(Objects.requireNonNull(catalog, "catalog")));
  }

  /**
   * Reads a file.
   *
   * @param file the file, UTF-8, at most {@value ManifestFiles#MAX_BYTES} bytes
   * @return what it holds
   * @throws ManifestException when the file cannot be read, its dialect cannot be told, or the
   *     document is malformed
   */
  public LoadedManifest read(Path file) {
    return read(ManifestFiles.read(file), file.toString(), Optional.of(file));
  }

  /**
   * Reads a text.
   *
   * @param text the document
   * @param source its name in messages, for example a file name
   * @return what it holds
   * @throws ManifestException when its dialect cannot be told or the document is malformed
   */
  public LoadedManifest read(String text, String source) {
    return read(text, source, Optional.empty());
  }

  /**
   * Reads a file's text that the caller read already; the file locates a Copilot workspace.
   *
   * @param text the document
   * @param file the file it came from
   * @return what it holds
   * @throws ManifestException when its dialect cannot be told or the document is malformed
   */
  public LoadedManifest read(String text, Path file) {
    return read(text, file.toString(), Optional.of(file));
  }

  private LoadedManifest read(String text, String source, Optional<Path> file) {
    Dialect chosen = dialect.orElseGet(() -> Dialect.detect(text, source));
    switch (chosen) {
      case COPILOT: {
        CopilotManifest.Reader reader = CopilotManifest.reader().processEnvironment(processEnvironment)
            .variables(variables).strict(strict);
        CopilotManifest.Reader named = application.map(reader::application).orElse(reader);
        return LoadedManifest.copilot(file.isPresent() ? named.read(text, file.get()) : named.read(text, source));
      }
      case MIA:
        return LoadedManifest.mia(MiaItem.reader().placeholders(variables).read(text, source));
      default:
        return readNative(text, source);
    }
  }

  private LoadedManifest readNative(String text, String source) {
    NativeManifest manifest = NativeManifest.create();
    switch (manifest.kindOf(text, source)) {
      case "SidecarTemplate":
        return LoadedManifest.template(manifest.readTemplateWithSources(text, source));
      case "ContainerPatch":
        return LoadedManifest.patch(manifest.readPatch(text, source));
      default:
        return LoadedManifest.workload(catalog.isPresent() ? manifest.readWorkloadWithSources(text, source, catalog.get())
            : manifest.readWorkloadWithSources(text, source));
    }
  }
}
