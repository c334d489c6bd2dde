package dev.sidecars.cli.internal;

import dev.sidecars.formats.DirectoryCatalog;
import dev.sidecars.model.Catalog;
import dev.sidecars.model.SidecarTemplate;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sidecar catalog}: a directory of sidecar templates, as a marketplace holds them. */
@Command(
    name = "catalog",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Keep sidecar templates in a catalog directory, as 'miactl marketplace' keeps them in a Console.",
    subcommands = {CatalogCommand.Apply.class, CatalogCommand.Listing.class},
    footer = {"", "Example:", "  sidecar catalog apply -f examples/mia/otel-collector.json --catalog examples/catalog"})
public final class CatalogCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CliException(CliException.UNUSABLE, "name a catalog command: apply or list.");
  }

  /** {@code sidecar catalog apply}. */
  @Command(
      name = "apply",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = "Add or update templates in a catalog; an equal template is left Unchanged.",
      footer = {"", "Example:", "  sidecar catalog apply -f examples/mia/otel-collector.json --catalog /tmp/catalog",
          "", "Exit codes: 0 every item applied, 2 usage error or an item that cannot be read."})
  public static final class Apply implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = {"-f", "--file"}, required = true, arity = "1..*", paramLabel = "FILE",
        description = "Mia-Platform items or Sidecars SidecarTemplates.")
    List<Path> files;

    @Option(names = "--catalog", required = true, paramLabel = "DIR", description = "The catalog directory; created if missing.")
    Path directory;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      boolean existed = Files.exists(directory);
      DirectoryCatalog catalog = Loader.createCatalog(directory);
      if (!existed) {
        out.println("created the catalog " + directory);
      }
      Table table = new Table("ITEM ID", "VERSION", "STATUS");
      int applied = 0;
      for (Path file : files) {
        try {
          SidecarTemplate template = TemplateFiles.read(file);
          Catalog.ApplyStatus status = catalog.apply(template);
          table.add(template.itemId(), template.version().orElse("-"), title(status));
          applied++;
        } catch (CliException e) {
          err.println(e.getMessage());
        } catch (IllegalArgumentException e) {
          err.println(file + ": " + e.getMessage());
        } catch (UncheckedIOException e) {
          err.println(file + ": cannot be written to the catalog (" + e.getMessage() + "); check " + directory + ".");
        }
      }
      if (applied > 0) {
        out.print(table.render());
      }
      out.println(applied + " of " + files.size() + " items applied");
      out.flush();
      err.flush();
      return applied == files.size() ? 0 : CliException.UNUSABLE;
    }

    private static String title(Catalog.ApplyStatus status) {
      String name = status.name().toLowerCase(Locale.ROOT);
      return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
  }

  /** {@code sidecar catalog list}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = "List the templates of a catalog, by tenant, item id and version.",
      footer = {"", "Example:", "  sidecar catalog list --catalog examples/catalog --tenant acme"})
  public static final class Listing implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--catalog", required = true, paramLabel = "DIR", description = "The catalog directory.")
    Path directory;

    @Option(names = "--tenant", paramLabel = "ID", description = "Only this tenant's templates.")
    String tenant;

    @Override
    public Integer call() {
      DirectoryCatalog catalog = Loader.openCatalog(directory);
      Table table = new Table("TENANT", "ITEM ID", "VERSION", "TITLE");
      List<SidecarTemplate> templates = catalog.list();
      int shown = 0;
      for (SidecarTemplate template : templates) {
        if (tenant == null || tenant.equals(template.tenantId())) {
          table.add(template.tenantId(), template.itemId(), template.version().orElse("-"), template.title());
          shown++;
        }
      }
      PrintWriter out = spec.commandLine().getOut();
      if (shown == 0) {
        out.println("no templates in " + directory + (tenant == null ? "" : " for tenant " + tenant));
      } else {
        out.print(table.render());
      }
      out.flush();
      return 0;
    }
  }
}
