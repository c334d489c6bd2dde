package dev.sidecars.cli.internal;

import dev.sidecars.formats.ManifestException;
import dev.sidecars.model.SidecarTemplate;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Reads a sidecar template from a Mia-Platform item or a Sidecars {@code SidecarTemplate} file. */
final class TemplateFiles {
  private TemplateFiles() {}

  static SidecarTemplate read(Path file) {
    Loaded loaded;
    try {
      loaded = new Loader(Optional.empty(), Optional.empty(), Map.of(), Optional.empty()).load(file);
    } catch (ManifestException e) {
      throw new CliException(CliException.UNUSABLE, e.getMessage(), e);
    }
    return loaded.template().orElseThrow(() -> new CliException(CliException.UNUSABLE, file + ": holds a "
        + loaded.dialect().title() + " with a workload, not a sidecar template; pass a Mia-Platform item or a SidecarTemplate."));
  }
}
