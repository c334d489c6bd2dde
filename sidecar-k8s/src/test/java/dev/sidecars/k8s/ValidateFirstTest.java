package dev.sidecars.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sidecars.model.Container;
import dev.sidecars.model.Workload;
import dev.sidecars.model.WorkloadType;
import dev.sidecars.validation.InvalidWorkloadException;
import dev.sidecars.validation.Violation;
import org.junit.jupiter.api.Test;

/** The Kubernetes emitter validates first, unless told not to, and refuses with the whole report. */
class ValidateFirstTest {

  /** Two containers whose names become one Kubernetes name. */
  private static Workload collision() {
    return Workload.builder().name("api").type(WorkloadType.BACKEND_SERVICE)
        .main(Container.builder().name("api").image("example/api:1").build())
        .addSidecars(Container.builder().name("gRPC").image("x").build(),
            Container.builder().name("grpc").image("y").build())
        .build();
  }

  @Test
  void anEmitRefusesAWorkloadWithErrorsWithTheWholeReport() {
    InvalidWorkloadException e = catchThrowableOfType(InvalidWorkloadException.class,
        () -> KubernetesEmitter.create().emit(collision()));
    assertThat(e.target()).isEqualTo("k8s");
    assertThat(e.code()).isEqualTo("validation.failed");
    assertThat(e.report().errors()).extracting(Violation::code).containsExactly("name.k8s-collision");
    assertThat(e).hasMessageStartingWith("the workload has 1 error for k8s; the first: error: ")
        .hasMessageEndingWith("[name.k8s-collision]");
  }

  @Test
  void turnedOffTheEmittersOwnCheckAnswers() {
    assertThatThrownBy(() -> KubernetesEmitter.builder().validateFirst(false).build().emit(collision()))
        .isExactlyInstanceOf(KubernetesEmitException.class)
        .hasMessageContaining("gRPC").hasMessageContaining("grpc");
  }
}
