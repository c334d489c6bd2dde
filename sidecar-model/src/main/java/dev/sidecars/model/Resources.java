package dev.sidecars.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * CPU and memory bounds of a container, as Mia-Platform's {@code defaultResources}
 * ({@code cpuLimits} and {@code memoryLimits}, each with {@code min} and {@code max}).
 *
 * <p>Kubernetes reads min as requests and max as limits; ECS reads cpu min as {@code cpu},
 * memory min as {@code memoryReservation} and memory max as {@code memory}.
 */
@Value.Immutable
public abstract class Resources {

  /** @return the guaranteed CPU (request), if given */
  public abstract Optional<Cpu> cpuMin();

  /** @return the CPU ceiling (limit), if given */
  public abstract Optional<Cpu> cpuMax();

  /** @return the guaranteed memory (request, reservation), if given */
  public abstract Optional<Memory> memoryMin();

  /** @return the memory ceiling (limit), if given */
  public abstract Optional<Memory> memoryMax();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Resources}. */
  public static final class Builder extends ImmutableResources.Builder {
    Builder() {}
  }
}
