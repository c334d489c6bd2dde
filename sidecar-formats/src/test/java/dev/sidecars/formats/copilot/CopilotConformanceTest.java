package dev.sidecars.formats.copilot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sidecars.formats.ManifestFormat;
import dev.sidecars.formats.internal.Node;
import dev.sidecars.formats.internal.TreeParser;
import dev.sidecars.model.Container;
import dev.sidecars.model.HealthCheck;
import dev.sidecars.model.Logging;
import dev.sidecars.model.Mount;
import dev.sidecars.model.Port;
import dev.sidecars.model.SecretRef;
import dev.sidecars.model.Variable;
import dev.sidecars.model.Volume;
import dev.sidecars.model.Workload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each Copilot fixture, read for its environment, gives the containers of the template Copilot
 * rendered for it: names, images, ports, health checks (with Copilot's defaults), dependencies,
 * mounts, labels, secrets, variables, entrypoint and command, and the FireLens router and log
 * options. The expected side is read from Copilot's own template (test resources
 * conformance/copilot, see the README there); only the {@code COPILOT_*} variables Copilot adds
 * itself are left out.
 */
class CopilotConformanceTest {
  private static final Path FIXTURES = Path.of("src/test/resources/conformance/copilot");
  private static final String SECRETS_MANAGER_PREFIX =
      "arn:${AWS::Partition}:secretsmanager:${AWS::Region}:${AWS::AccountId}:secret:";

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource({
    "svc-manifest.yml, prod, svc-prod.stack.yml",
    "job-manifest.yml, test, job-test.stack.yml",
    "backend/http-full-config-manifest.yml, my-env, backend/http-full-config-template.yml",
    "svc-nlb-manifest.yml, prod, svc-nlb-prod.stack.yml"
  })
  void workloadMatchesCopilotsTemplate(String manifest, String environment, String template) throws IOException {
    Workload workload = CopilotManifest.reader()
        .variables(Map.of("TAG", "cicdtest"))
        .read(FIXTURES.resolve(manifest))
        .workload(environment);
    Map<String, Node.MapNode> expected = containerDefinitions(FIXTURES.resolve(template));

    List<String> expectedSidecars = new ArrayList<>(expected.keySet());
    expectedSidecars.removeAll(List.of("WorkloadName", "firelens_log_router"));
    assertThat(workload.sidecars()).extracting(Container::name).containsExactlyInAnyOrderElementsOf(expectedSidecars);

    for (Container sidecar : workload.sidecars()) {
      Node.MapNode definition = expected.get(sidecar.name());
      assertThat(sidecar.image().location()).as(sidecar.name()).contains(text(definition, "Image"));
      assertContainer(sidecar, definition);
      assertThat(mounts(sidecar.mounts())).as(sidecar.name()).isEqualTo(list(definition, "MountPoints"));
    }
    Node.MapNode main = expected.get("WorkloadName");
    assertContainer(workload.main(), main);
    assertThat(volumeMounts(workload.volumes())).isEqualTo(list(main, "MountPoints"));
    assertLogging(workload.logging().filter(Logging::routesLogs), main, Optional.ofNullable(expected.get("firelens_log_router")));
  }

  private static void assertContainer(Container container, Node.MapNode definition) {
    String name = container.name();
    assertThat(ports(container.ports())).as(name + " ports").isEqualTo(portMappings(definition));
    assertThat(healthCheck(container.healthCheck())).as(name + " health check").isEqualTo(value(definition, "HealthCheck"));
    assertThat(secrets(container.secrets())).as(name + " secrets").isEqualTo(namedValues(definition, "Secrets", "ValueFrom"));
    assertThat(variables(container.environment())).as(name + " variables").isEqualTo(namedValues(definition, "Environment", "Value"));
    assertThat(new TreeMap<String, Object>(container.labels())).as(name + " labels")
        .isEqualTo(valueOr(definition, "DockerLabels", Map.of()));
    assertThat(dependsOn(container)).as(name + " depends on").isEqualTo(value(definition, "DependsOn"));
    assertThat(container.essential().map(Object::toString)).as(name + " essential")
        .isEqualTo(Optional.ofNullable(definition.entries().get("Essential")).map(e -> ((Node.ScalarNode) e.value()).text()));
    assertThat(container.entrypoint().orElse(List.of())).as(name + " entrypoint")
        .isEqualTo(valueOr(definition, "EntryPoint", List.of()));
    assertThat(container.command().orElse(List.of())).as(name + " command")
        .isEqualTo(valueOr(definition, "Command", List.of()));
  }

