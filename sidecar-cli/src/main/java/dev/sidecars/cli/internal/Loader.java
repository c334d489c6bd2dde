package dev.sidecars.cli.internal;

import dev.sidecars.formats.DirectoryCatalog;
import dev.sidecars.formats.ManifestException;
import dev.sidecars.formats.ManifestWarning;
import dev.sidecars.formats.NativeManifest;
import dev.sidecars.formats.Sourced;
import dev.sidecars.formats.copilot.CopilotManifest;
import dev.sidecars.formats.mia.MiaItem;
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

/**
 * Reads files in any dialect, with the command's {@code --format}, {@code --env}, {@code --var}
 * and {@code --catalog} settings.
 */
public final class Loader {
  private final Optional<Dialect> format;
  private final Optional<String> environment;
  private final Map<String, String> variables;
  private final Optional<Path> catalogDirectory;
  private DirectoryCatalog catalog;

  /**
   * A loader.
   *
   * @param format the dialect, or empty to detect it per file
   * @param environment the Copilot environment whose overrides apply, if any
   * @param variables values for Copilot's {@code ${VAR}} and Mia-Platform's placeholders
   * @param catalogDirectory where native workloads' {@code template} references are resolved
   */
  public Loader(Optional<Dialect> format, Optional<String> environment, Map<String, String> variables,
      Optional<Path> catalogDirectory) {
    this.format = format;
    this.environment = environment;
    this.variables = Map.copyOf(variables);
    this.catalogDirectory = catalogDirectory;
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
    Dialect dialect = format.orElseGet(() -> Dialect.detect(text, file));
    try {
      return load(text, file, dialect);
    } catch (ModelException e) {
      throw new CliException(CliException.UNUSABLE, file + ": " + e.getMessage(), e);
    }
  }

  private Loaded load(String text, Path file, Dialect dialect) {
    String source = file.toString();
    switch (dialect) {
      case COPILOT: {
        CopilotManifest manifest = CopilotManifest.reader().variables(variables).read(text, source);
        Workload workload = environment.map(manifest::workload).orElseGet(manifest::workload);
        List<ManifestWarning> warnings = new ArrayList<>(manifest.warnings());
        environment.filter(name -> !manifest.environments().contains(name)).ifPresent(name ->
            warnings.add(new ManifestWarning(source, 0, 0, "environments",
                "no override for environment '" + name + "', so the root settings apply"
                    + (manifest.environments().isEmpty() ? "" : " (overridden: " + String.join(", ", manifest.environments()) + ")"))));
        return Loaded.workload(dialect, workload,
            environment.map(manifest::sources).orElseGet(manifest::sources), warnings);
      }
      case MIA: {
        MiaItem item = MiaItem.reader().placeholders(variables).read(text, source);
        return Loaded.template(dialect, item.template(), item.sources(), item.warnings());
      }
      default:
        return loadNative(text, file);
    }
  }

  private Loaded loadNative(String text, Path file) {
    NativeManifest manifest = NativeManifest.create();
    String source = file.toString();
    String kind = manifest.kindOf(text, source);
    if (kind.equals("SidecarTemplate")) {
      Sourced<SidecarTemplate> read = manifest.readTemplateWithSources(text, source);
      return Loaded.template(Dialect.NATIVE, read.value(), read.sources(), read.warnings());
    }
    if (kind.equals("ContainerPatch")) {
      throw new CliException(CliException.UNUSABLE,
          file + ": holds a ContainerPatch, which changes a container but is none; pass it to 'sidecar merge --patch'.");
    }
    Sourced<Workload> read = catalogDirectory.isPresent()
        ? manifest.readWorkloadWithSources(text, source, catalog())
        : manifest.readWorkloadWithSources(text, source);
    return Loaded.workload(Dialect.NATIVE, read.value(), read.sources(), read.warnings());
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
    return createCatalog(directory);
  }

  /**
   * Opens a catalog directory, creating it if needed.
   *
   * @param directory the directory
   * @return the catalog
   * @throws CliException when it cannot be read or created, or holds a file that is no template
   */
  public static DirectoryCatalog createCatalog(Path directory) {
    try {
      return DirectoryCatalog.open(directory);
    } catch (UncheckedIOException e) {
      throw new CliException(CliException.UNUSABLE, directory + ": cannot be used as a catalog (" + e.getMessage() + ").", e);
    } catch (ManifestException e) {
      throw new CliException(CliException.UNUSABLE,
          "the catalog " + directory + " holds a bad template, " + e.getMessage() + "; fix or remove that file.", e);
    }
  }
}
