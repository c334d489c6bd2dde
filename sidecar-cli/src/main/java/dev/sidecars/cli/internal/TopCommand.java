package dev.sidecars.cli.internal;

import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code sidecar} command itself: its subcommands, {@code --version} and {@code --debug}. */
@Command(
    name = "sidecar",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Validate, render, merge, inject and catalog sidecar containers: Copilot manifests, "
        + "Mia-Platform sidecar items, Sidecars manifests, Kubernetes workloads and ECS task definitions, "
        + "for Amazon ECS and Kubernetes.",
    subcommands = {
      ValidateCommand.class,
      RenderCommand.class,
      MergeCommand.class,
      InjectCommand.class,
      CatalogCommand.class,
      TargetsCommand.class
    },
    footer = {"", "Example:", "  sidecar render --to k8s examples/copilot/api/manifest.yml --env prod",
        "", "Exit codes: 0 fine, 1 the input has errors, 2 usage error or unreadable file."})
public final class TopCommand implements Runnable {
  @Spec CommandSpec spec;

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "On a failure, print the stack trace too.")
  boolean debug;

  private final Map<String, String> environment;

  /**
   * The command, in a process with these environment variables.
   *
   * @param environment the environment a Copilot {@code ${VAR}} takes its value from
   */
  public TopCommand(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  /** @return the process's environment variables */
  Map<String, String> environment() {
    return environment;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new CliException(CliException.UNUSABLE, "name a command: validate, render, merge, catalog or targets.");
  }
}
