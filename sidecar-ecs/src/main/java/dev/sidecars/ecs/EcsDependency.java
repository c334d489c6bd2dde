package dev.sidecars.ecs;

import dev.sidecars.model.DependencyCondition;
import org.immutables.value.Value;

/** One entry of a container definition's {@code dependsOn}: wait for a container to reach a condition. */
@Value.Immutable
public abstract class EcsDependency {

  /** @return the container waited for */
  @Value.Parameter
  public abstract String containerName();

  /** @return the condition it must reach */
  @Value.Parameter
  public abstract DependencyCondition condition();

  static EcsDependency of(String containerName, DependencyCondition condition) {
    return ImmutableEcsDependency.of(containerName, condition);
  }

  /** {@code envoy HEALTHY}, as the API writes the condition. */
  @Override
  public String toString() {
    return containerName() + " " + condition().name();
  }
}
