package dev.sidecars.ecs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sidecars.formats.ManifestException;
import dev.sidecars.model.Container;
import dev.sidecars.model.Cpu;
import dev.sidecars.model.DependencyCondition;
import dev.sidecars.model.EfsVolume;
import dev.sidecars.model.HealthCheck;
import dev.sidecars.model.Logging;
import dev.sidecars.model.Memory;
import dev.sidecars.model.Port;
import dev.sidecars.model.TaskDefinitionOverride;
import dev.sidecars.model.Variable;
import dev.sidecars.model.Workload;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What the reader makes of real task definitions, field by field, and how it refuses bad ones. */
class EcsImportTest {
  private static final EcsTaskDefinitionReader READER = EcsTaskDefinitionReader.create();

  private static Path file(String name) throws URISyntaxException {
    return Path.of(EcsImportTest.class.getResource("import/" + name).toURI());
  }

  private static List<String> kept(EcsImport imported) {
    return imported.warnings().stream().map(w -> w.code() + " " + w.path() + " @" + w.line())
        .collect(Collectors.toList());
  }

  @Test
  void anAppMeshTaskHasItsAppAsMainAndEnvoyAndItsRouterAsSidecars() throws Exception {
    EcsImport imported = READER.read(file("firelens-app-mesh-envoy.json"));
    Workload w = imported.workload();
    assertThat(imported.shape()).isEqualTo(EcsImport.Shape.REGISTER_REQUEST);
    assertThat(w.name()).isEqualTo("appmesh-firelens-colorteller-black");
    assertThat(w.main().name()).isEqualTo("app");
    assertThat(w.main().ports()).containsExactly(Port.tcp(9080));
    assertThat(w.main().environment()).isEqualTo(Map.of("COLOR", Variable.plain("black"), "SERVER_PORT", Variable.plain("9080")));
    assertThat(w.main().dependsOn()).isEqualTo(Map.of("envoy", DependencyCondition.HEALTHY));
    // the app logs to no router, so the router is no logging of the model: a sidecar, as envoy
    assertThat(w.logging()).isEmpty();
    assertThat(w.sidecars()).extracting(Container::name).containsExactly("log_router", "envoy");
    Container envoy = w.container("envoy").orElseThrow();
    assertThat(envoy.image().location()).contains("840364872350.dkr.ecr.us-east-1.amazonaws.com/aws-appmesh-envoy:v1.12.2.1-prod");
    assertThat(envoy.ports()).containsExactly(Port.tcp(9901), Port.tcp(15000), Port.tcp(15001));
    assertThat(envoy.healthCheck()).contains(HealthCheck.builder()
        .command(List.of("CMD-SHELL", "curl -s http://localhost:9901/server_info | grep state | grep -q LIVE"))
        .interval(Duration.ofSeconds(5)).timeout(Duration.ofSeconds(2)).retries(3).startPeriod(Duration.ZERO).build());
    Container router = w.container("log_router").orElseThrow();
    assertThat(router.resources().orElseThrow().memoryMin()).contains(Memory.ofMebibytes(50));
    assertThat(w.cpu()).contains(Cpu.ofEcsUnits(1024));
    assertThat(w.memory()).contains(Memory.ofMebibytes(2048));
    assertThat(imported.compatibility()).isEqualTo("FARGATE");
    assertThat(imported.taskRoleArn()).contains("arn:aws:iam::012345678910:role/ecs_task_role");
    assertThat(imported.executionRoleArn()).contains("arn:aws:iam::012345678910:role/ecsExecutionRole");
    // kept: in Copilot's container order the app is 0, then the sidecars by name: envoy 1, log_router 2
    assertThat(w.taskDefinitionOverrides()).extracting(TaskDefinitionOverride::path).containsExactly(
        "ContainerDefinitions[1].LogConfiguration", "ContainerDefinitions[1].Ulimits", "ContainerDefinitions[1].User",
        "ContainerDefinitions[2].FirelensConfiguration", "ContainerDefinitions[2].LogConfiguration", "ProxyConfiguration");
    assertThat(w.taskDefinitionOverrides()).filteredOn(o -> o.path().endsWith("Ulimits")).singleElement()
        .extracting(TaskDefinitionOverride::value)
        .isEqualTo(List.of(Map.of("Name", "nofile", "HardLimit", 15000L, "SoftLimit", 15000L)));
    // one warning per kept field, at its line, in document order
    assertThat(kept(imported)).containsExactly(
        "import.not-modelled proxyConfiguration @3",
        "import.not-modelled containerDefinitions[0].firelensConfiguration @33",
        "import.not-modelled containerDefinitions[0].logConfiguration @41",
        "import.not-modelled containerDefinitions[2].user @77",
        "import.not-modelled containerDefinitions[2].ulimits @79",
        "import.not-modelled containerDefinitions[2].logConfiguration @109");
    assertThat(imported.validate().errors()).isEmpty();
  }

