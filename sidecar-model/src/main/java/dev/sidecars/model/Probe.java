package dev.sidecars.model;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import jakarta.validation.constraints.PositiveOrZero;
import org.immutables.value.Value;

/**
 * A Kubernetes-style probe (Mia-Platform's {@code defaultProbes.liveness}, {@code readiness},
 * {@code startup}): an HTTP GET when {@link #path()} is set, a command when {@link
 * #command()} is set, else a TCP connection to {@link #port()}.
 */
@Value.Immutable
public abstract class Probe {

  /** How the probe checks the container. */
  public enum Action {
    /** HTTP GET of {@link #path()} on {@link #port()}. */
    HTTP_GET,
    /** Runs {@link #command()} in the container. */
    EXEC,
    /** Opens a TCP connection to {@link #port()}. */
    TCP_SOCKET
  }

  /** @return the HTTP path to GET, if this is an HTTP probe */
  public abstract Optional<String> path();

  /** @return the port number or name, as Mia writes it (a string), if given */
  public abstract Optional<String> port();

  /** @return the command to run, if this is an exec probe */
  public abstract Optional<List<String>> command();

  /** @return the delay before the first probe, if given */
  public abstract Optional<Duration> initialDelay();

  /** @return the time between probes, if given */
  public abstract Optional<Duration> period();

  /** @return how long one probe may take, if given */
  public abstract Optional<Duration> timeout();

  /** @return successes in a row that count as healthy, if given */
  public abstract Optional<
          @PositiveOrZero(message = "[probe.range] thresholds must be greater than or equal to 0") Integer>
      successThreshold();

  /** @return failures in a row that count as unhealthy, if given */
  public abstract Optional<
          @PositiveOrZero(message = "[probe.range] thresholds must be greater than or equal to 0") Integer>
      failureThreshold();

  /**
   * How the probe checks: by command when one is given, else by HTTP when a path is given,
   * else by TCP connection.
   *
   * @return the action
   */
  public Action action() {
    if (command().isPresent()) {
      return Action.EXEC;
    }
    return path().isPresent() ? Action.HTTP_GET : Action.TCP_SOCKET;
  }

  /**
   * An HTTP GET probe.
   *
   * @param path the path, for example {@code "/-/healthz"}
   * @param port the port number or name
   * @return the probe
   */
  public static Probe http(String path, String port) {
    return builder().path(path).port(port).build();
  }

  /**
   * A TCP connection probe.
   *
   * @param port the port number or name
   * @return the probe
   */
  public static Probe tcp(String port) {
    return builder().port(port).build();
  }

  /**
   * A command probe.
   *
   * @param argv the command and its arguments
   * @return the probe
   */
  public static Probe exec(String... argv) {
    return builder().command(List.of(argv)).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Probe}. */
  public static final class Builder extends ImmutableProbe.Builder {
    Builder() {}
  }
}
