package dev.sidecars.cli.internal;

import dev.sidecars.ecs.EcsInjector;
import dev.sidecars.ecs.EcsTaskDefinitionReader;
import dev.sidecars.formats.DirectoryCatalog;
import dev.sidecars.formats.EditedDocument;
import dev.sidecars.formats.ManifestException;
import dev.sidecars.formats.NativeManifest;
import dev.sidecars.k8s.KubernetesInjector;
import dev.sidecars.k8s.KubernetesWorkloadReader;
import dev.sidecars.model.ContainerPatch;
import dev.sidecars.model.ModelException;
import dev.sidecars.model.SidecarTemplate;
import dev.sidecars.model.spi.EmitException;
import dev.sidecars.report.FileReport;
import dev.sidecars.report.Finding;
import dev.sidecars.report.ReportFormat;
import dev.sidecars.validation.InvalidWorkloadException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sidecar inject}: adds a catalog template's container to the Kubernetes workloads and
 * ECS task definitions teams already have, by editing each file in place of re-emitting it.
 */
@Command(
    name = "inject",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Add a catalog sidecar to Kubernetes workloads (as a native sidecar) and ECS task definitions, "
        + "editing each file: every other line stays as it was (docs/cli.md). --remove takes it out again.",
    footer = {"", "Examples:",
        "  sidecar inject --catalog platform/ --template acme/otel-collector deploy.yaml",
        "  sidecar inject --in-place --catalog platform/ --template acme/otel-collector@1.2.0 deploy/*.yaml taskdefs/*.json",
        "  sidecar inject --in-place --remove otel-collector deploy/*.yaml",
        "", "Exit codes: 0 done (or nothing to change), 1 the result breaks a platform rule, "
            + "2 usage error or a file that cannot be edited; then no file is written."})
