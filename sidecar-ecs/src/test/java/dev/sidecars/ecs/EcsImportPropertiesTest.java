package dev.sidecars.ecs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

/**
 * A task definition the emitter wrote reads back to a workload that the emitter writes the same
 * way again: ECS to model to ECS keeps every field, for generated workloads with sidecars,
 * dependencies in any direction, health checks, mounts, secrets, resources and FireLens.
 */
class EcsImportPropertiesTest {
  private static final String ROLE = "arn:aws:iam::123456789012:role/task-execution";

  @Test
  void emitImportEmitWritesTheSameRequest() {
    qt().withExamples(300).forAll(EcsEmitterPropertiesTest.workloads()).checkAssert(w -> {
      String first = EcsEmitter.builder().region("eu-west-1").accountId("123456789012").executionRoleArn(ROLE).build()
          .emit(w).toApiJson();
      EcsImport imported = EcsTaskDefinitionReader.create().read(first, "first.json");
      assertThat(imported.warnings()).as(first).isEmpty();
      String second = imported.emitter().build().emit(imported.workload()).toApiJson();
      assertThat(second).isEqualTo(first);
      assertThat(EcsTaskDefinitionReader.create().read(second, "second.json").workload()).isEqualTo(imported.workload());
    });
  }
}