  @Test
  void theEmitterWritesTheKeptFieldsBackWhereTheyWere() throws Exception {
    EcsImport imported = READER.read(file("firelens-app-mesh-envoy.json"));
    EcsTaskDefinition emitted = imported.emitter().build().emit(imported.workload());
    assertThat(emitted.family()).isEqualTo("appmesh-firelens-colorteller-black");
    String json = emitted.toApiJson();
    assertThat(json).contains("\"proxyConfiguration\"", "\"containerName\" : \"envoy\"", "\"user\" : \"1337\"",
        "\"hardLimit\" : 15000", "\"taskRoleArn\" : \"arn:aws:iam::012345678910:role/ecs_task_role\"");
    assertThat(emitted.container("envoy").orElseThrow().routesLogsThroughFireLens()).isTrue();
    assertThat(emitted.container("app").orElseThrow().logConfiguration()).isEmpty();
    assertThat(emitted.container("log_router").orElseThrow().firelensConfiguration().orElseThrow().type())
        .isEqualTo("fluentbit");
    assertThat(emitted.containerNames()).containsExactly("app", "log_router", "envoy");
    // CloudFormation names the proxy's properties ProxyConfigurationProperties, the API properties
    assertThat(emitted.toCloudFormation(CloudFormationFormat.YAML)).contains("ProxyConfigurationProperties:");
    assertThat(json).contains("\"properties\" : [");
  }

  @Test
  void aRouterTheMainContainerLogsThroughIsTheModelsLogging() throws Exception {
    EcsImport imported = READER.read(file("firelens-health-check.json"));
    Logging logging = imported.workload().logging().orElseThrow();
    assertThat(logging.image()).contains("906394416424.dkr.ecr.us-east-1.amazonaws.com/aws-for-fluent-bit:stable");
    assertThat(logging.enableMetadata()).contains(true);
    assertThat(logging.destination()).isEqualTo(Map.of("Name", "cloudwatch_logs", "region", "us-west-2",
        "log_group_name", "app-stdout-logs", "auto_create_group", "true", "log_stream_name", "ecs-", "retry_limit", "2"));
    assertThat(imported.workload().sidecars()).isEmpty();
    assertThat(kept(imported)).contains("import.renamed containerDefinitions[0].name @9");
    EcsTaskDefinition emitted = imported.emitter().build().emit(imported.workload());
    assertThat(emitted.container("app").orElseThrow().routesLogsThroughFireLens()).isTrue();
    assertThat(emitted.container(TaskDefinitionImport.ROUTER).orElseThrow().healthCheck()).isPresent();
  }

  @Test
  void theDescribeOutputReadsAsTheRequestItCameFrom() throws Exception {
    EcsImport request = READER.read(file("awscli-sleep360-request.json"));
    EcsImport output = READER.read(file("awscli-sleep360-output.json"));
    assertThat(output.shape()).isEqualTo(EcsImport.Shape.DESCRIBE_OUTPUT);
    assertThat(request.shape()).isEqualTo(EcsImport.Shape.REGISTER_REQUEST);
    // revision, status, compatibilities and the ARN are the registry's; the empty lists say nothing
    assertThat(output.workload()).isEqualTo(request.workload());
    assertThat(kept(output)).containsExactly("import.not-modelled taskDefinition.networkMode @2");
    assertThat(kept(request)).containsExactly("import.not-modelled networkMode @1");
    assertThat(request.compatibility()).isEqualTo("EC2");
    assertThat(request.workload().main().resources().orElseThrow().cpuMin()).contains(Cpu.ofEcsUnits(10));
    assertThat(request.workload().main().resources().orElseThrow().memoryMax()).contains(Memory.ofMebibytes(10));
  }

