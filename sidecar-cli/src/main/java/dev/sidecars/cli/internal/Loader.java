package dev.sidecars.cli.internal;

import dev.sidecars.ecs.EcsTaskDefinitionReader;
import dev.sidecars.formats.Dialect;
import dev.sidecars.formats.DirectoryCatalog;
import dev.sidecars.formats.LoadedManifest;
import dev.sidecars.formats.ManifestException;
import dev.sidecars.formats.ManifestReader;
import dev.sidecars.formats.ManifestWarning;
import dev.sidecars.formats.Sourced;
import dev.sidecars.formats.copilot.CopilotManifest;
import dev.sidecars.formats.mia.MiaItem;
import dev.sidecars.k8s.KubernetesWorkloadReader;
import dev.sidecars.model.ModelException;
import dev.sidecars.model.SidecarTemplate;
import dev.sidecars.model.Workload;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads files in any dialect, with the command's {@code --format}, {@code --env}, {@code --var},
 * {@code --app}, {@code --strict} and {@code --catalog} settings.
 */
public final class Loader {
  private final Optional<InputKind> format;
  private final Optional<String> environment;
  private final Map<String, String> variables;
  private final Map<String, String> processEnvironment;
  private final Optional<String> application;
  private final boolean strict;
  private final Optional<Path> catalogDirectory;
  private DirectoryCatalog catalog;

  private Loader(Builder b) {
    this.format = b.format;
    this.environment = b.environment;
    this.variables = Map.copyOf(b.variables);
    this.processEnvironment = Map.copyOf(b.processEnvironment);
    this.application = b.application;
    this.strict = b.strict;
    this.catalogDirectory = b.catalogDirectory;
  }

  /** @return a builder of a loader that detects the dialect and has no settings */
  public static Builder builder() {
    return new Builder();
  }

  /** The settings of a {@link Loader}. */
  public static final class Builder {
    private Optional<InputKind> format = Optional.empty();
    private Optional<String> environment = Optional.empty();
    private Map<String, String> variables = Map.of();
    private Map<String, String> processEnvironment = Map.of();
    private Optional<String> application = Optional.empty();
    private boolean strict;
    private Optional<Path> catalogDirectory = Optional.empty();

    private Builder() {}

    /**
     * What the files are.
     *
     * @param format the kind, or empty to detect it per file
     * @return this builder
     */
    public Builder format(Optional<InputKind> format) {
      this.format = format;
      return this;
    }

    /**
     * The Copilot environment whose override applies; without one, a Copilot manifest is read
     * for its root and for each environment it lists.
     *
     * @param environment the environment, if any
     * @return this builder
     */
    public Builder environment(Optional<String> environment) {
      this.environment = environment;
      return this;
    }

    /**
     * Values for Copilot's {@code ${VAR}}, Mia-Platform's placeholders and a CloudFormation
     * template's parameters.
     *
     * @param variables values by name; for Copilot they win over the process environment
     * @return this builder
     */
    public Builder variables(Map<String, String> variables) {
      this.variables = variables;
      return this;
    }

    /**
     * The environment variables a Copilot {@code ${VAR}} is taken from, as Copilot does.
     *
     * @param processEnvironment the process environment
     * @return this builder
     */
    public Builder processEnvironment(Map<String, String> processEnvironment) {
      this.processEnvironment = processEnvironment;
      return this;
    }

    /**
     * The Copilot application, the value of {@code ${COPILOT_APPLICATION_NAME}}.
     *
     * @param application the name; empty to take it from the Copilot workspace, if any
     * @return this builder
     */
    public Builder application(Optional<String> application) {
      this.application = application;
      return this;
    }

    /**
     * Whether a key Copilot does not read is an error instead of a warning.
     *
     * @param strict true for errors
     * @return this builder
     */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * Where native workloads' {@code template} references are resolved.
     *
     * @param catalogDirectory the catalog directory, if any
     * @return this builder
     */
    public Builder catalog(Optional<Path> catalogDirectory) {
      this.catalogDirectory = catalogDirectory;
      return this;
    }

    /** @return the loader */
    public Loader build() {
      return new Loader(this);
    }
  }

