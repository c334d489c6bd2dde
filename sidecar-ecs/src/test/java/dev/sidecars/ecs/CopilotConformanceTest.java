package dev.sidecars.ecs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sidecars.formats.copilot.CopilotManifest;
import dev.sidecars.model.Container;
import dev.sidecars.model.Workload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * For each Copilot fixture (sidecar-formats test resources, conformance/copilot, Apache-2.0,
 * see the README there), our CloudFormation container definitions of the sidecars and the log
 * router equal Copilot's on the fields we model, compared as parsed trees.
 *
 * <p>Left out, because Copilot adds them for its own stack and they are no part of the
 * workload: the {@code COPILOT_*} variables; {@code EnvironmentFiles} (Copilot's
 * {@code !If [HasEnvFile..., ..., AWS::NoValue]} parameters for files it uploads); the
 * {@code awslogs} log configuration of sidecars and the router (to Copilot's own log group);
 * {@code PortMappings[].Name: target} (Service Connect). Copilot writes {@code Essential} only
 * when the manifest sets it; we always write it, so a missing one is compared as ECS's default,
 * {@code true}. A Secrets Manager {@code !Sub} ARN is compared by its text.
 */
class CopilotConformanceTest {
  private static final Path FIXTURES = Path.of("../sidecar-formats/src/test/resources/conformance/copilot");
  private static final List<String> FIELDS = List.of("Name", "Image", "Essential", "PortMappings", "HealthCheck",
      "DependsOn", "MountPoints", "DockerLabels", "RepositoryCredentials", "EntryPoint", "Command",
      "FirelensConfiguration", "Environment", "Secrets");

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource({
    "svc-manifest.yml, prod, svc-prod.stack.yml",
    "job-manifest.yml, test, job-test.stack.yml",
    "backend/http-full-config-manifest.yml, my-env, backend/http-full-config-template.yml",
    "svc-nlb-manifest.yml, prod, svc-nlb-prod.stack.yml"
  })
  void sidecarsAndRouterMatchCopilot(String manifest, String environment, String template) throws IOException {
    Workload workload = CopilotManifest.reader().variables(Map.of("TAG", "cicdtest"))
        .read(FIXTURES.resolve(manifest)).workload(environment);
    EcsEmitter emitter = EcsEmitter.builder().copilotOrder(true)
        .builtImage(workload.main().name(), "main-image")
        .environmentFile("./logging.env", "arn:aws:s3:::bucket/logging.env")
        .managedFileSystem("managedEFSVolume", "fs-managed")
        .build();
    Workload withoutEnvFiles = workload.toBuilder()
        .main(workload.main().toBuilder().envFile(java.util.Optional.empty()).build())
        .sidecars(workload.sidecars().stream().map(s -> s.toBuilder().envFile(java.util.Optional.empty()).build())
            .collect(java.util.stream.Collectors.toList()))
        .build();

    List<Map<String, Object>> ours = definitions(emitter.cloudFormationProperties(withoutEnvFiles));
    List<Map<String, Object>> theirs = definitions(copilotProperties(FIXTURES.resolve(template)));

    assertThat(names(ours)).isEqualTo(names(theirs));
    for (int i = 1; i < ours.size(); i++) {
      assertThat(comparable(ours.get(i))).as(String.valueOf(names(ours).get(i - 1))).isEqualTo(comparable(theirs.get(i)));
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> definitions(Map<String, Object> properties) {
    return (List<Map<String, Object>>) properties.get("ContainerDefinitions");
  }

  private static List<Object> names(List<Map<String, Object>> definitions) {
    List<Object> names = new ArrayList<>();
    definitions.forEach(d -> names.add(d.get("Name")));
    return names.subList(1, names.size());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> copilotProperties(Path template) throws IOException {
    // CloudFormation short forms (!Ref, !Sub, !If) are read as the values they tag
    Map<String, Object> root = YAMLMapper.builder().build().readValue(Files.readString(template), Map.class);
    Map<String, Object> resources = (Map<String, Object>) root.get("Resources");
    return (Map<String, Object>) ((Map<String, Object>) resources.get("TaskDefinition")).get("Properties");
  }

  /** The fields we model, as text, without Copilot's own additions. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> comparable(Map<String, Object> definition) {
    Map<String, Object> out = new TreeMap<>();
    for (String field : FIELDS) {
      Object value = definition.get(field);
      if (field.equals("Essential") && value == null) {
        value = true;
      }
      if (field.equals("Environment") && value != null) {
        List<Object> user = new ArrayList<>();
        for (Object e : (List<Object>) value) {
          if (!String.valueOf(((Map<String, Object>) e).get("Name")).startsWith("COPILOT_")) {
            user.add(e);
          }
        }
        value = user.isEmpty() ? null : user;
      }
      if (field.equals("PortMappings") && value != null) {
        List<Object> mappings = new ArrayList<>();
        for (Object m : (List<Object>) value) {
          Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) m);
          copy.remove("Name");
          mappings.add(copy);
        }
        value = mappings;
      }
      if (value != null) {
        out.put(field, text(value));
      }
    }
    return out;
  }

  /** Scalars as strings, maps sorted, {@code Fn::Sub} by its text. */
  @SuppressWarnings("unchecked")
  private static Object text(Object value) {
    if (value instanceof Map) {
      Map<String, Object> map = (Map<String, Object>) value;
      if (map.size() == 1 && map.containsKey("Fn::Sub")) {
        return text(map.get("Fn::Sub"));
      }
      Map<String, Object> out = new TreeMap<>();
      map.forEach((k, v) -> out.put(k, text(v)));
      return out;
    }
    if (value instanceof List) {
      List<Object> out = new ArrayList<>();
      ((List<Object>) value).forEach(v -> out.add(text(v)));
      return out;
    }
    return String.valueOf(value);
  }
}
