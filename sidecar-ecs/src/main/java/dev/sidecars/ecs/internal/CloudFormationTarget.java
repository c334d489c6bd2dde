package dev.sidecars.ecs.internal;

import dev.sidecars.ecs.CloudFormationFormat;
import dev.sidecars.ecs.EcsEmitter;
import dev.sidecars.model.Workload;
import dev.sidecars.model.spi.WorkloadEmitter;

/** The {@code ecs-cloudformation} target: a YAML template with the task definition. */
public final class CloudFormationTarget implements WorkloadEmitter {
  @Override
  public String target() {
    return "ecs-cloudformation";
  }

  @Override
  public String description() {
    return "AWS CloudFormation template with an AWS::ECS::TaskDefinition (YAML)";
  }

  @Override
  public String emit(Workload workload) {
    return EcsEmitter.create().toCloudFormation(workload, CloudFormationFormat.YAML);
  }
}
