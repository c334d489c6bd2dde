package dev.sidecars.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sidecars.ecs.EcsEmitter;
import dev.sidecars.formats.ManifestReader;
import dev.sidecars.formats.Sourced;
import dev.sidecars.model.Workload;
import dev.sidecars.report.FileReport;
import dev.sidecars.report.Finding;
import dev.sidecars.report.ReportFormat;
import dev.sidecars.validation.SidecarValidator;
import dev.sidecars.validation.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The "In a tool" example of README.md is this test's {@link #tool} to the letter, run on files of two dialects. */
class ReadmeToolTest {
  private static final String ROLE = "arn:aws:iam::123456789012:role/api-execution";

  private static String tool(List<Path> files, String role, Map<Path, String> taskDefinitions) {
    // readme:start
    EcsEmitter ecs = EcsEmitter.builder().region("eu-west-1").executionRoleArn(role).validateFirst(false).build();
    List<FileReport> reports = new ArrayList<>();
    for (Path file : files) {
      Sourced<Workload> read = ManifestReader.create().read(file).workload().orElseThrow();
      ValidationReport report = SidecarValidator.ecs().validate(read.value(), read.sources());
      reports.add(new FileReport(file.toString(), report.violations().stream()
          .map(v -> Finding.of(file.toString(), v)).toList(), false));
      if (report.isValid()) {
        taskDefinitions.put(file, ecs.emit(read.value()).toApiJson());
      }
    }
    String sarif = ReportFormat.SARIF.write(reports, "1.0.0");
    // readme:end
    return sarif;
  }

  @Test
  void itRendersTheValidFilesAndReportsTheOthers(@TempDir Path dir) throws Exception {
    Path copilot = Path.of("../examples/copilot/api/manifest.yml");
    Path broken = Files.writeString(dir.resolve("broken.yaml"), String.join("\n",
        "apiVersion: sidecars.dev/v1alpha1", "kind: Workload", "name: api", "type: backend-service",
        "cpu: 0.25", "memory: 512Mi", "main:", "  name: api", "  image: example/api:1",
        "  dependsOn: {ghost: start}", ""));
    Map<Path, String> taskDefinitions = new LinkedHashMap<>();
    String sarif = tool(List.of(copilot, broken), ROLE, taskDefinitions);

    assertThat(taskDefinitions).containsOnlyKeys(copilot);
    assertThat(taskDefinitions.get(copilot)).contains("\"executionRoleArn\" : \"" + ROLE + "\"");
    JsonNode results = JsonMapper.builder().build().readTree(sarif).get("runs").get(0).get("results");
    List<String> brokenResults = new ArrayList<>();
    results.forEach(r -> {
      String uri = r.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asString();
      if (uri.endsWith("broken.yaml")) {
        brokenResults.add(r.get("ruleId").asString() + " line "
            + r.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt());
      }
    });
    assertThat(brokenResults).containsExactly("depends-on.unknown-container line 10");
  }

  @Test
  void readmeShowsThisTestsToolToTheLetter() throws IOException {
    ReadmeBlocks.assertBlockIsTheTestsCode("readme-tool", ReadmeToolTest.class);
  }
}
