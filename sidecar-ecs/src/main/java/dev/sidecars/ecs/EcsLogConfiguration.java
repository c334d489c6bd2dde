package dev.sidecars.ecs;

import java.util.Map;
import org.immutables.value.Value;

/**
 * A container definition's {@code logConfiguration}: the log driver ({@code awsfirelens} when
 * the logs go through the FireLens router), its options, and the options read from secrets.
 */
@Value.Immutable
public abstract class EcsLogConfiguration {

  /** @return the driver, for example {@code awsfirelens} or {@code awslogs} */
  public abstract String logDriver();

  /** @return the driver's options, in the order written */
  public abstract Map<String, String> options();

  /** @return option names and the secrets (ARNs or parameter names) their values are read from */
  public abstract Map<String, String> secretOptions();

  static EcsLogConfiguration of(String logDriver, Map<String, String> options, Map<String, String> secretOptions) {
    return ImmutableEcsLogConfiguration.builder().logDriver(logDriver).options(options).secretOptions(secretOptions)
        .build();
  }

  /** The driver and its option names; the values may be secrets' names, so they are left out. */
  @Override
  public String toString() {
    return logDriver() + " " + options().keySet() + (secretOptions().isEmpty() ? "" : " secret " + secretOptions().keySet());
  }
}