  private static void assertLogging(Optional<Logging> logging, Node.MapNode main, Optional<Node.MapNode> router) {
    assertThat(logging.isPresent()).as("FireLens router").isEqualTo(router.isPresent());
    if (logging.isEmpty()) {
      return;
    }
    Logging l = logging.get();
    Node.MapNode r = router.get();
    assertThat(l.imageOrDefault()).isEqualTo(text(r, "Image"));
    Object options = value((Node.MapNode) r.entries().get("FirelensConfiguration").value(), "Options");
    Map<String, String> expectedOptions = new TreeMap<>();
    expectedOptions.put("enable-ecs-log-metadata", Boolean.toString(l.isMetadataEnabled()));
    l.configFilePath().ifPresent(path -> {
      expectedOptions.put("config-file-type", "file");
      expectedOptions.put("config-file-value", path);
    });
    assertThat(options).isEqualTo(expectedOptions);
    assertThat(variables(l.variables())).isEqualTo(namedValues(r, "Environment", "Value"));
    assertThat(secrets(l.secrets())).isEqualTo(namedValues(r, "Secrets", "ValueFrom"));
    Node.MapNode logConfiguration = (Node.MapNode) main.entries().get("LogConfiguration").value();
    assertThat(text(logConfiguration, "LogDriver")).isEqualTo("awsfirelens");
    assertThat(new TreeMap<>(l.destination())).isEqualTo(value(logConfiguration, "Options"));
    assertThat(secrets(l.secretOptions())).isEqualTo(namedValues(logConfiguration, "SecretOptions", "ValueFrom"));
  }

  // ---- the model side, in the template's shapes ----

  private static List<Object> ports(List<Port> ports) {
    return ports.stream().map(p -> Map.of("ContainerPort", Integer.toString(p.number()), "Protocol", p.protocol().toString()))
        .collect(Collectors.toList());
  }

  private static Object healthCheck(Optional<HealthCheck> check) {
    if (check.isEmpty()) {
      return null;
    }
    HealthCheck c = check.get();
    Map<String, Object> map = new TreeMap<>();
    map.put("Command", c.commandOrDefault());
    map.put("Interval", Long.toString(c.intervalOrDefault().getSeconds()));
    map.put("Retries", Integer.toString(c.retriesOrDefault()));
    map.put("StartPeriod", Long.toString(c.startPeriodOrDefault().getSeconds()));
    map.put("Timeout", Long.toString(c.timeoutOrDefault().getSeconds()));
    return map;
  }

  private static Map<String, Object> secrets(Map<String, SecretRef> secrets) {
    Map<String, Object> map = new TreeMap<>();
    secrets.forEach((name, ref) -> {
      switch (ref.source()) {
        case SECRETS_MANAGER:
          map.put(name, SECRETS_MANAGER_PREFIX + ref.name());
          break;
        case IMPORTED:
          map.put(name, Map.of("Fn::ImportValue", ref.name()));
          break;
        default:
          map.put(name, ref.name());
      }
    });
    return map;
  }

  private static Map<String, Object> variables(Map<String, Variable> variables) {
    Map<String, Object> map = new TreeMap<>();
    variables.forEach((name, v) -> map.put(name, v.kind() == Variable.Kind.IMPORTED ? Map.of("Fn::ImportValue", v.value()) : v.value()));
    return map;
  }

