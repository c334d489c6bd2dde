package dev.sidecars.ecs;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A container definition's {@code healthCheck}; durations in seconds, unset where ECS's default applies. */
@Value.Immutable
public abstract class EcsHealthCheck {

  /** @return the command, starting with {@code CMD} or {@code CMD-SHELL} */
  public abstract List<String> command();

  /** @return seconds between checks */
  public abstract Optional<Integer> interval();

  /** @return seconds a check may take */
  public abstract Optional<Integer> timeout();

  /** @return failures before the container is unhealthy */
  public abstract Optional<Integer> retries();

  /** @return seconds of grace after the container starts */
  public abstract Optional<Integer> startPeriod();

  static ImmutableEcsHealthCheck.Builder builder() {
    return ImmutableEcsHealthCheck.builder();
  }

  @Override
  public String toString() {
    return String.join(" ", command());
  }
}
