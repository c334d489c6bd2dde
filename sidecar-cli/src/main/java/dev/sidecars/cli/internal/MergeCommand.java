package dev.sidecars.cli.internal;

import dev.sidecars.formats.ManifestException;
import dev.sidecars.formats.ManifestFormat;
import dev.sidecars.formats.NativeManifest;
import dev.sidecars.model.ContainerPatch;
import dev.sidecars.model.ModelException;
import dev.sidecars.model.SidecarTemplate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sidecar merge}: a template's container with patches applied in order. */
@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Apply ContainerPatch files, in order, to a sidecar template's container under the merge "
        + "rules of docs/merge.md, and print the result as a Sidecars SidecarTemplate whose defaults are the merged container.",
    footer = {"", "Example:", "  sidecar merge --template examples/mia/otel-collector.json --patch examples/native/otel-debug.patch.yaml",
        "", "Exit codes: 0 merged, 2 usage error or unreadable file."})
public final class MergeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--template", required = true, paramLabel = "FILE",
      description = "A Mia-Platform sidecar item or a Sidecars SidecarTemplate.")
  Path template;

  @Option(names = "--patch", paramLabel = "FILE", description = "A Sidecars ContainerPatch; repeatable, applied in order.")
  List<Path> patches = new ArrayList<>();

  @Option(names = "--output", paramLabel = "yaml|json", defaultValue = "yaml", description = "Default: ${DEFAULT-VALUE}.")
  String output;

  @Override
  public Integer call() {
    ManifestFormat format = format(output);
    SidecarTemplate base = TemplateFiles.read(template);
    NativeManifest manifest = NativeManifest.create();
    ContainerPatch combined = ContainerPatch.empty();
    for (Path patch : patches) {
      try {
        combined = combined.then(manifest.readPatch(patch));
      } catch (ManifestException e) {
        throw new CliException(CliException.UNUSABLE, e);
      }
    }
    SidecarTemplate merged;
    try {
      merged = SidecarTemplate.builder().from(base).defaults(base.instantiate(combined)).build();
    } catch (ModelException e) {
      throw new CliException(CliException.UNUSABLE, template + ": the merged container is not valid: " + e.getMessage(), e);
    }
    spec.commandLine().getOut().print(manifest.write(merged, format));
    spec.commandLine().getOut().flush();
    return 0;
  }

  private static ManifestFormat format(String name) {
    return Choice.<ManifestFormat>of("--output").or("yaml", ManifestFormat.YAML).or("json", ManifestFormat.JSON).parse(name);
  }
}
