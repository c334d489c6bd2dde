package dev.sidecars.ecs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sidecars.ecs.internal.RegistrationRules;
import dev.sidecars.ecs.internal.TaskDefinitionTree;
import dev.sidecars.formats.copilot.CopilotManifest;
import dev.sidecars.model.Container;
import dev.sidecars.model.SecretRef;
import dev.sidecars.model.Variable;
import dev.sidecars.model.Volume;
import dev.sidecars.model.Workload;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every workload manifest of Copilot's own stack test data (test resources, copilot-stack;
 * Apache-2.0, see the README there), for each environment that has an expected template: our
 * CloudFormation task definition equals Copilot's {@code TaskDefinition} on every property and
 * every container field, the main container included, compared as parsed trees.
 *
 * <p>Left out, each because it is Copilot's own wiring and no part of the workload:
 * {@code Family}, {@code ExecutionRoleArn} and {@code TaskRoleArn} (names and roles of
 * Copilot's stack); {@code EnvironmentFiles} (Copilot's S3 upload, a parameter present whether
 * or not a file is given); {@code awslogs} log configurations (to Copilot's own log group); the
 * {@code COPILOT_*} variables; {@code PortMappings[].Name: target} (Service Connect, a service
 * setting). Where Copilot leaves out a value that has a default, the default is compared:
 * {@code Essential} true, {@code RuntimePlatform} Linux on x86_64. Copilot's references are
 * compared by what they stand for: {@code !Ref WorkloadName}, {@code ContainerImage},
 * {@code TaskCPU} and {@code TaskMemory} by the template's parameter values; {@code !Sub},
 * {@code !ImportValue} and {@code !Ref} by their text. The managed file system, which Copilot's
 * environment creates, is given to the emitter as Copilot's template names it.
 */
class CopilotStackConformanceTest {
  private static final String FIXTURES = "/copilot-stack/";
  private static final String MANAGED_FILE_SYSTEM = "EnvControllerAction.ManagedFileSystemID";
  private static final Set<String> IGNORED_PROPERTIES = Set.of("Family", "ExecutionRoleArn", "TaskRoleArn");

  /** Each workload manifest of Copilot's stack test data with an environment, its template and its parameters. */
  static Stream<Arguments> stackCases() {
    return Stream.of(
        Arguments.of("job-manifest.yml", "test", "job-test.stack.yml", "job-test.params.json"),
        Arguments.of("svc-manifest.yml", "test", "svc-test.stack.yml", "svc-test.params.json"),
        Arguments.of("svc-manifest.yml", "staging", "svc-staging.stack.yml", "svc-staging.params.json"),
        Arguments.of("svc-manifest.yml", "prod", "svc-prod.stack.yml", "svc-prod.params.json"),
        Arguments.of("svc-grpc-manifest.yml", "test", "svc-grpc-test.stack.yml", "svc-grpc-test.params.json"),
        Arguments.of("svc-nlb-manifest.yml", "test", "svc-nlb-test.stack.yml", "svc-nlb-test.params.json"),
        Arguments.of("svc-nlb-manifest.yml", "dev", "svc-nlb-dev.stack.yml", "svc-nlb-dev.params.json"),
        Arguments.of("svc-nlb-manifest.yml", "prod", "svc-nlb-prod.stack.yml", "svc-nlb-prod.params.json"),
        Arguments.of("windows-svc-manifest.yml", "test", "windows-svc-test.stack.yml", "windows-svc-test.params.json"),
        Arguments.of("worker-manifest.yml", "test", "worker-test.stack.yml", "worker-test.params.json"),
        Arguments.of("backend/simple-manifest.yml", "my-env",
            "backend/simple-template.yml", "backend/simple-params.json"),
        Arguments.of("backend/simple-manifest-without-port-config.yml", "my-env",
            "backend/simple-template-without-port-config.yml", "backend/simple-params-without-port-config.json"),
        Arguments.of("backend/http-only-path-manifest.yml", "my-env",
            "backend/http-only-path-template.yml", "backend/http-only-path-params.json"),
        Arguments.of("backend/http-full-config-manifest.yml", "my-env",
            "backend/http-full-config-template.yml", "backend/http-full-config-params.json"),
        Arguments.of("backend/https-path-alias-manifest.yml", "my-env",
            "backend/https-path-alias-template.yml", "backend/https-path-alias-params.json"),
        Arguments.of("backend/http-autoscaling-manifest.yml", "my-env",
            "backend/http-autoscaling-template.yml", "backend/http-autoscaling-params.json"),
        Arguments.of("stacklocal/manifest.yml", "test", "stacklocal/override-cf.yml", "stacklocal/cf.params.json"));
  }

  /**
   * The same workloads as API requests: given what a deployment supplies (the execution role,
   * region and account, the pushed image, the uploaded files, the file system and its access
   * point), each request passes the AWS SDK's model and the registration oracle, but for a
   * workload that imports CloudFormation exports, which the API request refuses in one
   * sentence; without the execution role, a workload that needs it is refused naming it.
   */
  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("stackCases")
  void theApiRequestRegistersGivenTheDeployment(String manifest, String environment, String template, String params)
      throws Exception {
    Map<String, String> parameters = parameters(params);
    Workload workload = workload(manifest, environment, parameters);
    EcsEmitter.Builder deployment = deployment(workload, parameters).executionRoleArn(EXECUTION_ROLE);
    for (Volume volume : workload.volumes()) {
      if (volume.efs().filter(e -> e.isManaged()).isPresent()) {
        deployment.managedFileSystem(volume.name(), "fs-12345678", "fsap-12345678");
      } else if (volume.efs().flatMap(e -> e.fileSystemExport()).isPresent()) {
        deployment.managedFileSystem(volume.name(), "fs-87654321");
      }
    }
    if (importsFromCloudFormation(workload)) {
      assertThatThrownBy(() -> deployment.build().toApiJson(workload)).isInstanceOf(EcsEmitException.class)
          .hasMessageContaining("has a value only in CloudFormation");
      return;
    }
    RegistrationOracle.accept(deployment.build().toApiJson(workload));
    if (!RegistrationRules.executionRoleNeeds(workload, new TaskDefinitionTree.Options(), true).isEmpty()) {
      assertThatThrownBy(() -> deployment(workload, parameters).build().toApiJson(workload))
          .isInstanceOf(EcsEmitException.class)
          .hasMessageStartingWith("executionRoleArn: ECS needs the task's execution role to read ");
    }
  }

  private static final String EXECUTION_ROLE = "arn:aws:iam::123456789012:role/copilot-execution";

  private static boolean importsFromCloudFormation(Workload workload) {
    for (Container c : workload.containers()) {
      if (c.environment().values().stream().anyMatch(v -> v.kind() == Variable.Kind.IMPORTED)
          || c.secrets().values().stream().anyMatch(r -> r.source() == SecretRef.Source.IMPORTED)) {
        return true;
      }
    }
    return false;
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("stackCases")
  void taskDefinitionEqualsCopilots(String manifest, String environment, String template, String params)
      throws IOException {
    Map<String, String> parameters = parameters(params);
    Workload workload = workload(manifest, environment, parameters);

    Map<String, Object> ours =
        ourProperties(emitter(workload, parameters).toCloudFormation(workload, CloudFormationFormat.JSON));
    Map<String, Object> theirs = copilotProperties(template);

    List<String> differences = new ArrayList<>();
    diff("", comparableTask(ours, Map.of()), comparableTask(theirs, parameters), differences);
    assertThat(differences).as(template + ": ours vs Copilot's").isEmpty();
  }

  /**
   * Our task definition's properties with each template parameter replaced by its default,
   * the value the test gave the emitter, as Copilot's are compared with their parameters'.
   */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> ourProperties(String template) throws IOException {
    Map<String, Object> root = new JsonMapper().readValue(template, Map.class);
    Map<String, Object> defaults = new LinkedHashMap<>();
    ((Map<String, Map<String, Object>>) root.getOrDefault("Parameters", Map.of()))
        .forEach((name, parameter) -> defaults.put(name, parameter.get("Default")));
    Map<String, Object> resources = (Map<String, Object>) root.get("Resources");
    Map<String, Object> task = (Map<String, Object>) resources.get("TaskDefinition");
    return (Map<String, Object>) resolved(task.get("Properties"), defaults);
  }

  @SuppressWarnings("unchecked")
  private static Object resolved(Object value, Map<String, Object> defaults) {
    if (value instanceof Map) {
      Map<String, Object> map = (Map<String, Object>) value;
      if (map.size() == 1 && map.containsKey("Ref") && defaults.get(map.get("Ref")) != null) {
        return defaults.get(map.get("Ref"));
      }
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(k, resolved(v, defaults)));
      return out;
    }
    if (value instanceof List) {
      List<Object> out = new ArrayList<>();
      ((List<Object>) value).forEach(v -> out.add(resolved(v, defaults)));
      return out;
    }
    return value;
  }

  /** Every path where two comparable trees differ, with both values. */
  @SuppressWarnings("unchecked")
  private static void diff(String path, Object ours, Object theirs, List<String> differences) {
    if (ours instanceof Map && theirs instanceof Map) {
      Map<String, Object> a = (Map<String, Object>) ours;
      Map<String, Object> b = (Map<String, Object>) theirs;
      java.util.Set<String> keys = new java.util.TreeSet<>(a.keySet());
      keys.addAll(b.keySet());
      for (String key : keys) {
        diff(path + "/" + key, a.get(key), b.get(key), differences);
      }
    } else if (ours instanceof List && theirs instanceof List && ((List<?>) ours).size() == ((List<?>) theirs).size()) {
      for (int i = 0; i < ((List<?>) ours).size(); i++) {
        diff(path + "[" + i + "]", ((List<?>) ours).get(i), ((List<?>) theirs).get(i), differences);
      }
    } else if (!java.util.Objects.equals(ours, theirs)) {
      differences.add(path + ": ours " + ours + ", Copilot's " + theirs);
    }
  }

  private static EcsEmitter emitter(Workload workload, Map<String, String> parameters) {
    EcsEmitter.Builder emitter = deployment(workload, parameters);
    for (Volume volume : workload.volumes()) {
      if (volume.efs().filter(e -> e.isManaged()).isPresent()) {
        emitter.managedFileSystem(volume.name(), MANAGED_FILE_SYSTEM);
      }
    }
    return emitter.build();
  }

  /** A stack case's workload, read as Copilot reads it for that environment. */
  private static Workload workload(String manifest, String environment, Map<String, String> parameters)
      throws IOException {
    return CopilotManifest.reader()
        .application(parameters.get("AppName"))
        .variables(Map.of("TAG", "cicdtest"))
        .read(read(manifest), manifest)
        .workload(environment);
  }

  /**
   * What Copilot's deployment supplies: the pushed image, the uploaded environment files, and
   * the region and account a Secrets Manager ARN is made with.
   */
  private static EcsEmitter.Builder deployment(Workload workload, Map<String, String> parameters) {
    EcsEmitter.Builder emitter = EcsEmitter.builder().copilotOrder(true).region("us-west-2").accountId("123456789012");
    if (workload.main().image().location().isEmpty()) {
      emitter.builtImage(workload.main().name(), parameters.get("ContainerImage"));
    }
    for (Container container : workload.containers()) {
      container.envFile().ifPresent(file -> emitter.environmentFile(file, "arn:aws:s3:::bucket/" + file));
    }
    workload.logging().flatMap(l -> l.envFile()).ifPresent(file -> emitter.environmentFile(file, "arn:aws:s3:::bucket/" + file));
    return emitter;
  }

  private static String read(String name) throws IOException {
    try (InputStream in = CopilotStackConformanceTest.class.getResourceAsStream(FIXTURES + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> parameters(String name) throws IOException {
    Map<String, Object> root = new JsonMapper().readValue(read(name), Map.class);
    Map<String, String> parameters = new LinkedHashMap<>();
    ((Map<String, Object>) root.get("Parameters")).forEach((k, v) -> parameters.put(k, String.valueOf(v)));
    return parameters;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> copilotProperties(String template) throws IOException {
    // CloudFormation short forms (!Ref, !Sub, !GetAtt, !ImportValue) are read as the values they tag
    Map<String, Object> root = YAMLMapper.builder().build().readValue(read(template), Map.class);
    // the override fixture holds the overridden resources only, without the template around them
    Map<String, Object> resources = root.containsKey("Resources") ? (Map<String, Object>) root.get("Resources") : root;
    return (Map<String, Object>) ((Map<String, Object>) resources.get("TaskDefinition")).get("Properties");
  }

  /** The task's properties as text, without Copilot's own, its references resolved. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> comparableTask(Map<String, Object> properties, Map<String, String> parameters) {
    Map<String, Object> out = new TreeMap<>();
    properties.forEach((key, value) -> {
      if (IGNORED_PROPERTIES.contains(key)) {
        return;
      }
      if (key.equals("ContainerDefinitions")) {
        List<Object> containers = new ArrayList<>();
        for (Object container : (List<Object>) value) {
          containers.add(comparableContainer((Map<String, Object>) container, parameters));
        }
        out.put(key, containers);
      } else if (key.equals("Cpu") && value.equals("TaskCPU")) {
        out.put(key, parameters.get("TaskCPU"));
      } else if (key.equals("Memory") && value.equals("TaskMemory")) {
        out.put(key, parameters.get("TaskMemory"));
      } else {
        out.put(key, text(value));
      }
    });
    out.putIfAbsent("RuntimePlatform", text(Map.of("CpuArchitecture", "X86_64", "OperatingSystemFamily", "LINUX")));
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> comparableContainer(Map<String, Object> definition, Map<String, String> parameters) {
    Map<String, Object> out = new TreeMap<>();
    definition.forEach((key, value) -> {
      switch (key) {
        case "EnvironmentFiles":
          return;
        case "LogConfiguration":
          if ("awslogs".equals(((Map<String, Object>) value).get("LogDriver"))) {
            return;
          }
          break;
        case "Environment": {
          List<Object> user = new ArrayList<>();
          for (Object e : (List<Object>) value) {
            if (!String.valueOf(((Map<String, Object>) e).get("Name")).startsWith("COPILOT_")) {
              user.add(e);
            }
          }
          if (user.isEmpty()) {
            return;
          }
          value = user;
          break;
        }
        case "PortMappings": {
          List<Object> mappings = new ArrayList<>();
          for (Object m : (List<Object>) value) {
            Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) m);
            copy.remove("Name");
            mappings.add(copy);
          }
          value = mappings;
          break;
        }
        case "Name":
          value = parameters.isEmpty() || !value.equals("WorkloadName") ? value : parameters.get("WorkloadName");
          break;
        case "Image":
          value = parameters.isEmpty() || !value.equals("ContainerImage") ? value : parameters.get("ContainerImage");
          break;
        default:
          break;
      }
      out.put(key, text(value));
    });
    out.putIfAbsent("Essential", "true");
    return out;
  }

  /** Scalars as strings, maps sorted, a reference or function by its text. */
  @SuppressWarnings("unchecked")
  private static Object text(Object value) {
    if (value instanceof Map) {
      Map<String, Object> map = (Map<String, Object>) value;
      if (map.size() == 1) {
        String only = map.keySet().iterator().next();
        if (only.equals("Ref") || only.equals("Fn::Sub") || only.equals("Fn::ImportValue")) {
          return text(map.get(only));
        }
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
