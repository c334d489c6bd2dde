package dev.sidecars.model;

import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * When and how a job runs: Copilot's Scheduled Job {@code on.schedule}, {@code timeout} and
 * {@code retries}. Every field is optional, so a value of this type also serves as the change
 * of an override: {@link #then} takes the fields the second one sets.
 *
 * <pre>{@code
 * JobSettings nightly = JobSettings.builder().schedule("0 3 * * *").retries(2).build();
 * }</pre>
 */
@Value.Immutable
public abstract class JobSettings {
  private static final JobSettings EMPTY = builder().build();

  /**
   * The schedule, as Copilot takes it: a cron expression ({@code "0 12 * * MON"}), a keyword
   * ({@code "@daily"}), a rate ({@code "@every 2h"}) or {@code "none"}.
   *
   * @return the schedule, if given
   */
  public abstract Optional<String> schedule();

  /** @return how long a run may take before it is stopped, if given */
  public abstract Optional<Duration> timeout();

  /** @return how many times a failed run is tried again, if given */
  public abstract Optional<Integer> retries();

  /** @return settings with no field set */
  public static JobSettings empty() {
    return EMPTY;
  }

  /**
   * These settings with the fields another sets laid over them.
   *
   * @param next the settings that win where they are set
   * @return the combined settings
   */
  public JobSettings then(JobSettings next) {
    return builder()
        .schedule(next.schedule().or(this::schedule))
        .timeout(next.timeout().or(this::timeout))
        .retries(next.retries().or(this::retries))
        .build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link JobSettings}. */
  public static final class Builder extends ImmutableJobSettings.Builder {
    Builder() {}
  }
}
