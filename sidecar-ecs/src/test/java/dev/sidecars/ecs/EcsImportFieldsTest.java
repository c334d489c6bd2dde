package dev.sidecars.ecs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sidecars.model.Architecture;
import dev.sidecars.model.Container;
import dev.sidecars.model.Cpu;
import dev.sidecars.model.DependencyCondition;
import dev.sidecars.model.EfsVolume;
import dev.sidecars.model.HealthCheck;
import dev.sidecars.model.Logging;
import dev.sidecars.model.Memory;
import dev.sidecars.model.Mount;
import dev.sidecars.model.OperatingSystem;
import dev.sidecars.model.Platform;
import dev.sidecars.model.Port;
import dev.sidecars.model.Resources;
import dev.sidecars.model.SecretRef;
import dev.sidecars.model.TaskDefinitionOverride;
import dev.sidecars.model.Variable;
import dev.sidecars.model.Workload;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every field the reader models and every kind of field it keeps, on one task definition written
 * for the purpose (src/test/resources/dev/sidecars/ecs/import-fields/everything.json), with the
 * line each element is found at.
 */
class EcsImportFieldsTest {
  private static final Path FILE = Path.of("src/test/resources/dev/sidecars/ecs/import-fields/everything.json");

  @Test
  void everyModelledField() {
    Workload w = EcsTaskDefinitionReader.create().read(FILE).workload();
    assertThat(w.platform()).contains(Platform.of(OperatingSystem.WINDOWS, Architecture.ARM64));
    assertThat(w.cpu()).contains(Cpu.ofEcsUnits(1024));
    assertThat(w.memory()).contains(Memory.ofMebibytes(2048));
    assertThat(w.ephemeralStorage()).contains(Memory.ofGibibytes(30));
    Container app = w.main();
    assertThat(app.credentials()).contains("arn:aws:secretsmanager:eu-west-1:123456789012:secret:registry");
    assertThat(app.resources()).contains(Resources.builder().cpuMin(Cpu.ofEcsUnits(256)).memoryMax(Memory.ofMebibytes(512))
        .memoryMin(Memory.ofMebibytes(256)).build());
    assertThat(app.ports()).containsExactly(Port.tcp(8080).named("http"), Port.of(9090, dev.sidecars.model.Protocol.UDP));
    assertThat(app.entrypoint()).contains(List.of("/bin/sh", "-c"));
    assertThat(app.command()).contains(List.of("serve"));
    assertThat(app.environment()).isEqualTo(Map.of("MODE", Variable.plain("prod"), "PORT", Variable.plain("8080")));
    assertThat(app.secrets()).isEqualTo(Map.of(
        "DB", SecretRef.secretsManager("arn:aws:secretsmanager:eu-west-1:123456789012:secret:db"),
        "TOKEN", SecretRef.ssm("/app/token")));
    assertThat(app.envFile()).contains("arn:aws:s3:::bucket/app.env");
    assertThat(app.mounts()).containsExactly(Mount.of("data", "/data", true));
    assertThat(app.labels()).isEqualTo(Map.of("team", "platform"));
    assertThat(app.dependsOn()).isEqualTo(Map.of("firelens_log_router", DependencyCondition.START,
        "init", DependencyCondition.SUCCESS));
    assertThat(app.healthCheck()).contains(HealthCheck.builder().command(List.of("CMD", "true"))
        .interval(Duration.ofSeconds(15)).timeout(Duration.ofSeconds(3)).retries(4).startPeriod(Duration.ofSeconds(20)).build());
    assertThat(app.readOnlyRootFilesystem()).contains(true);
    assertThat(w.logging()).contains(Logging.builder().image("amazon/aws-for-fluent-bit:stable")
        .putDestination("Name", "cloudwatch").putDestination("region", "eu-west-1")
        .putSecretOption("apikey", SecretRef.ssm("/app/apikey")).enableMetadata(false).configFilePath("/extra.conf")
        .putVariable("FLB_LOG_LEVEL", Variable.plain("info")).putSecret("KEY", SecretRef.ssm("/router/key"))
        .envFile("arn:aws:s3:::bucket/router.env").build());
    assertThat(w.sidecars()).singleElement().satisfies(init -> {
      assertThat(init.name()).isEqualTo("init");
      assertThat(init.essential()).contains(false);
      assertThat(init.envFile()).isEmpty();
    });
    assertThat(w.volumes()).hasSize(2);
    assertThat(w.volumes().get(0).efs()).contains(EfsVolume.builder().fileSystemId("fs-12345678").rootDirectory("/")
        .accessPointId("fsap-1").iam(true).build());
    assertThat(w.volumes().get(1).name()).isEqualTo("scratch");
    assertThat(w.volumes().get(1).efs()).isEmpty();
  }

