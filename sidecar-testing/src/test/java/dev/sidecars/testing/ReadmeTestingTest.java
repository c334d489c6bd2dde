package dev.sidecars.testing;

import static dev.sidecars.testing.SidecarAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sidecars.ecs.EcsEmitter;
import dev.sidecars.k8s.KubernetesEmitter;
import dev.sidecars.model.Container;
import dev.sidecars.model.Cpu;
import dev.sidecars.model.DependencyCondition;
import dev.sidecars.model.HealthCheck;
import dev.sidecars.model.Memory;
import dev.sidecars.model.Port;
import dev.sidecars.model.Workload;
import dev.sidecars.model.WorkloadType;
import dev.sidecars.validation.SidecarValidator;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The "In your tests" example of README.md is this test's {@link #example(Workload)} to the
 * letter, and the failure the README shows is the one the assertion gives.
 */
class ReadmeTestingTest {

  /** The README's workload, as its first example builds it. */
  private static Workload api() {
    Container nginx = Container.builder().name("nginx").image("nginx:1.27").addPort("80")
        .healthCheck(HealthCheck.cmdShell("curl -f http://localhost/ || exit 1")).build();
    return Workload.builder().name("api").type(WorkloadType.LOAD_BALANCED_WEB_SERVICE)
        .main(Container.builder().name("api").image("example/api:1.0").addPort("3000").build())
        .addSidecar(nginx).targetContainer("nginx").cpu(Cpu.ofEcsUnits(256)).memory(Memory.ofMebibytes(512)).build();
  }

  private static void example(Workload api) {
    // readme:start
    assertThat(SidecarValidator.ecs().validate(api)).hasNoErrors();
    assertThat(api).hasSidecar("nginx").container("nginx").exposes(Port.tcp(80));
    assertThat(EcsEmitter.create().emit(api)).isRegistrable().container("nginx").isEssential();
    assertThat(KubernetesEmitter.create().emit(api)).nativeSidecar("nginx").startsBefore("api");
    // readme:end
  }

  @Test
  void theExamplePassesOnTheReadmesWorkload() {
    example(api());
  }

  @Test
  void theExampleFailsWhenTheSidecarIsGone() {
    Workload alone = api().toBuilder().sidecars(List.of()).targetContainer(java.util.Optional.empty()).build();
    assertThatThrownBy(() -> example(alone)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("to have the sidecar:");
  }

  @Test
  void theFailureTheReadmeShowsIsTheAssertions() throws IOException {
    String shown = ReadmeBlocks.between(ReadmeBlocks.readme(), "A failure reads like AssertJ's own:", "## Build and test")
        .replace("```", "").strip();
    assertThatThrownBy(() -> assertThat(api()).container("api").dependsOn("nginx", DependencyCondition.HEALTHY))
        .hasMessage("%n%s".formatted(shown.replace("\n", System.lineSeparator())));
  }

  @Test
  void readmeShowsThisTestsExampleToTheLetter() throws IOException {
    ReadmeBlocks.assertBlockIsTheTestsCode("readme-testing", ReadmeTestingTest.class);
  }
}