  /**
   * Reads a file.
   *
   * @param file the file
   * @return its workload or template
   * @throws CliException when the file cannot be read, holds neither, or an override cannot
   *     apply
   * @throws dev.sidecars.formats.ManifestException when the document is malformed
   */
  public Loaded load(Path file) {
    String text = InputFile.read(file);
    if (format.map(f -> f == InputKind.ECS).orElseGet(() -> EcsTaskDefinitionReader.recognises(text))) {
      return Loaded.ecs(EcsTaskDefinitionReader.create().parameters(variables).read(text, file.toString()));
    }
    if (format.map(f -> f == InputKind.KUBERNETES).orElseGet(() -> KubernetesWorkloadReader.recognises(text))) {
      return Loaded.kubernetes(KubernetesWorkloadReader.create().read(text, file.toString()));
    }
    ManifestReader reader = ManifestReader.create().variables(variables).processEnvironment(processEnvironment)
        .strict(strict);
    reader = application.map(reader::application).orElse(reader);
    reader = format.flatMap(InputKind::dialect).map(reader::dialect).orElse(reader);
    if (catalogDirectory.isPresent()) {
      reader = reader.catalog(catalog());
    }
    LoadedManifest manifest;
    try {
      manifest = reader.read(text, file);
    } catch (ManifestException e) {
      if (e.code().equals(Dialect.UNKNOWN)) {
        throw new CliException(CliException.UNUSABLE, file + ": cannot tell its format (no top-level apiVersion, "
            + "itemId, or name and type, no containerDefinitions and no Kubernetes workload); pass --format native, "
            + "copilot, mia, ecs or k8s.", e);
      }
      throw e;
    } catch (ModelException e) {
      throw new CliException(CliException.UNUSABLE, file + ": " + e.getMessage(), e);
    }
    if (manifest.patch().isPresent()) {
      throw new CliException(CliException.UNUSABLE,
          file + ": holds a ContainerPatch, which changes a container but is none; pass it to 'sidecar merge --patch'.");
    }
    if (manifest.copilot().isPresent()) {
      return copilotCases(manifest.copilot().get(), file);
    }
    if (manifest.mia().isPresent()) {
      MiaItem item = manifest.mia().get();
      return Loaded.template(InputKind.MIA, item.template(), item.sources(), item.warnings(),
          List.copyOf(item.unresolvedPlaceholders().values()));
    }
    if (manifest.template().isPresent()) {
      Sourced<SidecarTemplate> read = manifest.template().get();
      return Loaded.template(InputKind.NATIVE, read.value(), read.sources(), read.warnings());
    }
    Sourced<Workload> read = manifest.workload().orElseThrow();
    return Loaded.workload(InputKind.NATIVE, read.value(), read.sources(), read.warnings());
  }

  /** A Copilot manifest as the environment asked for, or as its root and each environment say. */
  private Loaded copilotCases(CopilotManifest manifest, Path file) {
    String source = file.toString();
    List<Loaded.Case> cases = new ArrayList<>();
    if (environment.isPresent()) {
      String name = environment.get();
      List<ManifestWarning> warnings = new ArrayList<>(manifest.warnings(name));
      if (!manifest.environments().contains(name)) {
        warnings.add(new ManifestWarning(source, 0, 0, "environments",
            "no override for environment '" + name + "', so the root settings apply"
                + (manifest.environments().isEmpty() ? "" : " (overridden: " + String.join(", ", manifest.environments()) + ")")));
      }
      cases.add(new Loaded.Case(environment, manifest.workload(name), manifest.sources(name), warnings,
          manifest.unresolved(name), manifest.notModelled(name)));
      return Loaded.cases(InputKind.COPILOT, cases);
    }
    cases.add(new Loaded.Case(Optional.empty(), manifest.workload(), manifest.sources(), manifest.warnings(),
        manifest.unresolved(), manifest.notModelled()));
    for (String name : manifest.environments()) {
      cases.add(new Loaded.Case(Optional.of(name), manifest.workload(name), manifest.sources(name),
          manifest.warnings(name), manifest.unresolved(name), manifest.notModelled(name)));
    }
    return Loaded.cases(InputKind.COPILOT, cases);
  }

  private DirectoryCatalog catalog() {
    if (catalog == null) {
      Path directory = catalogDirectory.orElseThrow();
      catalog = openCatalog(directory);
    }
    return catalog;
  }

  /**
   * Opens an existing catalog directory.
   *
   * @param directory the directory
   * @return the catalog
   * @throws CliException when it is not a directory
   */
  public static DirectoryCatalog openCatalog(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new CliException(CliException.UNUSABLE, directory
          + ": is not a catalog directory; create one with 'sidecar catalog apply -f ITEM --catalog " + directory + "'.");
    }
    return catalog(directory, DirectoryCatalog::open);
  }

  /**
   * Opens a catalog directory, creating it if needed.
   *
   * @param directory the directory
   * @return the catalog
   * @throws CliException when it cannot be read or created, or holds a file that is no template
   */
  public static DirectoryCatalog createCatalog(Path directory) {
    return catalog(directory, DirectoryCatalog::create);
  }

  private static DirectoryCatalog catalog(Path directory, Function<Path, DirectoryCatalog> opening) {
    try {
      return opening.apply(directory);
    } catch (UncheckedIOException e) {
      throw new CliException(CliException.UNUSABLE, directory + ": cannot be used as a catalog (" + e.getMessage() + ").", e);
    } catch (ManifestException e) {
      throw new CliException(CliException.UNUSABLE,
          "the catalog " + directory + " holds a bad template, " + e.getMessage() + "; fix or remove that file.", e);
    }
  }
}