  @Test
  void anEfsVolumeAndItsTransitEncryption() throws Exception {
    EcsImport imported = READER.read(file("firelens-efs.json"));
    Workload w = imported.workload();
    assertThat(w.volumes()).singleElement().satisfies(v -> {
      assertThat(v.name()).isEqualTo("firelens-conf");
      assertThat(v.efs()).contains(EfsVolume.builder().fileSystemId("fs-c3c9bcbb").rootDirectory("/").iam(false).build());
    });
    assertThat(w.taskDefinitionOverrides()).extracting(o -> o.path() + " = " + o.value())
        .contains("Volumes[0].EFSVolumeConfiguration.TransitEncryption = DISABLED",
            "ContainerDefinitions[1].MountPoints = [{SourceVolume=firelens-conf, ContainerPath=/configs}]");
    assertThat(w.logging().orElseThrow().configFilePath()).contains("/configs/extra.conf");
  }

  @Test
  void placeholdersLeftInSecretArnsAreFoundAtTheirLine() throws Exception {
    // New Relic's example leaves "region" and "aws_account_id" in the ARN
    EcsImport newRelic = READER.read(file("refused/firelens-newrelic.json"));
    assertThat(newRelic.validate().errors()).extracting(v -> v.code() + " " + v.modelPath() + " @"
        + v.location().orElseThrow().line()).containsExactly("secret.secrets-manager logging.secretOptions.apiKey @37");
    // Datadog's leaves ${Partition} and the like, variables the way Copilot writes them: not judged
    EcsImport datadog = READER.read(file("firelens-datadog.json"));
    assertThat(datadog.workload().logging().orElseThrow().secretOptions()).containsOnlyKeys("apikey");
    assertThat(datadog.validate().errors()).isEmpty();
  }

  @Test
  void aMalformedTaskDefinitionIsRefusedAtItsLine() throws Exception {
    assertThatThrownBy(() -> READER.read(file("refused/firelens-logstash.json"))).isInstanceOf(ManifestException.class)
        .hasMessageEndingWith("firelens-logstash.json:20:28: containerDefinitions[1].portMappings: must be a list, not a map");
  }

  @Test
  void taskSizesInEitherNotation() {
    String task = "{\"family\": \"f\", \"requiresCompatibilities\": [\"FARGATE\"], \"networkMode\": \"awsvpc\", "
        + "\"cpu\": \"%s\", \"memory\": \"%s\", \"containerDefinitions\": [{\"name\": \"a\", \"image\": \"x\"}]}";
    Workload vcpu = READER.read(String.format(task, "0.25 vCPU", "0.5 GB"), "t.json").workload();
    assertThat(vcpu.cpu()).contains(Cpu.ofEcsUnits(256));
    assertThat(vcpu.memory()).contains(Memory.ofMebibytes(512));
    Workload units = READER.read(String.format(task, "2048", "4096"), "t.json").workload();
    assertThat(units.cpu()).contains(Cpu.ofEcsUnits(2048));
    assertThat(units.memory()).contains(Memory.ofMebibytes(4096));
    assertThatThrownBy(() -> READER.read(String.format(task, "lots", "4096"), "t.json"))
        .isInstanceOf(ManifestException.class).hasMessageContaining("t.json:1:").hasMessageContaining("cpu");
  }

  @Test
  void whatATaskDefinitionMustHave() {
    assertThatThrownBy(() -> READER.read("{\"containerDefinitions\": [{\"name\": \"a\", \"image\": \"x\"}]}", "t.json"))
        .isInstanceOf(ManifestException.class).hasMessageContaining("family").hasMessageContaining("is required");
    assertThatThrownBy(() -> READER.read("{\"family\": \"f\"}", "t.json"))
        .isInstanceOf(ManifestException.class).hasMessageContaining("is not an ECS task definition");
    assertThatThrownBy(() -> READER.read("{\"family\": \"f\", \"containerDefinitions\": [{\"image\": \"x\"}]}", "t.json"))
        .isInstanceOf(ManifestException.class).hasMessageContaining("containerDefinitions[0].name");
    assertThatThrownBy(() -> READER.read("{\"family\": \"f\", \"containerDefinitions\": [{\"name\": \"r\", \"image\": \"x\", "
        + "\"firelensConfiguration\": {\"type\": \"fluentbit\"}}]}", "t.json"))
        .isInstanceOf(ManifestException.class).hasMessageContaining("a workload needs a main container");
    assertThatThrownBy(() -> READER.read("{\"family\": \"f\", \"containerDefinitions\": [{\"name\": \"a\", \"image\": \"x\", "
        + "\"dependsOn\": [{\"containerName\": \"b\", \"condition\": \"READY\"}]}]}", "t.json"))
        .isInstanceOf(ManifestException.class).hasMessageContaining("condition");
  }

