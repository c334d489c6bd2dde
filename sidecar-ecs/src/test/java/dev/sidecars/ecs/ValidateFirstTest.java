package dev.sidecars.ecs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sidecars.model.ConfigMap;
import dev.sidecars.model.Container;
import dev.sidecars.model.Workload;
import dev.sidecars.model.WorkloadType;
import dev.sidecars.validation.InvalidWorkloadException;
import dev.sidecars.validation.Violation;
import org.junit.jupiter.api.Test;

/** Every emit validates first, unless told not to, and refuses with the whole report. */
class ValidateFirstTest {

  /** Two errors for ECS: no task size on Fargate, and a ConfigMap. */
  private static Workload twoErrors() {
    return Workload.builder().name("api").type(WorkloadType.BACKEND_SERVICE)
        .main(Container.builder().name("api").image("example/api:1")
            .addConfigMap(ConfigMap.builder().name("settings").mountPath("/etc/api").build()).build())
        .build();
  }

  @Test
  void anEmitRefusesAWorkloadWithErrorsWithTheWholeReport() {
    for (Runnable emit : new Runnable[] {
        () -> EcsEmitter.create().emit(twoErrors()),
        () -> EcsEmitter.create().toApiJson(twoErrors()),
        () -> EcsEmitter.create().apiTree(twoErrors()),
        () -> EcsEmitter.create().toCloudFormation(twoErrors(), CloudFormationFormat.YAML),
        () -> EcsEmitter.create().cloudFormationProperties(twoErrors())}) {
      InvalidWorkloadException e = catchThrowableOfType(InvalidWorkloadException.class, emit::run);
      assertThat(e.target()).isEqualTo("ecs");
      assertThat(e.code()).isEqualTo("validation.failed");
      assertThat(e.path()).isEmpty();
      assertThat(e.report().errors()).extracting(Violation::code)
          .containsExactlyInAnyOrder("ecs.unsupported", "resources.fargate-needs-task-size");
      assertThat(e).hasMessageStartingWith("the workload has 2 errors for ecs; the first: error: ")
          .hasMessageEndingWith(" (report() lists them all)");
    }
  }

  @Test
  void turnedOffTheEmittersOwnCheckAnswers() {
    assertThatThrownBy(() -> EcsEmitter.builder().validateFirst(false).build().toApiJson(twoErrors()))
        .isExactlyInstanceOf(EcsEmitException.class)
        .hasMessageStartingWith("cpu: Fargate needs the task's cpu and memory");
  }

  @Test
  void anotherLaunchTypeLeavesOutTheFargateRules() {
    Workload noTaskSize = twoErrors().toBuilder()
        .main(Container.builder().name("api").image("example/api:1").build()).build();
    assertThatThrownBy(() -> EcsEmitter.create().emit(noTaskSize))
        .isInstanceOf(InvalidWorkloadException.class)
        .hasMessageContaining("[resources.fargate-needs-task-size]")
        .hasMessageStartingWith("the workload has 1 error for ecs; the first: ")
        .hasMessageNotContaining("report()");
    EcsTaskDefinition ec2 = EcsEmitter.builder().requiresCompatibility("EC2").build().emit(noTaskSize);
    assertThat(ec2.requiresCompatibilities()).containsExactly("EC2");
    assertThat(ec2.cpu()).isEmpty();
  }

  @Test
  void anotherLaunchTypeStillRefusesWhatNoLaunchTypeRuns() {
    Workload withConfigMap = twoErrors().toBuilder().cpu(dev.sidecars.model.Cpu.ofEcsUnits(256))
        .memory(dev.sidecars.model.Memory.ofMebibytes(512)).build();
    assertThatThrownBy(() -> EcsEmitter.builder().requiresCompatibility("EC2").build().emit(withConfigMap))
        .isInstanceOf(InvalidWorkloadException.class).hasMessageContaining("[ecs.unsupported]");
  }
}
