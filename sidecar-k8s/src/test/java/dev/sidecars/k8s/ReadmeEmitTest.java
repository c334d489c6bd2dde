package dev.sidecars.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sidecars.ecs.EcsEmitter;
import dev.sidecars.ecs.EcsTaskDefinition;
import dev.sidecars.model.Container;
import dev.sidecars.model.Cpu;
import dev.sidecars.model.HealthCheck;
import dev.sidecars.model.Memory;
import dev.sidecars.model.Workload;
import dev.sidecars.model.WorkloadType;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The emitting example in README.md is this test's {@link #example(Workload)} to the letter;
 * {@code api} is the README's workload, built as in the README's first example.
 */
class ReadmeEmitTest {
  private KubernetesResult kubernetes;
  private String deployment;
  private EcsTaskDefinition task;
  private String taskDefinition;

  private static Workload api() {
    Container nginx = Container.builder().name("nginx").image("nginx:1.27").addPort("80")
        .healthCheck(HealthCheck.cmdShell("curl -f http://localhost/ || exit 1")).build();
    return Workload.builder().name("api").type(WorkloadType.LOAD_BALANCED_WEB_SERVICE)
        .main(Container.builder().name("api").image("example/api:1.0").addPort("3000").build())
        .addSidecar(nginx).targetContainer("nginx").cpu(Cpu.ofEcsUnits(256)).memory(Memory.ofMebibytes(512)).build();
  }

  private void example(Workload api) {
    // readme:start
    KubernetesResult kubernetes = KubernetesEmitter.create().emit(api);
    String deployment = kubernetes.toYaml();
    EcsTaskDefinition task = EcsEmitter.create().emit(api);
    String taskDefinition = task.toApiJson();
    // readme:end
    this.kubernetes = kubernetes;
    this.deployment = deployment;
    this.task = task;
    this.taskDefinition = taskDefinition;
  }

  @Test
  void readmeShowsThisTestsExampleToTheLetter() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    String block = between(readme, "<!-- readme-emit:start", "<!-- readme-emit:end");
    String source = Files.readString(Path.of("src/test/java/dev/sidecars/k8s/ReadmeEmitTest.java"), StandardCharsets.UTF_8);
    List<String> readmeCode = normalize(block.replace("```java\n", "").replace("```\n", ""));
    String testCode = between(source, "// readme:start", "// readme:end");
    assertThat(readmeCode.stream().filter(l -> !l.startsWith("import ")).collect(Collectors.toList()))
        .isEqualTo(normalize(testCode));
    // the README's imports are this test's, or of its own package, and name every type the code uses
    List<String> imports = readmeCode.stream().filter(l -> l.startsWith("import ")).collect(Collectors.toList());
    assertThat(imports).allSatisfy(i -> assertThat(source.contains(i + "\n")
        || i.matches("import dev\\.sidecars\\.k8s\\.[A-Z]\\w*;")).as(i).isTrue());
    assertThat(imports.stream().map(i -> i.replaceAll(".*\\.|;", "")))
        .containsExactlyInAnyOrderElementsOf(typesUsed(testCode));
  }

  /** Capitalised names the code calls or declares with, but for java.lang's String. */
  private static Set<String> typesUsed(String code) {
    Set<String> types = new TreeSet<>();
    Matcher m = Pattern.compile("\\b([A-Z][A-Za-z0-9]*)\\b(?=\\.| [a-z])").matcher(
        code.replaceAll("\"[^\"]*\"|//.*", ""));
    while (m.find()) {
      types.add(m.group(1));
    }
    types.remove("String");
    return types;
  }

  @Test
  void readmeExampleEmitsANativeSidecarAndATaskDefinition() throws Exception {
    example(api());
    V1PodSpec pod = KubernetesOracle.check(kubernetes);
    assertThat(pod.getInitContainers()).singleElement().satisfies(c -> {
      assertThat(c.getName()).isEqualTo("nginx");
      assertThat(c.getRestartPolicy()).isEqualTo("Always");
      assertThat(c.getLivenessProbe().getExec().getCommand()).containsExactly("sh", "-c", "curl -f http://localhost/ || exit 1");
    });
    assertThat(pod.getContainers()).singleElement().satisfies(c -> assertThat(c.getName()).isEqualTo("api"));
    assertThat(deployment).startsWith("apiVersion: apps/v1\nkind: Deployment\n");
    assertThat(taskDefinition).contains("\"family\" : \"api\"").contains("\"name\" : \"nginx\"");
    assertThat(task.containerNames()).containsExactly("api", "nginx");
    assertThat(task.container("nginx").orElseThrow().healthCheck().orElseThrow().command())
        .containsExactly("CMD-SHELL", "curl -f http://localhost/ || exit 1");
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
