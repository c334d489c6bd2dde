package dev.sidecars.cli.internal;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options that say how to read manifests, shared by {@code validate} and {@code render}. */
public final class InputOptions {
  @Option(names = "--format", paramLabel = "auto|native|copilot|mia", defaultValue = "auto",
      description = "Dialect of the files; auto detects it from the content (docs/cli.md). Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--env", paramLabel = "NAME",
      description = "Copilot environment whose 'environments:' override applies; other dialects have none.")
  String environment;

  @Option(names = "--var", paramLabel = "KEY=VALUE",
      description = "Value of a Copilot $${KEY} variable or a Mia-Platform {{KEY}} placeholder; repeatable.")
  Map<String, String> variables = new LinkedHashMap<>();

  @Option(names = "--catalog", paramLabel = "DIR",
      description = "Catalog directory in which a Sidecars manifest's template references are looked up.")
  Path catalog;

  /**
   * A loader with these settings.
   *
   * @return the loader
   * @throws CliException with exit code 2 for an unknown format
   */
  public Loader loader() {
    return new Loader(dialect(), Optional.ofNullable(environment), variables, Optional.ofNullable(catalog));
  }

  private Optional<Dialect> dialect() {
    return Choice.<Optional<Dialect>>of("--format")
        .or("auto", Optional.empty())
        .or("native", Optional.of(Dialect.NATIVE))
        .or("copilot", Optional.of(Dialect.COPILOT))
        .or("mia", Optional.of(Dialect.MIA))
        .parse(format);
  }
}
