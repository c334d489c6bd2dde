/**
 * The Amazon ECS emitter: a workload as a {@code RegisterTaskDefinition} request
 * ({@code aws ecs register-task-definition --cli-input-json}) or as a CloudFormation
 * {@code AWS::ECS::TaskDefinition}, with sidecars and FireLens wired as Copilot wires them.
 */
module dev.sidecars.ecs {
  requires transitive dev.sidecars.model;
  requires static transitive org.immutables.value.annotations;
  requires transitive dev.sidecars.validation;
  requires transitive dev.sidecars.formats;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;

  exports dev.sidecars.ecs;

  provides dev.sidecars.model.spi.WorkloadEmitter with
      dev.sidecars.ecs.internal.ApiJsonTarget,
      dev.sidecars.ecs.internal.CloudFormationTarget;
}
