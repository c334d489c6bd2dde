package dev.sidecars.ecs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sidecars.formats.ManifestException;
import dev.sidecars.formats.ManifestFormat;
import dev.sidecars.formats.ManifestWarning;
import dev.sidecars.formats.internal.Node;
import dev.sidecars.formats.internal.TreeParser;
import dev.sidecars.model.Container;
import dev.sidecars.model.Cpu;
import dev.sidecars.model.DependencyCondition;
import dev.sidecars.model.Memory;
import dev.sidecars.model.Variable;
import dev.sidecars.model.Workload;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real CloudFormation templates (Copilot's stack test data, with the parameter values its tests
 * deploy them with; import/README.md): they import and validate without errors, with and without
 * the values, and the template rendered from the import gives back every property the template
 * set, its intrinsic functions as written.
 */
class CloudFormationImportTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static String read(String name) throws Exception {
    return Files.readString(Path.of(CloudFormationImportTest.class.getResource("import/cloudformation/" + name).toURI()));
  }

  /** The values Copilot's test deploys the template with: its {@code *.params.json}. */
  private static Map<String, String> parameters(String template) throws Exception {
    JsonNode params = JSON.readTree(read(template.replace(".stack.yml", ".params.json"))).get("Parameters");
    Map<String, String> values = new LinkedHashMap<>();
    params.properties().forEach(e -> values.put(e.getKey(), e.getValue().asString()));
    return values;
  }

  private static EcsImport imported(String template, Map<String, String> parameters) throws Exception {
    return EcsTaskDefinitionReader.create().parameters(parameters).read(read(template), template);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"copilot-svc-prod.stack.yml", "copilot-job-test.stack.yml"})
  void importsAndValidatesWithAndWithoutTheParameterValues(String template) throws Exception {
    for (Map<String, String> values : List.of(Map.<String, String>of(), parameters(template))) {
      EcsImport imported = imported(template, values);
      assertThat(imported.shape()).isEqualTo(EcsImport.Shape.CLOUDFORMATION);
      assertThat(imported.resource()).contains("TaskDefinition");
      assertThat(imported.validate().errors()).as(values.toString()).isEmpty();
      for (ManifestWarning warning : imported.warnings()) {
        assertThat(warning.line()).as(warning.message()).isPositive();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"copilot-svc-prod.stack.yml", "copilot-job-test.stack.yml"})
  void theRenderedTemplateSetsEveryPropertyAsTheTemplateDid(String template) throws Exception {
    for (Map<String, String> values : List.of(Map.<String, String>of(), parameters(template))) {
      EcsImport imported = imported(template, values);
      Map<String, Object> emitted = imported.emitter().build().cloudFormationProperties(imported.workload());
      Map<String, Object> source = properties(read(template));
      for (Map.Entry<String, Object> property : source.entrySet()) {
        if (!property.getKey().equals("ContainerDefinitions")) {
          assertThat(text(emitted.get(property.getKey()))).as(property.getKey()).isEqualTo(text(property.getValue()));
        }
      }
      Map<String, Map<String, Object>> emittedContainers = byName(emitted);
      Map<String, Map<String, Object>> sourceContainers = byName(source);
      assertThat(emittedContainers.keySet()).isEqualTo(sourceContainers.keySet());
      sourceContainers.forEach((name, container) -> container.forEach((key, value) ->
          assertThat(text(emittedContainers.get(name).get(key))).as(name + "." + key).isEqualTo(text(value))));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"copilot-svc-prod.stack.yml", "copilot-job-test.stack.yml"})
  void theRenderedTemplateImportsBackToTheSameWorkload(String template) throws Exception {
    EcsImport imported = imported(template, parameters(template));
    String rendered = imported.emitter().build().toCloudFormation(imported.workload(), CloudFormationFormat.YAML);
    EcsImport again = EcsTaskDefinitionReader.create().parameters(parameters(template)).read(rendered, "rendered.yml");
    assertThat(again.workload()).as(rendered).isEqualTo(imported.workload());
  }

  @Test
  void theParameterValuesAreTheModelsValuesAndTheFunctionsStayForCloudFormation() throws Exception {
    EcsImport imported = imported("copilot-svc-prod.stack.yml", parameters("copilot-svc-prod.stack.yml"));
    Workload w = imported.workload();
    assertThat(w.name()).isEqualTo("my-app-prod-fe");
    assertThat(w.cpu()).contains(Cpu.ofEcsUnits(256));
    assertThat(w.memory()).contains(Memory.ofMebibytes(512));
    assertThat(w.main().name()).isEqualTo("fe");
    assertThat(w.main().environment()).containsEntry("COPILOT_APPLICATION_NAME", Variable.plain("my-app"))
        .containsEntry("COPILOT_LB_DNS", Variable.plain("${EnvControllerAction.PublicLoadBalancerDNSName}"))
        .containsEntry("DB_NAME", Variable.plain("${Fn::ImportValue MyDB}"));
    // the sidecars and the router as Copilot wrote them; the environment files under conditions are left out
    assertThat(w.sidecars()).extracting(Container::name).containsExactly("nginx", "operation");
    assertThat(w.logging().orElseThrow().image()).contains("public.ecr.aws/aws-observability/aws-for-fluent-bit:stable");
    assertThat(w.main().envFile()).isEmpty();
    assertThat(w.taskDefinitionOverrides()).anySatisfy(o -> {
      assertThat(o.path()).isEqualTo("ContainerDefinitions[0].Image");
      assertThat(o.value()).isEqualTo(Map.of("Ref", "ContainerImage"));
    });
    assertThat(w.taskDefinitionOverrides()).anySatisfy(o -> {
      assertThat(o.path()).isEqualTo("ExecutionRoleArn");
      assertThat(o.value()).isEqualTo(Map.of("Fn::GetAtt", List.of("ExecutionRole", "Arn")));
    });
  }

  @Test
  void withoutValuesAFunctionReadsAsItsSubstitutionAndAContainerNameAsAValidName() throws Exception {
    EcsImport imported = imported("copilot-job-test.stack.yml", Map.of());
    Workload w = imported.workload();
    assertThat(w.name()).isEqualTo("${AppName}-${EnvName}-${WorkloadName}");
    assertThat(w.main().name()).isEqualTo("workloadname");
    assertThat(w.main().image().location()).contains("${ContainerImage}");
    // the task size only CloudFormation knows: not modelled, and not required of the model
    assertThat(w.cpu()).isEmpty();
    assertThat(imported.rulesNotApplicable()).containsExactly("resources.fargate-needs-task-size");
    assertThat(w.main().dependsOn()).isEqualTo(Map.of("nginx", DependencyCondition.START));
    assertThat(w.ephemeralStorage()).contains(Memory.ofGibibytes(200));
    ManifestWarning image = imported.warnings().stream().filter(x -> x.path().endsWith("containerDefinitions[0].image"))
        .findFirst().orElseThrow();
    assertThat(image.code()).isEqualTo(EcsTaskDefinitionReader.CLOUDFORMATION_FUNCTION);
    assertThat(image.message()).contains("Ref ContainerImage").contains("ContainerDefinitions[0].Image")
        .contains("'${ContainerImage}'");
    assertThat(imported.warnings()).filteredOn(x -> x.code().equals(EcsTaskDefinitionReader.OUTSIDE_TASK_DEFINITION))
        .extracting(ManifestWarning::path).contains("Resources", "Resources.TaskDefinition.DependsOn");
  }

  @Test
  void eachFieldWithAFunctionIsKeptOnceAtItsPlaceAndSaidOnce() throws Exception {
    EcsImport imported = imported("copilot-job-test.stack.yml", Map.of());
    assertThat(imported.workload().taskDefinitionOverrides()).extracting(o -> o.path()).containsExactly(
        "ContainerDefinitions[0].Environment", "ContainerDefinitions[0].EnvironmentFiles",
        "ContainerDefinitions[0].Image", "ContainerDefinitions[0].LogConfiguration", "ContainerDefinitions[0].Name",
        "ContainerDefinitions[0].Secrets", "ContainerDefinitions[1].Environment",
        "ContainerDefinitions[1].EnvironmentFiles", "ContainerDefinitions[1].LogConfiguration",
        "ContainerDefinitions[1].Secrets", "Cpu", "ExecutionRoleArn", "Family", "Memory", "TaskRoleArn",
        "Volumes[0].EFSVolumeConfiguration");
    assertThat(imported.warnings()).filteredOn(w -> w.path().endsWith("containerDefinitions[0].image")).singleElement()
        .satisfies(w -> assertThat(w.message()).isEqualTo("Resources.TaskDefinition.Properties.containerDefinitions[0]"
            + ".image holds the CloudFormation function Ref ContainerImage: kept as written for CloudFormation (the task "
            + "definition override ContainerDefinitions[0].Image); the model reads it as '${ContainerImage}'"));
    assertThat(imported.warnings()).filteredOn(w -> w.path().endsWith("containerDefinitions[1].environment"))
        .singleElement().satisfies(w -> assertThat(w.message()).contains("holds the CloudFormation functions Sub "
            + "${AppName}, Sub ${EnvName}, Sub ${WorkloadName}: kept as written").endsWith("the model reads each function "
            + "as its value or as ${...}"));
    EcsImport prod = imported("copilot-svc-prod.stack.yml", Map.of());
    assertThat(prod.warnings()).filteredOn(w -> w.path().equals("Resources")).singleElement()
        .satisfies(w -> assertThat(w.message()).isEqualTo("the template's Description, Metadata, Parameters, "
            + "Conditions, Outputs, 33 other resources are not part of the task definition: the template keeps them "
            + "(inject edits it in place); a render writes the task definition alone"));
  }

  @Test
  void aTemplateOfTheTaskDefinitionAloneHasNothingOutsideIt() {
    String alone = "Resources:\n  Task:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      Family: web\n"
        + "      NetworkMode: awsvpc\n      RequiresCompatibilities: [EC2]\n      ContainerDefinitions:\n        - Name: web\n          Image: nginx\n";
    assertThat(EcsTaskDefinitionReader.create().read(alone, "t.yml").warnings()).isEmpty();
    String withOne = alone + "  Queue:\n    Type: AWS::SQS::Queue\n";
    assertThat(EcsTaskDefinitionReader.create().read(withOne, "t.yml").warnings()).extracting(w -> w.message())
        .containsExactly("the template's 1 other resource are not part of the task definition: the template keeps them "
            + "(inject edits it in place); a render writes the task definition alone");
  }

  @Test
  void everyFormOfTheFunctionsReadsThroughItsStandIn() {
    String template = "Parameters:\n  Empty: {Type: String, Default: ''}\n  Tag: {Type: String, Default: '1.2'}\n"
        + "Resources:\n  Task:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      Family: web\n"
        + "      NetworkMode: awsvpc\n      RequiresCompatibilities: [EC2]\n      TaskRoleArn: {'Fn::GetAtt': [Role, Arn]}\n"
        + "      ContainerDefinitions:\n        - Name: web\n"
        + "          Image: {'Fn::Sub': ['${Repo}:${Tag}', {Repo: nginx}]}\n"
        + "          Command: [run, !Ref Empty, !Ref Tag]\n"
        + "          Environment: !If [Prod, [{Name: A, Value: b}], []]\n"
        + "          EntryPoint: [!If [Debug, dlv, !Ref AWS::NoValue], app]\n";
    EcsImport imported = EcsTaskDefinitionReader.create().read(template, "t.yml");
    Container web = imported.workload().main();
    // a Default of '' is no value; an item under a condition is left out; a whole field under one is not modelled
    assertThat(web.command()).contains(List.of("run", "${Empty}", "1.2"));
    assertThat(web.entrypoint()).contains(List.of("app"));
    assertThat(web.environment()).isEmpty();
    assertThat(web.image().location()).contains("${Repo}:1.2");
    assertThat(imported.taskRoleArn()).contains("${Role.Arn}");
    assertThat(imported.workload().taskDefinitionOverrides()).extracting(o -> o.path()).containsExactly(
        "ContainerDefinitions[0].Command", "ContainerDefinitions[0].EntryPoint", "ContainerDefinitions[0].Environment",
        "ContainerDefinitions[0].Image", "TaskRoleArn");
  }

  @Test
  void aContainerNamedByAFunctionIsFoundByTheDependencyThatNamesItSo() {
    String template = "Resources:\n"
        + "  Task:\n"
        + "    Type: AWS::ECS::TaskDefinition\n"
        + "    Properties:\n"
        + "      Family: app\n"
        + "      RequiresCompatibilities: [EC2]\n"
        + "      ContainerDefinitions:\n"
        + "        - Name: proxy\n"
        + "          Image: envoy\n"
        + "          DependsOn:\n"
        + "            - ContainerName: !Ref AppName\n"
        + "              Condition: START\n"
        + "        - Name: !Ref AppName\n"
        + "          Image: !Sub '${Registry}/app:${Tag}'\n"
        + "          Essential: false\n";
    EcsImport imported = EcsTaskDefinitionReader.create().parameters(Map.of("Registry", "example.com"))
        .read(template, "t.yml");
    Workload w = imported.workload();
    assertThat(w.main().name()).isEqualTo("proxy");
    Container app = w.container("appname").orElseThrow();
    assertThat(app.image().location()).contains("example.com/app:${Tag}");
    assertThat(w.main().dependsOn()).isEqualTo(Map.of("appname", DependencyCondition.START));
    assertThat(imported.validate().errors()).isEmpty();
    Map<String, Object> emitted = imported.emitter().build().cloudFormationProperties(w);
    assertThat(byName(emitted).keySet()).containsExactlyInAnyOrder("proxy", "{Ref=AppName}");
    assertThat(text(byName(emitted).get("proxy").get("DependsOn")))
        .isEqualTo(text(List.of(Map.of("ContainerName", Map.of("Ref", "AppName"), "Condition", "START"))));
  }

  @Test
  void theLongFormAndJsonTemplatesReadAsTheShortForm() {
    String json = "{\"Resources\": {\"Task\": {\"Type\": \"AWS::ECS::TaskDefinition\", \"Properties\": {"
        + "\"Family\": \"app\", \"RequiresCompatibilities\": [\"EC2\"], \"ContainerDefinitions\": [{"
        + "\"Name\": \"app\", \"Image\": {\"Fn::Join\": [\":\", [{\"Ref\": \"Repo\"}, \"1.0\"]]}, "
        + "\"Cpu\": {\"Ref\": \"AppCpu\"}, \"Memory\": 256}]}}},"
        + "\"Parameters\": {\"Repo\": {\"Type\": \"String\", \"Default\": \"nginx\"}, \"AppCpu\": {\"Type\": \"Number\"}}}";
    EcsImport imported = EcsTaskDefinitionReader.create().read(json, "t.json");
    Container app = imported.workload().main();
    assertThat(app.image().location()).contains("nginx:1.0");
    // a number only CloudFormation knows is not modelled; the one beside it is
    assertThat(app.resources().orElseThrow().cpuMin()).isEmpty();
    assertThat(app.resources().orElseThrow().memoryMax()).contains(Memory.ofMebibytes(256));
    Map<String, Object> container = byName(imported.emitter().build().cloudFormationProperties(imported.workload()))
        .get("app");
    assertThat(container.get("Cpu")).isEqualTo(Map.of("Ref", "AppCpu"));
    assertThat(text(container.get("Image"))).isEqualTo(text(Map.of("Fn::Join", List.of(":", List.of(Map.of("Ref",
        "Repo"), "1.0")))));
  }

  @Test
  void anApiRequestFromATemplateWithFunctionsIsRefusedWithTheReason() throws Exception {
    EcsImport imported = imported("copilot-svc-prod.stack.yml", parameters("copilot-svc-prod.stack.yml"));
    assertThatThrownBy(() -> imported.emitter().build().toApiJson(imported.workload()))
        .isInstanceOf(EcsEmitException.class).hasMessageContaining("has a value only in CloudFormation");
    EcsImport sizeUnknown = imported("copilot-svc-prod.stack.yml", Map.of());
    assertThatThrownBy(() -> sizeUnknown.emitter().build().apiTree(sizeUnknown.workload()))
        .isInstanceOf(EcsEmitException.class).hasMessageContaining("cpu: the task size is a CloudFormation function");
  }

  @Test
  void aTemplateWithTwoTaskDefinitionsOrNoneIsRefusedAtItsLine() {
    String one = "  A:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      Family: a\n"
        + "      ContainerDefinitions: [{Name: a, Image: a}]\n";
    assertThatThrownBy(() -> EcsTaskDefinitionReader.create().read("Resources:\n" + one + one.replace("  A:", "  B:"),
        "t.yml")).isInstanceOf(ManifestException.class).hasMessageContaining("t.yml:7:3")
        .hasMessageContaining("the template holds A, B");
    assertThat(EcsTaskDefinitionReader.recognises("Resources:\n" + one)).isTrue();
    assertThat(EcsTaskDefinitionReader.recognises("Resources:\n  Q:\n    Type: AWS::SQS::Queue\n")).isFalse();
    assertThatThrownBy(() -> EcsTaskDefinitionReader.create().read("Resources:\n  A:\n    Type: AWS::ECS::TaskDefinition\n"
        + "    Properties: !Ref Props\n", "t.yml")).isInstanceOf(ManifestException.class)
        .hasMessageContaining("t.yml:4:17").hasMessageContaining("must be a map of the task definition's properties");
  }

  // ---- helpers: the template's properties as plain values, short forms in their long form

  private static Map<String, Object> properties(String template) {
    Node root = new TreeParser("t").parse(template, ManifestFormat.YAML);
    Node.Entry resource = CloudFormationTemplate.taskDefinition(root, "t");
    @SuppressWarnings("unchecked")
    Map<String, Object> plain = (Map<String, Object>) CloudFormationFunctions.longForm(
        CloudFormationTemplate.properties(resource, "t")).toPlain();
    return plain;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> byName(Map<String, Object> properties) {
    Map<String, Map<String, Object>> out = new TreeMap<>();
    for (Object c : (List<Object>) properties.get("ContainerDefinitions")) {
      Map<String, Object> container = (Map<String, Object>) c;
      out.put(String.valueOf(container.get("Name")), container);
    }
    return out;
  }

  /** A value with every scalar as its text, so that 4000, "4000" and a raw 4000 compare equal. */
  private static Object text(Object value) {
    if (value instanceof Map) {
      Map<String, Object> out = new TreeMap<>();
      ((Map<?, ?>) value).forEach((k, v) -> out.put(String.valueOf(k), text(v)));
      return out;
    }
    if (value instanceof List) {
      List<Object> out = new ArrayList<>();
      ((List<?>) value).forEach(item -> out.add(text(item)));
      return out;
    }
    return value == null ? null : String.valueOf(value);
  }
}
