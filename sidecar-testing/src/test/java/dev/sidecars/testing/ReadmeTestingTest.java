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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
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
    String shown = between(readme(), "A failure reads like AssertJ's own:", "## Build and test")
        .replace("```", "").strip();
    assertThatThrownBy(() -> assertThat(api()).container("api").dependsOn("nginx", DependencyCondition.HEALTHY))
        .hasMessage("%n%s".formatted(shown.replace("\n", System.lineSeparator())));
  }

  @Test
  void readmeShowsThisTestsExampleToTheLetter() throws IOException {
    String block = between(readme(), "<!-- readme-testing:start", "<!-- readme-testing:end");
    List<String> readmeCode = normalize(block.replace("```java\n", "").replace("```\n", ""));
    String source = Files.readString(Path.of("src/test/java/dev/sidecars/testing/ReadmeTestingTest.java"),
        StandardCharsets.UTF_8);
    assertThat(readmeCode.stream().filter(l -> !l.startsWith("import ")).collect(Collectors.toList()))
        .isEqualTo(normalize(between(source, "// readme:start", "// readme:end")));
    // every import the README shows is one of this test's, so the block compiles as shown
    assertThat(readmeCode.stream().filter(l -> l.startsWith("import "))).isNotEmpty()
        .allSatisfy(i -> assertThat(source).contains(i + "\n"));
  }

  private static String readme() throws IOException {
    return Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    int to = text.indexOf(end, from + 1);
    assertThat(from).as("marker " + start).isNotNegative();
    assertThat(to).as("marker " + end).isPositive();
    return text.substring(text.indexOf('\n', from) + 1, to);
  }

  private static List<String> normalize(String code) {
    return Arrays.stream(code.split("\n")).map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
  }
}
