package dev.sidecars.cli.internal;

import dev.sidecars.formats.ManifestException;
import dev.sidecars.model.SidecarTemplate;
import java.nio.file.Path;

/** Reads a sidecar template from a Mia-Platform item or a Sidecars {@code SidecarTemplate} file. */
final class TemplateFiles {
  private TemplateFiles() {}

  static SidecarTemplate read(Path file) {
    Loaded loaded;
    try {
      loaded = Loader.builder().build().load(file);
    } catch (ManifestException e) {
      throw new CliException(CliException.UNUSABLE, e);
    }
    return loaded.template().orElseThrow(() -> new CliException(CliException.UNUSABLE, file + ": holds a "
        + loaded.kind().title() + " with a workload, not a sidecar template; pass a Mia-Platform item or a SidecarTemplate."));
  }
}
