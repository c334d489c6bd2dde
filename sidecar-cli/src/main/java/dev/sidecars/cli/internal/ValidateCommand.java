package dev.sidecars.cli.internal;

import dev.sidecars.report.FileReport;
import dev.sidecars.report.ReportFormat;
import dev.sidecars.validation.Profile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sidecar validate}: every problem of every file, in text, JSON or SARIF. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Check manifests and report every problem at once, with file, line and column.",
    footer = {"", "Examples:", "  sidecar validate examples/copilot/api/manifest.yml",
        "  sidecar validate --output sarif --profile kubernetes examples/*/*.y*ml > sidecar.sarif",
        "", "Exit codes: 0 no errors (warnings allowed), 1 a file has errors, 2 usage error or unreadable file."})
public final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand TopCommand top;

  @Mixin InputOptions input;

  @Option(names = "--profile", paramLabel = "ecs|kubernetes|copilot|all",
      description = "Target whose rules apply. Default: copilot and ecs for Copilot manifests, "
          + "kubernetes for Mia-Platform items, all for Sidecars manifests.")
  String profile;

  @Option(names = "--output", paramLabel = "text|json|sarif", defaultValue = "text",
      description = "Report format (docs/cli.md). Default: ${DEFAULT-VALUE}.")
  String output;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Manifests to check.")
  List<Path> files;

  @Override
  public Integer call() {
    ReportFormat format = format(output);
    Optional<Set<Profile>> profiles = Optional.ofNullable(profile).map(Checker::profiles);
    Checker checker = new Checker(input.loader(top.environment()), profiles);
    List<FileReport> reports = new ArrayList<>();
    for (Path file : files) {
      reports.add(checker.check(file));
    }
    spec.commandLine().getOut().print(format.write(reports, VersionProvider.version()));
    spec.commandLine().getOut().flush();
    if (reports.stream().anyMatch(FileReport::unusable)) {
      return CliException.UNUSABLE;
    }
    return reports.stream().anyMatch(r -> r.errors() > 0) ? CliException.INVALID : 0;
  }

  private static ReportFormat format(String name) {
    return Choice.<ReportFormat>of("--output")
        .or("text", ReportFormat.TEXT)
        .or("json", ReportFormat.JSON)
        .or("sarif", ReportFormat.SARIF)
        .parse(name);
  }
}
