package dev.sidecars.cli.internal;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options that say how to read manifests, shared by {@code validate} and {@code render}. */
public final class InputOptions {
  @Option(names = "--format", paramLabel = "auto|native|copilot|mia|ecs|k8s", defaultValue = "auto",
      description = "What the files are; auto detects it from the content (docs/cli.md). Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--env", paramLabel = "NAME",
      description = "Copilot environment whose 'environments:' override applies; other dialects have none.")
  String environment;

  @Option(names = "--var", paramLabel = "KEY=VALUE",
      description = "Value of a Copilot $${KEY} variable, a Mia-Platform {{KEY}} placeholder "
          + "or a CloudFormation template's parameter; repeatable.")
  Map<String, String> variables = new LinkedHashMap<>();

  @Option(names = "--app", paramLabel = "NAME",
      description = "Copilot application, the value of $${COPILOT_APPLICATION_NAME}. "
          + "Default: the 'application' of the Copilot workspace around the manifest (copilot/.workspace).")
  String application;

  @Option(names = "--strict",
      description = "A key Copilot does not read is an error, not a warning (Copilot ignores such keys).")
  boolean strict;

  @Option(names = "--catalog", paramLabel = "DIR",
      description = "Catalog directory in which a Sidecars manifest's template references are looked up.")
  Path catalog;

  /**
   * A loader with these settings.
   *
   * @param processEnvironment the environment variables a Copilot {@code ${VAR}} may take its
   *     value from
   * @return the loader
   * @throws CliException with exit code 2 for an unknown format
   */
  public Loader loader(Map<String, String> processEnvironment) {
    return Loader.builder()
        .format(dialect())
        .environment(Optional.ofNullable(environment))
        .variables(variables)
        .processEnvironment(processEnvironment)
        .application(Optional.ofNullable(application))
        .strict(strict)
        .catalog(Optional.ofNullable(catalog))
        .build();
  }

  private Optional<InputKind> dialect() {
    return Choice.<Optional<InputKind>>of("--format")
        .or("auto", Optional.empty())
        .or("native", Optional.of(InputKind.NATIVE))
        .or("copilot", Optional.of(InputKind.COPILOT))
        .or("mia", Optional.of(InputKind.MIA))
        .or("ecs", Optional.of(InputKind.ECS))
        .or("k8s", Optional.of(InputKind.KUBERNETES))
        .parse(format);
  }
}