  @Test
  void theMainContainerIsTheFirstEssentialOneThatIsNotTheRouter() {
    String task = "{\"family\": \"f\", \"containerDefinitions\": ["
        + "{\"name\": \"init\", \"image\": \"x\", \"essential\": false},"
        + "{\"name\": \"router\", \"image\": \"fb\", \"firelensConfiguration\": {\"type\": \"fluentbit\"}},"
        + "{\"name\": \"app\", \"image\": \"y\", \"logConfiguration\": {\"logDriver\": \"awsfirelens\"}, "
        + "\"dependsOn\": [{\"containerName\": \"router\", \"condition\": \"START\"}]}]}";
    Workload w = READER.read(task, "t.json").workload();
    assertThat(w.main().name()).isEqualTo("app");
    assertThat(w.main().dependsOn()).isEqualTo(Map.of(TaskDefinitionImport.ROUTER, DependencyCondition.START));
    assertThat(w.sidecars()).extracting(Container::name).containsExactly("init");
    assertThat(w.sidecars().get(0).essential()).contains(false);
    String none = "{\"family\": \"f\", \"containerDefinitions\": [{\"name\": \"a\", \"image\": \"x\", \"essential\": false},"
        + "{\"name\": \"b\", \"image\": \"y\", \"essential\": false}]}";
    assertThat(READER.read(none, "t.json").workload().main().name()).isEqualTo("a");
  }

  @Test
  void recognisesBothShapesAndNothingElse() {
    assertThat(EcsTaskDefinitionReader.recognises("{\"family\": \"f\", \"containerDefinitions\": []}")).isTrue();
    assertThat(EcsTaskDefinitionReader.recognises("taskDefinition:\n  containerDefinitions: []\n")).isTrue();
    assertThat(EcsTaskDefinitionReader.recognises("name: api\ntype: Backend Service\n")).isFalse();
    assertThat(EcsTaskDefinitionReader.recognises("apiVersion: apps/v1\nkind: Deployment\n")).isFalse();
    assertThat(EcsTaskDefinitionReader.recognises("{\"taskDefinition\": 3}")).isFalse();
    assertThat(EcsTaskDefinitionReader.recognises("{ not json")).isFalse();
    assertThat(EcsTaskDefinitionReader.recognises("- a\n- b\n")).isFalse();
  }

  @Test
  void theImportsOwnAnswers() {
    String task = "{\"family\": \"web\", %s\"containerDefinitions\": [{\"name\": \"app\", \"image\": \"nginx\"}]}";
    EcsImport ec2 = READER.read(String.format(task, ""), "ec2.json");
    assertThat(ec2.family()).isEqualTo("web");
    assertThat(ec2.sourced().value()).isEqualTo(ec2.workload());
    assertThat(ec2.sourced().sources()).isEqualTo(ec2.sources());
    assertThat(ec2.sourced().warnings()).isEqualTo(ec2.warnings());
    assertThat(ec2.sources().find("main.image").orElseThrow().line()).isEqualTo(1);
    // without a launch type ECS takes EC2, where no Fargate size applies
    assertThat(ec2.compatibility()).isEqualTo("EC2");
    assertThat(ec2.validate().errors()).isEmpty();
    EcsImport fargate = READER.read(String.format(task, "\"requiresCompatibilities\": [\"FARGATE\"], "), "f.json");
    assertThat(fargate.validate().errors()).extracting(v -> v.code()).containsExactly("resources.fargate-needs-task-size");
  }
}
