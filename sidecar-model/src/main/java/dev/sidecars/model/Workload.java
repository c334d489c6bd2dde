package dev.sidecars.model;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The unit that runs: a Copilot service or job, a Mia-Platform microservice. It has one main
 * container, sidecars in order, volumes, and optionally a FireLens log router.
 *
 * <pre>{@code
 * Workload api = Workload.builder()
 *     .name("api")
 *     .type(WorkloadType.LOAD_BALANCED_WEB_SERVICE)
 *     .main(Container.builder().name("api").image("example/api:1.0").addPort("8080").build())
 *     .addSidecar(Container.builder().name("nginx").image("nginx:1.27").addPort("80").build())
 *     .targetContainer("nginx")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Workload {

  /** @return the workload name */
  public abstract String name();

  /** @return what kind of workload this is */
  public abstract WorkloadType type();

  /** @return the operating system and architecture, if given */
  public abstract Optional<Platform> platform();

  /** @return the main container */
  @Valid
  public abstract Container main();

  /** @return the sidecar containers, in declaration order */
  public abstract List<@Valid Container> sidecars();

  /** @return the workload's volumes, in order */
  public abstract List<Volume> volumes();

  /** @return the FireLens log router settings, if logs are routed */
  public abstract Optional<Logging> logging();

  /** @return the container that receives load-balancer traffic, if not the main container */
  public abstract Optional<String> targetContainer();

  /** @return the task's CPU, if given */
  public abstract Optional<Cpu> cpu();

  /** @return the task's memory, if given */
  public abstract Optional<Memory> memory();

  /**
   * The task's ephemeral storage (Copilot's {@code storage.ephemeral}, ECS's
   * {@code ephemeralStorage}), if more than the platform's default is asked for.
   *
   * @return the size, if given
   */
  public abstract Optional<Memory> ephemeralStorage();

  /** @return where traces go, when the platform adds a collector for them (Copilot's {@code observability.tracing}) */
  public abstract Optional<Tracing> tracing();

  /**
   * Changes to the emitted ECS task definition that the model has no field for (Copilot's
   * {@code taskdef_overrides}), applied in order after everything else.
   *
   * @return the overrides, in order
   */
  public abstract List<TaskDefinitionOverride> taskDefinitionOverrides();

  /** @return when and how a job runs (a Scheduled Job's schedule, timeout and retries), if given */
  public abstract Optional<JobSettings> job();

  /** @return the main container followed by the sidecars */
  public List<Container> containers() {
    List<Container> all = new ArrayList<>(sidecars().size() + 1);
    all.add(main());
    all.addAll(sidecars());
    return Collections.unmodifiableList(all);
  }

  /**
   * Finds a container by name, main or sidecar.
   *
   * @param name the container name
   * @return the container, or empty
   */
  public Optional<Container> container(String name) {
    return containers().stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder initialised from this workload.
   *
   * @return a builder holding every field of this workload
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.from(this);
    return builder;
  }

  /**
   * Builds a {@link Workload}. {@link #build()} throws a {@link ModelException} naming the
   * missing fields when {@code name}, {@code type} or {@code main} is not set.
   */
  public static final class Builder extends ImmutableWorkload.Builder {
    Builder() {}
  }
}