  @Test
  void everyKeptFieldAtItsPlace() {
    Workload w = EcsTaskDefinitionReader.create().read(FILE).workload();
    // Copilot's container order: the app 0, the router 1, the sidecars by name: init 2
    assertThat(w.taskDefinitionOverrides()).extracting(o -> o.path() + " = " + o.value()).containsExactly(
        "ContainerDefinitions[0].LinuxParameters = {InitProcessEnabled=true}",
        "ContainerDefinitions[0].LogConfiguration.Mode = non-blocking",
        "ContainerDefinitions[0].PortMappings[0].AppProtocol = http",
        "ContainerDefinitions[0].PortMappings[1].HostPort = 9091",
        "ContainerDefinitions[1].Essential = false",
        "ContainerDefinitions[1].FirelensConfiguration.Options.extra = x",
        "ContainerDefinitions[1].User = 0",
        "ContainerDefinitions[2].EnvironmentFiles = [{Value=arn:aws:s3:::bucket/a.env, Type=s3}, "
            + "{Value=arn:aws:s3:::bucket/b.env, Type=s3}]",
        "PidMode = task",
        "RequiresCompatibilities = [FARGATE, EC2]",
        "RuntimePlatform = {CpuArchitecture=ARM64, OperatingSystemFamily=WINDOWS_SERVER_2022_CORE}",
        "Volumes[0].EFSVolumeConfiguration.AuthorizationConfig.Other = x",
        "Volumes[0].EFSVolumeConfiguration.TransitEncryptionPort = 2049",
        "Volumes[1].Host = {SourcePath=/tmp}");
    assertThat(w.taskDefinitionOverrides()).extracting(TaskDefinitionOverride::path).doesNotHaveDuplicates();
  }

  @Test
  void everyElementIsFoundAtItsLine() throws Exception {
    EcsImport imported = EcsTaskDefinitionReader.create().read(FILE);
    List<String> lines = Files.readAllLines(FILE);
    Map<String, String> where = new java.util.LinkedHashMap<>();
    where.put("name", "\"family\"");
    where.put("platform", "\"runtimePlatform\"");
    where.put("cpu", "\"cpu\": \"1 vCPU\"");
    where.put("memory", "\"memory\": \"2 GB\"");
    where.put("ephemeralStorage", "\"ephemeralStorage\"");
    where.put("main.image", "\"image\": \"example/app:1\"");
    where.put("main.credentials", "\"repositoryCredentials\"");
    where.put("main.resources.cpuMin", "\"cpu\": 256");
    where.put("main.resources.memoryMax", "\"memory\": 512");
    where.put("main.resources.memoryMin", "\"memoryReservation\": 256");
    where.put("main.ports[8080/tcp]", "\"containerPort\": 8080");
    where.put("main.entrypoint", "\"entryPoint\"");
    where.put("main.command", "\"command\": [\"serve\"]");
    where.put("main.environment.MODE", "\"MODE\"");
    where.put("main.secrets.DB", "\"name\": \"DB\"");
    where.put("main.envFile", "app.env");
    where.put("main.mounts[/data]", "\"containerPath\": \"/data\"");
    where.put("main.labels", "\"dockerLabels\"");
    where.put("main.dependsOn.init", "\"containerName\": \"init\"");
    where.put("main.healthCheck.interval", "\"interval\": 15");
    where.put("main.readOnlyRootFilesystem", "\"readonlyRootFilesystem\"");
    where.put("logging.destination", "\"Name\": \"cloudwatch\"");
    where.put("logging.secretOptions.apikey", "\"name\": \"apikey\"");
    where.put("logging.image", "aws-for-fluent-bit");
    where.put("logging.variables.FLB_LOG_LEVEL", "FLB_LOG_LEVEL");
    where.put("logging.secrets.KEY", "\"name\": \"KEY\"");
    where.put("logging.envFile", "router.env");
    where.put("logging.enableMetadata", "enable-ecs-log-metadata");
    where.put("logging.configFilePath", "enable-ecs-log-metadata");
    where.put("volumes[data].efs", "\"efsVolumeConfiguration\"");
    where.forEach((modelPath, needle) -> assertThat(imported.sources().find(modelPath)).as(modelPath)
        .hasValueSatisfying(origin -> assertThat(origin.line()).as(modelPath).isEqualTo(lineOf(lines, needle, 1))));
    // the router's "essential": false comes first, the init container's second
    assertThat(imported.sources().find("sidecars.init.essential").orElseThrow().line())
        .isEqualTo(lineOf(lines, "\"essential\": false", 2));
  }

  /** The 1-based line of the n-th line holding the text. */
  private static int lineOf(List<String> lines, String text, int n) {
    int seen = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text) && ++seen == n) {
        return i + 1;
      }
    }
    throw new AssertionError("no " + n + ". line with " + text);
  }
}
