package dev.sidecars.ecs.internal;

import dev.sidecars.ecs.CloudFormationFormat;
import dev.sidecars.ecs.EcsEmitter;
import dev.sidecars.model.Workload;
import dev.sidecars.model.spi.EmitSettings;
import dev.sidecars.model.spi.WorkloadEmitter;

/** The {@code ecs-cloudformation} target: a YAML template with the task definition. */
public final class CloudFormationTarget implements WorkloadEmitter {
  private final EcsEmitter emitter;

  /** The target with the emitter's defaults, as the service loader makes it. */
  public CloudFormationTarget() {
    this(EcsEmitter.create());
  }

  private CloudFormationTarget(EcsEmitter emitter) {
    this.emitter = emitter;
  }

  /** Reads the ECS settings ({@link EcsEmitter.Builder#settings}). */
  @Override
  public WorkloadEmitter configure(EmitSettings settings) {
    return new CloudFormationTarget(EcsEmitter.builder().settings(settings).build());
  }
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
    return emitter.toCloudFormation(workload, CloudFormationFormat.YAML);
  }
}
