package dev.sidecars.model;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A change to a health check, merged field by field; the command is replaced whole. */
@Value.Immutable
public abstract class HealthCheckPatch {

  /** @return the new command, if changed */
  public abstract Optional<List<String>> command();

  /** @return the new interval, if changed */
  public abstract Optional<Duration> interval();

  /** @return the new retries, if changed */
  public abstract Optional<Integer> retries();

  /** @return the new timeout, if changed */
  public abstract Optional<Duration> timeout();

  /** @return the new start period, if changed */
  public abstract Optional<Duration> startPeriod();

  /**
   * Applies this patch to a health check, or to an empty one when there is none.
   *
   * @param base the health check, if any
   * @return the changed health check
   */
  public HealthCheck applyTo(Optional<HealthCheck> base) {
    HealthCheck start = base.orElseGet(() -> HealthCheck.builder().build());
    return HealthCheck.builder()
        .addAllCommand(command().orElse(start.command()))
        .interval(interval().or(start::interval))
        .retries(retries().or(start::retries))
        .timeout(timeout().or(start::timeout))
        .startPeriod(startPeriod().or(start::startPeriod))
        .build();
  }

  /**
   * This patch followed by another.
   *
   * @param next the patch applied second
   * @return the composed patch
   */
  public HealthCheckPatch then(HealthCheckPatch next) {
    return builder()
        .command(next.command().or(this::command))
        .interval(next.interval().or(this::interval))
        .retries(next.retries().or(this::retries))
        .timeout(next.timeout().or(this::timeout))
        .startPeriod(next.startPeriod().or(this::startPeriod))
        .build();
  }

  /**
   * A patch that sets every field the health check sets.
   *
   * @param check the health check
   * @return the patch
   */
  public static HealthCheckPatch of(HealthCheck check) {
    return builder()
        .command(check.command())
        .interval(check.interval())
        .retries(check.retries())
        .timeout(check.timeout())
        .startPeriod(check.startPeriod())
        .build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link HealthCheckPatch}. */
  public static final class Builder extends ImmutableHealthCheckPatch.Builder {
    Builder() {}
  }
}
