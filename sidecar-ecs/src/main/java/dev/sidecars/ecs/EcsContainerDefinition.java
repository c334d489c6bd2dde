package dev.sidecars.ecs;

import dev.sidecars.model.DependencyCondition;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One of the task's {@code containerDefinitions}, as the emitter wrote it (task definition
 * overrides included). Fields ECS leaves unset are empty, never a made-up default.
 */
@Value.Immutable
public abstract class EcsContainerDefinition {

  /** @return the container's name */
  public abstract String name();

  /** @return the image reference */
  public abstract String image();

  /** @return whether the task stops when this container stops */
  public abstract boolean essential();

  /** @return CPU units reserved for the container */
  public abstract Optional<Integer> cpu();

  /** @return the hard memory limit in MiB */
  public abstract Optional<Integer> memory();

  /** @return the soft memory reservation in MiB */
  public abstract Optional<Integer> memoryReservation();

  /** @return the ports, in the order written */
  public abstract List<EcsPortMapping> portMappings();

  /** @return the plain environment variables, by name */
  public abstract Map<String, String> environment();

  /** @return the variables read from secrets: name to the secret's ARN or parameter name */
  public abstract Map<String, String> secrets();

  /** @return what the container waits for before it starts, sorted by container name */
  public abstract List<EcsDependency> dependsOn();

  /** @return where the container's logs go */
  public abstract Optional<EcsLogConfiguration> logConfiguration();

  /** @return the FireLens configuration, on the log router only */
  public abstract Optional<EcsFirelensConfiguration> firelensConfiguration();

  /** @return the health check */
  public abstract Optional<EcsHealthCheck> healthCheck();

  /** @return the volumes mounted */
  public abstract List<EcsMountPoint> mountPoints();

  /** @return the entry point; empty when the image's applies */
  public abstract Optional<List<String>> entryPoint();

  /** @return the command; empty when the image's applies */
  public abstract Optional<List<String>> command();

  /** @return whether the root file system is read-only; empty when not written */
  public abstract Optional<Boolean> readonlyRootFilesystem();

  /** @return the Docker labels */
  public abstract Map<String, String> dockerLabels();

  /**
   * The condition this container waits for another to reach.
   *
   * @param containerName the other container
   * @return the condition, or empty when this container does not wait for it
   */
  public Optional<DependencyCondition> dependency(String containerName) {
    return dependsOn().stream().filter(d -> d.containerName().equals(containerName)).map(EcsDependency::condition)
        .findFirst();
  }

  /**
   * A port mapping by number.
   *
   * @param containerPort the container port
   * @return the mapping, or empty when the container has none for that port
   */
  public Optional<EcsPortMapping> portMapping(int containerPort) {
    return portMappings().stream().filter(p -> p.containerPort() == containerPort).findFirst();
  }

  /** @return whether the logs go through the FireLens router ({@code logDriver: awsfirelens}) */
  public boolean routesLogsThroughFireLens() {
    return logConfiguration().filter(l -> l.logDriver().equals("awsfirelens")).isPresent();
  }

  static ImmutableEcsContainerDefinition.Builder builder() {
    return ImmutableEcsContainerDefinition.builder();
  }

  /** The name and image; the environment and secrets are left out, as they may be sensitive. */
  @Override
  public String toString() {
    return name() + " (" + image() + ")";
  }
}
