package dev.sidecars.cli;

import dev.sidecars.cli.internal.CliException;
import dev.sidecars.cli.internal.TopCommand;
import dev.sidecars.model.spi.PrintableText;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

/**
 * The {@code sidecar} command's entry point. {@link #run} is the whole command as a function of
 * its arguments and two streams, so tools and tests can call it without starting a JVM; its
 * result is the exit code: 0 fine, 1 the input has errors, 2 a usage error or a file that
 * cannot be read or parsed, 3 a bug in this command (reported with {@code --debug} for the
 * stack trace). No stack trace is printed unless {@code --debug} is given.
 */
public final class Sidecar {
  /** Exit code of an unexpected failure: a bug in the command. */
  public static final int INTERNAL_ERROR = 3;

  /**
   * Hibernate Validator logs its version through java.util.logging on first use, and the
   * command's stderr is its own. Only {@link #main} quiets it: a tool that calls {@link #run}
   * keeps its own logging set-up. Held in a field so that the logger, and its level, stay.
   */
  private static final Logger HIBERNATE_VALIDATOR = Logger.getLogger("org.hibernate.validator");

  private Sidecar() {}

  /**
   * Runs the command and exits the JVM with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    HIBERNATE_VALIDATOR.setLevel(Level.WARNING);
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the command.
   *
   * @param args the arguments
   * @param out where results go
   * @param err where problems and warnings go
   * @return the exit code
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, System.getenv());
  }

  /**
   * Runs the command in a given process environment, which a Copilot manifest's
   * {@code ${NAME}} takes its values from (as Copilot reads the shell).
   *
   * @param args the arguments
   * @param out where results go
   * @param err where problems and warnings go
   * @param environment the environment variables
   * @return the exit code
   */
  public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> environment) {
    PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    boolean debug = Arrays.asList(args).contains("--debug");
    CommandLine commandLine = new CommandLine(new TopCommand(environment));
    commandLine.setOut(outWriter);
    commandLine.setErr(errWriter);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setUsageHelpWidth(120);
    commandLine.setParameterExceptionHandler((e, arguments) -> {
      CommandLine failed = e.getCommandLine();
      errWriter.println(qualified(failed) + ": " + PrintableText.of(sentence(e.getMessage())) + " Run '" + qualified(failed)
          + " --help' for usage.");
      if (debug) {
        e.printStackTrace(errWriter);
      }
      errWriter.flush();
      return CliException.UNUSABLE;
    });
    commandLine.setExecutionExceptionHandler((e, failed, parseResult) -> {
      if (e instanceof CliException) {
        errWriter.println(qualified(failed) + ": " + e.getMessage());
        if (debug) {
          e.printStackTrace(errWriter);
        }
        errWriter.flush();
        return ((CliException) e).exitCode();
      }
      errWriter.println(qualified(failed) + ": internal error (" + e.getClass().getSimpleName() + ": "
          + PrintableText.of(e.getMessage()) + "); please report it with the output of --debug.");
      if (debug) {
        e.printStackTrace(errWriter);
      }
      errWriter.flush();
      return INTERNAL_ERROR;
    });
    int code = commandLine.execute(args);
    outWriter.flush();
    errWriter.flush();
    return code;
  }

  private static String qualified(CommandLine commandLine) {
    return commandLine.getCommandSpec().qualifiedName();
  }

  private static String sentence(String message) {
    String trimmed = message.strip();
    return trimmed.endsWith(".") ? trimmed : trimmed + ".";
  }
}
