package dev.sidecars.testing;

import dev.sidecars.ecs.EcsTaskDefinition;
import dev.sidecars.k8s.KubernetesResult;
import dev.sidecars.model.Workload;
import dev.sidecars.validation.ValidationReport;

/**
 * The entry point: {@code import static dev.sidecars.testing.SidecarAssertions.assertThat;}
 * beside AssertJ's own {@code Assertions.assertThat}, whose overloads these add to.
 */
public final class SidecarAssertions {
  private SidecarAssertions() {}

  /**
   * Assertions on a workload.
   *
   * @param actual the workload
   * @return its assertions
   */
  public static WorkloadAssert assertThat(Workload actual) {
    return new WorkloadAssert(actual);
  }

  /**
   * Assertions on an ECS task definition.
   *
   * @param actual the task definition, as {@code EcsEmitter.emit} made it
   * @return its assertions
   */
  public static EcsTaskDefinitionAssert assertThat(EcsTaskDefinition actual) {
    return new EcsTaskDefinitionAssert(actual);
  }

  /**
   * Assertions on what the Kubernetes emitter made.
   *
   * @param actual the result
   * @return its assertions
   */
  public static KubernetesResultAssert assertThat(KubernetesResult actual) {
    return new KubernetesResultAssert(actual);
  }

  /**
   * Assertions on a validation report.
   *
   * @param actual the report
   * @return its assertions
   */
  public static ValidationReportAssert assertThat(ValidationReport actual) {
    return new ValidationReportAssert(actual);
  }
}
