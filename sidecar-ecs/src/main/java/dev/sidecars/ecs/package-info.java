/**
 * The Amazon ECS emitter: {@link dev.sidecars.ecs.EcsEmitter} turns a workload into an
 * {@link dev.sidecars.ecs.EcsTaskDefinition}, a typed, immutable task definition that writes
 * itself as the {@code RegisterTaskDefinition} request or as CloudFormation.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    jdkOnly = true)
package dev.sidecars.ecs;

import org.immutables.value.Value;
