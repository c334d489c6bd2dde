package dev.sidecars.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A change to CPU and memory bounds, merged bound by bound. */
@Value.Immutable
public abstract class ResourcesPatch {

  /** @return the new CPU request, if changed */
  public abstract Optional<Cpu> cpuMin();

  /** @return the new CPU limit, if changed */
  public abstract Optional<Cpu> cpuMax();

  /** @return the new memory request, if changed */
  public abstract Optional<Memory> memoryMin();

  /** @return the new memory limit, if changed */
  public abstract Optional<Memory> memoryMax();

  /**
   * Applies this patch to resources, or to empty ones when there are none.
   *
   * @param base the resources, if any
   * @return the changed resources
   */
  public Resources applyTo(Optional<Resources> base) {
    Resources start = base.orElseGet(() -> Resources.builder().build());
    return Resources.builder()
        .cpuMin(cpuMin().or(start::cpuMin))
        .cpuMax(cpuMax().or(start::cpuMax))
        .memoryMin(memoryMin().or(start::memoryMin))
        .memoryMax(memoryMax().or(start::memoryMax))
        .build();
  }

  /**
   * This patch followed by another.
   *
   * @param next the patch applied second
   * @return the composed patch
   */
  public ResourcesPatch then(ResourcesPatch next) {
    return builder()
        .cpuMin(next.cpuMin().or(this::cpuMin))
        .cpuMax(next.cpuMax().or(this::cpuMax))
        .memoryMin(next.memoryMin().or(this::memoryMin))
        .memoryMax(next.memoryMax().or(this::memoryMax))
        .build();
  }

  /**
   * A patch that sets every bound the resources set.
   *
   * @param resources the resources
   * @return the patch
   */
  public static ResourcesPatch of(Resources resources) {
    return builder()
        .cpuMin(resources.cpuMin())
        .cpuMax(resources.cpuMax())
        .memoryMin(resources.memoryMin())
        .memoryMax(resources.memoryMax())
        .build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ResourcesPatch}. */
  public static final class Builder extends ImmutableResourcesPatch.Builder {
    Builder() {}
  }
}
