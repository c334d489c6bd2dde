package dev.sidecars.cli.internal;

import dev.sidecars.model.spi.WorkloadEmitter;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sidecar targets}: the emitters found through the {@link WorkloadEmitter} SPI. */
@Command(
    name = "targets",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "List the targets 'render --to' takes: every emitter found on the class path.",
    footer = {"", "Example:", "  sidecar targets"})
public final class TargetsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Table table = new Table("TARGET", "DESCRIPTION");
    for (WorkloadEmitter emitter : WorkloadEmitter.available()) {
      table.add(emitter.target(), emitter.description());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(table.render());
    out.flush();
    return 0;
  }
}
