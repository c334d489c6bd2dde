package dev.sidecars.model;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Docker-style container health check, as in Copilot's {@code healthcheck} and ECS's
 * {@code healthCheck}.
 *
 * <p>Unset fields keep Copilot's defaults, reached through the {@code ...OrDefault()}
 * accessors: command {@code CMD-SHELL curl -f http://localhost/ || exit 1}, interval 10s,
 * retries 2, timeout 5s, start period 0s. As in Copilot, an empty command means the default
 * command.
 */
@Value.Immutable
public abstract class HealthCheck {
  /** Copilot's default command. */
  public static final List<String> DEFAULT_COMMAND =
      List.of("CMD-SHELL", "curl -f http://localhost/ || exit 1");
  /** Copilot's default interval. */
  public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(10);
  /** Copilot's default number of retries. */
  public static final int DEFAULT_RETRIES = 2;
  /** Copilot's default timeout. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
  /** Copilot's default start period. */
  public static final Duration DEFAULT_START_PERIOD = Duration.ZERO;

  /**
   * The command, starting with {@code CMD} (run directly) or {@code CMD-SHELL} (run by the
   * container's shell).
   *
   * @return the command; empty when not given
   */
  public abstract List<String> command();

  /** @return the time between checks, if given */
  public abstract Optional<Duration> interval();

  /** @return the failures before the container is unhealthy, if given */
  public abstract Optional<Integer> retries();

  /** @return how long one check may take, if given */
  public abstract Optional<Duration> timeout();

  /** @return the grace period before failures count, if given */
  public abstract Optional<Duration> startPeriod();

  /** @return the command, or Copilot's default command when none is given */
  public List<String> commandOrDefault() {
    return command().isEmpty() ? DEFAULT_COMMAND : command();
  }

  /** @return the interval, or 10s */
  public Duration intervalOrDefault() {
    return interval().orElse(DEFAULT_INTERVAL);
  }

  /** @return the retries, or 2 */
  public int retriesOrDefault() {
    return retries().orElse(DEFAULT_RETRIES);
  }

  /** @return the timeout, or 5s */
  public Duration timeoutOrDefault() {
    return timeout().orElse(DEFAULT_TIMEOUT);
  }

  /** @return the start period, or 0s */
  public Duration startPeriodOrDefault() {
    return startPeriod().orElse(DEFAULT_START_PERIOD);
  }

  /**
   * A check run by the container's shell.
   *
   * @param shellCommand for example {@code "curl -f http://localhost/ || exit 1"}
   * @return {@code [CMD-SHELL, shellCommand]} with default timing
   */
  public static HealthCheck cmdShell(String shellCommand) {
    return builder().addCommand("CMD-SHELL", shellCommand).build();
  }

  /**
   * A check that runs a program directly.
   *
   * @param argv the program and its arguments
   * @return {@code [CMD, argv...]} with default timing
   */
  public static HealthCheck cmd(String... argv) {
    return builder().addCommand("CMD").addCommand(argv).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link HealthCheck}. */
  public static final class Builder extends ImmutableHealthCheck.Builder {
    Builder() {}
  }
}
