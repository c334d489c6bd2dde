package dev.sidecars.formats.internal;

import dev.sidecars.formats.ManifestException;
import dev.sidecars.formats.ManifestFiles;
import dev.sidecars.formats.ManifestFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the application a manifest belongs to as Copilot finds its workspace
 * ({@code internal/pkg/workspace}): from the manifest's directory, the first directory named
 * {@code copilot} (the directory itself, or a {@code copilot} directory in it or in one of its
 * four parents), whose {@code .workspace} file names the application.
 */
public final class CopilotWorkspace {
  private static final int LEVELS = 5;

  private CopilotWorkspace() {}

  /**
   * The application named by the workspace around a manifest.
   *
   * @param manifest the manifest file
   * @return the {@code application} of the workspace's {@code .workspace} file, or empty when
   *     there is no workspace or it names no application
   * @throws ManifestException when the {@code .workspace} file exists but cannot be read
   */
  public static Optional<String> application(Path manifest) {
    Optional<Path> copilot = copilotDirectory(manifest.toAbsolutePath().normalize().getParent());
    if (copilot.isEmpty()) {
      return Optional.empty();
    }
    Path summary = copilot.get().resolve(".workspace");
    if (!Files.isRegularFile(summary)) {
      return Optional.empty();
    }
    String source = summary.toString();
    Reading reading = new Reading(source, true);
    Node root = new TreeParser(source).parse(ManifestFiles.read(summary), ManifestFormat.YAML);
    return reading.open(root, "").optional("application", reading::string).filter(name -> !name.isBlank());
  }

  private static Optional<Path> copilotDirectory(Path start) {
    if (start == null) {
      return Optional.empty();
    }
    if (start.getFileName() != null && start.getFileName().toString().equals("copilot")) {
      return Optional.of(start);
    }
    Path directory = start;
    for (int level = 0; level < LEVELS && directory != null; level++) {
      Path candidate = directory.resolve("copilot");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
      directory = directory.getParent();
    }
    return Optional.empty();
  }
}