public final class InjectCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  What what;

  /** Either a template to add or a sidecar to remove. */
  static final class What {
    @Option(names = "--template", paramLabel = "TENANT/ITEM[@VERSION]",
        description = "The catalog template to add; the newest version unless one is named.")
    String template;

    @Option(names = "--remove", paramLabel = "NAME", description = "Remove the sidecar inject added under this name.")
    String remove;
  }

  @Option(names = "--catalog", paramLabel = "DIR", description = "The catalog directory the template is in.")
  Path catalog;

  @Option(names = "--patch", paramLabel = "FILE", description = "A Sidecars ContainerPatch applied to the template; repeatable.")
  List<Path> patches = new ArrayList<>();

  @Option(names = "--k8s-version", paramLabel = "MAJOR.MINOR",
      description = "The cluster's Kubernetes version: from 1.29 (and without one) a native sidecar, before an extra container.")
  String kubernetesVersion;

  @Option(names = "--in-place", description = "Write each file back (atomically) instead of printing the one file.")
  boolean inPlace;

  @Option(names = {"-o", "--output-file"}, paramLabel = "FILE", description = "Write the one file's result here.")
  Path outputFile;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Kubernetes YAML files, ECS task definitions and CloudFormation templates (JSON or YAML).")
  List<Path> files = new ArrayList<>();

  @Override
  public Integer call() {
    if (!inPlace && files.size() > 1) {
      throw new CliException(CliException.UNUSABLE, "inject edits " + files.size() + " files: pass --in-place to write "
          + "each back, or one file to print.");
    }
    if (inPlace && outputFile != null) {
      throw new CliException(CliException.UNUSABLE, "--in-place and --output-file exclude each other; pass one.");
    }
    Optional<Injection> injection = what.template == null ? Optional.empty() : Optional.of(injection());
    Map<Path, EditedDocument> edited = new LinkedHashMap<>();
    for (Path file : files) {
      edited.put(file, edit(file, injection));
    }
    PrintWriter err = spec.commandLine().getErr();
    for (Map.Entry<Path, EditedDocument> entry : edited.entrySet()) {
      EditedDocument result = entry.getValue();
      if (inPlace) {
        if (result.changed()) {
          write(entry.getKey(), result.text());
        }
      } else if (outputFile != null) {
        write(outputFile, result.text());
      } else {
        spec.commandLine().getOut().print(result.text());
        spec.commandLine().getOut().flush();
      }
      String name = injection.map(i -> i.attached.defaults().name() + " (" + i.attached.reference() + ")").orElse(what.remove);
      result.warnings().forEach(w -> err.println(Finding.of(entry.getKey().toString(), w).toText()));
      err.println(entry.getKey() + ": " + status(result.change()) + " " + name);
    }
    err.flush();
    return 0;
  }

  private static String status(EditedDocument.Change change) {
    String lower = change.name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }

  /** The template with the patches applied to its container: what the injectors add, and how. */
  private static final class Injection {
    final SidecarTemplate attached;

    Injection(SidecarTemplate attached) {
      this.attached = attached;
    }
  }

  private Injection injection() {
    if (catalog == null) {
      throw new CliException(CliException.UNUSABLE, "--template needs --catalog DIR, the catalog it is in.");
    }
    String reference = what.template;
    int at = reference.indexOf('@');
    String id = at < 0 ? reference : reference.substring(0, at);
    int slash = id.indexOf('/');
    if (slash <= 0 || slash == id.length() - 1 || at == reference.length() - 1) {
      throw new CliException(CliException.UNUSABLE, "--template " + reference + ": expected TENANT/ITEM or "
          + "TENANT/ITEM@VERSION, for example acme/otel-collector@1.2.0.");
    }
    DirectoryCatalog opened;
    try {
      opened = DirectoryCatalog.open(catalog);
    } catch (UncheckedIOException e) {
      throw new CliException(CliException.UNUSABLE, catalog + ": cannot open the catalog: "
          + Optional.ofNullable(e.getCause().getMessage()).orElse(e.getCause().getClass().getSimpleName()) + ".", e);
    } catch (ManifestException e) {
      throw new CliException(CliException.UNUSABLE, e);
    }
    String tenant = id.substring(0, slash);
    String item = id.substring(slash + 1);
    Optional<SidecarTemplate> template = at < 0 ? opened.resolve(tenant, item)
        : opened.resolve(tenant, item, reference.substring(at + 1));
    SidecarTemplate found = template.orElseThrow(() -> new CliException(CliException.UNUSABLE, catalog
        + ": has no template " + reference + "; 'sidecar catalog list --catalog " + catalog + "' lists them."));
    ContainerPatch combined = ContainerPatch.empty();
    for (Path patch : patches) {
      try {
        combined = combined.then(NativeManifest.create().readPatch(patch));
      } catch (ManifestException e) {
        throw new CliException(CliException.UNUSABLE, e);
      }
    }
    try {
      return new Injection(SidecarTemplate.builder().from(found).defaults(found.instantiate(combined)).build());
    } catch (ModelException e) {
      throw new CliException(CliException.UNUSABLE, reference + ": the patched container is not valid: " + e.getMessage(), e);
    }
  }

  private EditedDocument edit(Path file, Optional<Injection> injection) {
    String text = InputFile.read(file);
    String source = file.toString();
    try {
      if (EcsTaskDefinitionReader.recognises(text)) {
        return injection.map(i -> EcsInjector.of(i.attached, ContainerPatch.empty()).inject(text, source))
            .orElseGet(() -> EcsInjector.remove(text, source, what.remove));
      }
      if (KubernetesWorkloadReader.recognises(text)) {
        if (injection.isEmpty()) {
          return KubernetesInjector.remove(text, source, what.remove);
        }
        KubernetesInjector injector = KubernetesInjector.of(injection.get().attached, ContainerPatch.empty());
        return (kubernetesVersion == null ? injector : injector.kubernetesVersion(version())).inject(text, source);
      }
    } catch (ManifestException e) {
      throw new CliException(CliException.UNUSABLE, e);
    } catch (InvalidWorkloadException e) {
      List<Finding> findings = e.report().errors().stream().map(v -> Finding.of(source, v)).collect(Collectors.toList());
      throw new CliException(CliException.INVALID, source + ": with the sidecar, the task definition breaks ECS's rules:\n"
          + ReportFormat.TEXT.write(List.of(new FileReport(source, findings, false)), VersionProvider.version()).strip(), e);
    } catch (EmitException e) {
      throw new CliException(CliException.UNUSABLE, source + ": cannot inject: " + e.getMessage(), e);
    }
    throw new CliException(CliException.UNUSABLE, source + ": is neither a Kubernetes workload file nor an ECS task "
        + "definition; inject edits those.");
  }

  private String version() {
    if (!kubernetesVersion.matches("v?\\d{1,4}\\.\\d{1,4}(\\.\\d{1,4})?")) {
      throw new CliException(CliException.UNUSABLE,
          "unknown --k8s-version '" + kubernetesVersion + "'; expected MAJOR.MINOR, for example 1.30.");
    }
    return kubernetesVersion;
  }

  /** Writes a file through a temporary file beside it, so that a reader sees the old or the new text. */
  private static void write(Path file, String text) {
    Path directory = file.toAbsolutePath().getParent();
    try {
      Path temporary = Files.createTempFile(directory, "." + file.getFileName(), ".inject");
      try {
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new CliException(CliException.UNUSABLE, file + ": cannot write it: " + e.getMessage(), e);
    }
  }
}
