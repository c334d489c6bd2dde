package dev.sidecars.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A change to a workload, such as a Copilot {@code environments.<env>} override: scalars set
 * here win, the main container and the sidecars are deep-merged, volumes are a keyed list,
 * and logging merges field by field. Name and type are the workload's identity and are not
 * patched.
 */
@Value.Immutable
public abstract class WorkloadPatch {
  private static final WorkloadPatch EMPTY = builder().build();

  /** @return the new platform, if changed */
  public abstract Optional<Platform> platform();

  /** @return the new task CPU, if changed */
  public abstract Optional<Cpu> cpu();

  /** @return the new task memory, if changed */
  public abstract Optional<Memory> memory();

  /** @return the new ephemeral storage, if changed */
  public abstract Optional<Memory> ephemeralStorage();

  /** @return the new tracing, if changed */
  public abstract Optional<Tracing> tracing();

  /** @return the task definition overrides that replace the workload's whole, if changed */
  public abstract Optional<List<TaskDefinitionOverride>> taskDefinitionOverrides();

  /** @return the change to the job settings, field by field, if any */
  public abstract Optional<JobSettings> job();

  /** @return the new load-balancer target container, if changed */
  public abstract Optional<String> targetContainer();

  /** @return the change to the main container, if any */
  public abstract Optional<ContainerPatch> main();

  /** @return the change to the sidecars */
  @Value.Default
  public SidecarsPatch sidecars() {
    return SidecarsPatch.empty();
  }

  /** @return the change to the volumes, keyed by name */
  @Value.Default
  public ListPatch<Volume> volumes() {
    return ListPatch.empty();
  }

  /** @return the change to the log router, if any */
  public abstract Optional<LoggingPatch> logging();

  /** @return the patch that changes nothing */
  public static WorkloadPatch empty() {
    return EMPTY;
  }

  /** @return whether applying this patch changes nothing */
  public boolean isEmpty() {
    return equals(EMPTY);
  }

  /**
   * Applies this patch to a workload.
   *
   * @param base the workload to change
   * @return the changed workload
   * @throws ModelException when the patch adds a sidecar without an image
   */
  public Workload applyTo(Workload base) {
    if (isEmpty()) {
      return base;
    }
    return Workload.builder()
        .name(base.name())
        .type(base.type())
        .platform(platform().or(base::platform))
        .cpu(cpu().or(base::cpu))
        .memory(memory().or(base::memory))
        .ephemeralStorage(ephemeralStorage().or(base::ephemeralStorage))
        .tracing(tracing().or(base::tracing))
        .taskDefinitionOverrides(taskDefinitionOverrides().orElse(base.taskDefinitionOverrides()))
        .job(job().map(j -> base.job().orElse(JobSettings.empty()).then(j)).or(base::job))
        .targetContainer(targetContainer().or(base::targetContainer))
        .main(main().map(p -> p.applyTo(base.main())).orElse(base.main()))
        .addAllSidecars(sidecars().apply(base.sidecars()))
        .addAllVolumes(volumes().apply(base.volumes()))
        .logging(logging().map(p -> p.applyTo(base.logging())).or(base::logging))
        .build();
  }

  /**
   * The patch that does what this one does and then {@code next}.
   *
   * @param next the patch applied second
   * @return the composed patch
   */
  public WorkloadPatch then(WorkloadPatch next) {
    if (next.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return next;
    }
    return builder()
        .platform(next.platform().or(this::platform))
        .cpu(next.cpu().or(this::cpu))
        .memory(next.memory().or(this::memory))
        .ephemeralStorage(next.ephemeralStorage().or(this::ephemeralStorage))
        .tracing(next.tracing().or(this::tracing))
        .taskDefinitionOverrides(next.taskDefinitionOverrides().or(this::taskDefinitionOverrides))
        .job(Merging.then(job(), next.job(), JobSettings::then))
        .targetContainer(next.targetContainer().or(this::targetContainer))
        .main(Merging.then(main(), next.main(), ContainerPatch::then))
        .sidecars(sidecars().then(next.sidecars()))
        .volumes(volumes().then(next.volumes()))
        .logging(Merging.then(logging(), next.logging(), LoggingPatch::then))
        .build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WorkloadPatch}. */
  public static final class Builder extends ImmutableWorkloadPatch.Builder {
    Builder() {}
  }
}
