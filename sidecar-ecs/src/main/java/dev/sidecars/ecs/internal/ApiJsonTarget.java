package dev.sidecars.ecs.internal;

import dev.sidecars.ecs.EcsEmitter;
import dev.sidecars.model.Workload;
import dev.sidecars.model.spi.EmitSettings;
import dev.sidecars.model.spi.WorkloadEmitter;

/** The {@code ecs} target: the RegisterTaskDefinition request with default settings. */
public final class ApiJsonTarget implements WorkloadEmitter {
  private final EcsEmitter emitter;

  /** The target with the emitter's defaults, as the service loader makes it. */
  public ApiJsonTarget() {
    this(EcsEmitter.create());
  }

  private ApiJsonTarget(EcsEmitter emitter) {
    this.emitter = emitter;
  }

  /** Reads the ECS settings ({@link EcsEmitter.Builder#settings}). */
  @Override
  public WorkloadEmitter configure(EmitSettings settings) {
    return new ApiJsonTarget(EcsEmitter.builder().settings(settings).build());
  }
  @Override
  public String target() {
    return "ecs";
  }

  @Override
  public String description() {
    return "Amazon ECS RegisterTaskDefinition request (aws ecs register-task-definition --cli-input-json)";
  }

  @Override
  public String emit(Workload workload) {
    return emitter.toApiJson(workload);
  }
}
