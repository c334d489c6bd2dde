package dev.sidecars.ecs.internal;

import dev.sidecars.ecs.EcsEmitter;
import dev.sidecars.model.Workload;
import dev.sidecars.model.spi.WorkloadEmitter;

/** The {@code ecs} target: the RegisterTaskDefinition request with default settings. */
public final class ApiJsonTarget implements WorkloadEmitter {
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
    return EcsEmitter.create().toApiJson(workload);
  }
}
