package dev.sidecars.formats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sidecars.model.Container;
import dev.sidecars.model.Cpu;
import dev.sidecars.model.HealthCheck;
import dev.sidecars.model.Memory;
import dev.sidecars.model.Port;
import dev.sidecars.model.Workload;
import dev.sidecars.model.WorkloadType;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The builder example in README.md is this test's {@link #example()} to the letter, so the
 * README's code compiles and runs with every build.
 */
class ReadmeExampleTest {

  private Workload api;
  private Workload back;
  private String yaml;

  private void example() {
    // readme:start
    Container nginx = Container.builder()
        .name("nginx")
        .image("nginx:1.27")
        .addPort("80")
        .healthCheck(HealthCheck.cmdShell("curl -f http://localhost/ || exit 1"))
        .build();
    Workload api = Workload.builder()
        .name("api")
        .type(WorkloadType.LOAD_BALANCED_WEB_SERVICE)
        .main(Container.builder().name("api").image("example/api:1.0").addPort("3000").build())
        .addSidecar(nginx)
        .targetContainer("nginx")
        .cpu(Cpu.ofEcsUnits(256))          // the task size ECS on Fargate needs
        .memory(Memory.ofMebibytes(512))
        .build();
    String yaml = NativeManifest.create().write(api, ManifestFormat.YAML);
    Workload back = NativeManifest.create().readWorkload(yaml, "api.yml");
    // readme:end
    this.api = api;
    this.back = back;
    this.yaml = yaml;
  }

  @Test
  void readmeShowsThisTestsExampleToTheLetter() {
    String readme = ProjectFiles.read("../README.md");
    String block = ProjectFiles.between(readme, "<!-- readme-example:start", "<!-- readme-example:end");
    List<String> readmeCode = normalize(block.replace("```java\n", "").replace("```\n", ""));
    String source = ProjectFiles.read("src/test/java/dev/sidecars/formats/ReadmeExampleTest.java");
    String testCode = ProjectFiles.between(source, "// readme:start", "// readme:end");
    assertThat(withoutImports(readmeCode)).isEqualTo(normalize(testCode));
    // the README's imports are this test's, or of its own package, and name every type the code uses
    List<String> imports = readmeCode.stream().filter(l -> l.startsWith("import ")).collect(Collectors.toList());
    assertThat(imports).allSatisfy(i -> assertThat(source.contains(i + "\n")
        || i.matches("import dev\\.sidecars\\.formats\\.[A-Z]\\w*;")).as(i).isTrue());
    assertThat(imports.stream().map(i -> i.replaceAll(".*\\.|;", "")))
        .containsExactlyInAnyOrderElementsOf(typesUsed(testCode));
  }

  private static List<String> withoutImports(List<String> lines) {
    return lines.stream().filter(l -> !l.startsWith("import ")).collect(Collectors.toList());
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
  void readmeExampleRoundTripsTheWorkload() {
    example();
    assertThat(back).isEqualTo(api);
    assertThat(back.sidecars()).hasSize(1);
    assertThat(back.sidecars().get(0).ports()).containsExactly(Port.tcp(80));
    assertThat(back.targetContainer()).contains("nginx");
    assertThat(yaml).contains("targetContainer: nginx").doesNotStartWith("---");
  }

  private static List<String> normalize(String code) {
    return Arrays.stream(code.split("\n"))
        .map(String::strip)
        .filter(line -> !line.isEmpty())
        .collect(Collectors.toList());
  }
}
