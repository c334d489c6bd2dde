package dev.sidecars.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sidecars.model.Container;
import dev.sidecars.model.Cpu;
import dev.sidecars.model.Memory;
import dev.sidecars.model.Workload;
import dev.sidecars.model.WorkloadType;
import dev.sidecars.model.spi.EmitException;
import org.junit.jupiter.api.Test;

class InvalidWorkloadExceptionTest {

  private static Workload.Builder api() {
    return Workload.builder().name("api").type(WorkloadType.BACKEND_SERVICE)
        .main(Container.builder().name("api").image("example/api:1").build());
  }

  @Test
  void itIsAnEmitExceptionThatCountsTheErrorsAndShowsTheFirst() {
    ValidationReport report = SidecarValidator.ecs().validate(api().build());
    EmitException e = new InvalidWorkloadException("ecs", report);
    assertThat(e).hasMessage("the workload has 1 error for ecs; the first: " + report.errors().get(0));
    assertThat(((InvalidWorkloadException) e).report()).isSameAs(report);
  }

  @Test
  void aReportWithoutErrorsIsNoReasonToRefuse() {
    ValidationReport valid = SidecarValidator.ecs().validate(api().cpu(Cpu.ofEcsUnits(256))
        .memory(Memory.ofMebibytes(512)).build());
    assertThat(valid.isValid()).isTrue();
    assertThatThrownBy(() -> new InvalidWorkloadException("ecs", valid)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void withoutLeavesOutWhatItIsTold() {
    ValidationReport report = SidecarValidator.ecs().validate(api().build());
    assertThat(report.without(v -> v.code().equals("resources.fargate-needs-task-size")).violations())
        .extracting(Violation::code).doesNotContain("resources.fargate-needs-task-size");
    assertThat(report.without(v -> false).violations()).isEqualTo(report.violations());
  }
}