  private static Object dependsOn(Container container) {
    if (container.dependsOn().isEmpty()) {
      return null;
    }
    return new TreeMap<>(container.dependsOn()).entrySet().stream()
        .map(e -> Map.of("Condition", e.getValue().name(), "ContainerName", e.getKey()))
        .collect(Collectors.toList());
  }

  private static List<Object> mounts(List<Mount> mounts) {
    return mounts.stream().map(m -> Map.of("ContainerPath", m.path(), "ReadOnly", Boolean.toString(m.isReadOnly()),
        "SourceVolume", m.sourceVolume())).collect(Collectors.toList());
  }

  private static List<Object> volumeMounts(List<Volume> volumes) {
    return volumes.stream().filter(v -> v.path().isPresent())
        .map(v -> Map.of("ContainerPath", v.path().get(), "ReadOnly", Boolean.toString(v.isReadOnly()), "SourceVolume", v.name()))
        .collect(Collectors.toList());
  }

  // ---- the template side ----

  private static Map<String, Node.MapNode> containerDefinitions(Path template) throws IOException {
    Node root = new TreeParser(template.toString()).parse(Files.readString(template), ManifestFormat.YAML);
    Node.MapNode resources = (Node.MapNode) ((Node.MapNode) root).entries().get("Resources").value();
    Node.MapNode taskDefinition = (Node.MapNode) resources.entries().get("TaskDefinition").value();
    Node.MapNode properties = (Node.MapNode) taskDefinition.entries().get("Properties").value();
    Map<String, Node.MapNode> byName = new LinkedHashMap<>();
    for (Node item : ((Node.ListNode) properties.entries().get("ContainerDefinitions").value()).items()) {
      Node.MapNode definition = (Node.MapNode) item;
      byName.put(text(definition, "Name"), definition);
    }
    return byName;
  }

  private static String text(Node.MapNode map, String key) {
    return ((Node.ScalarNode) map.entries().get(key).value()).text();
  }

  private static List<Object> portMappings(Node.MapNode definition) {
    List<Object> mappings = new ArrayList<>();
    for (Object mapping : list(definition, "PortMappings")) {
      @SuppressWarnings("unchecked")
      Map<String, Object> m = new TreeMap<>((Map<String, Object>) mapping);
      m.remove("Name");
      mappings.add(m);
    }
    return mappings;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Node.MapNode map, String key) {
    return (List<Object>) valueOr(map, key, List.of());
  }

  private static Object valueOr(Node.MapNode map, String key, Object absent) {
    Object value = value(map, key);
    return value == null ? absent : value;
  }

  private static Map<String, Object> namedValues(Node.MapNode definition, String key, String valueKey) {
    Map<String, Object> map = new TreeMap<>();
    for (Object item : list(definition, key)) {
      Map<?, ?> entry = (Map<?, ?>) item;
      String name = (String) entry.get("Name");
      if (!name.startsWith("COPILOT_")) {
        map.put(name, entry.get(valueKey));
      }
    }
    return map;
  }

  /** A node as plain Java: maps (sorted), lists and scalar texts; null when absent. */
  private static Object value(Node.MapNode map, String key) {
    Node.Entry entry = map.entries().get(key);
    return entry == null ? null : plain(entry.value());
  }

  private static Object plain(Node node) {
    if (node instanceof Node.MapNode) {
      Map<String, Object> map = new TreeMap<>();
      ((Node.MapNode) node).entries().forEach((k, e) -> map.put(k, plain(e.value())));
      return map;
    }
    if (node instanceof Node.ListNode) {
      return ((Node.ListNode) node).items().stream().map(CopilotConformanceTest::plain).collect(Collectors.toList());
    }
    return ((Node.ScalarNode) node).text();
  }
}
