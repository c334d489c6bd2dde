package dev.sidecars.validation;

import static dev.sidecars.validation.RulesTest.valid;
import static dev.sidecars.validation.RulesTest.withEnvoy;
import static dev.sidecars.validation.RulesTest.withMain;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sidecars.model.Container;
import dev.sidecars.model.Cpu;
import dev.sidecars.model.EfsVolume;
import dev.sidecars.model.Logging;
import dev.sidecars.model.Memory;
import dev.sidecars.model.Mount;
import dev.sidecars.model.Port;
import dev.sidecars.model.SecretMount;
import dev.sidecars.model.SecretRef;
import dev.sidecars.model.Variable;
import dev.sidecars.model.Volume;
import dev.sidecars.model.Workload;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The exact findings, message included, of the branches {@link RulesTest}'s one fault per code
 * does not reach: the log router's fields, each way a port name can be wrong, each gap of one
 * platform.
 */
class RuleMessagesTest {

  /** Every finding of a code, as "path: message". */
  private static List<String> findings(SidecarValidator validator, Workload workload, String code) {
    return validator.validate(workload).violations().stream().filter(v -> v.code().equals(code))
        .map(v -> v.severity().name().toLowerCase(java.util.Locale.ROOT) + " " + v.modelPath() + ": " + v.message())
        .collect(Collectors.toList());
  }

  private static Workload withLogging(Logging.Builder logging) {
    return valid().toBuilder().logging(logging.build()).build();
  }

  @Test
  void theLogRoutersEnvFileEndsInDotEnv() {
    assertThat(findings(SidecarValidator.ecs(), withLogging(Logging.builder().envFile("fluent.txt")), "env-file.extension"))
        .containsExactly("error logging.envFile: environment file fluent.txt must have a .env file extension");
    assertThat(findings(SidecarValidator.ecs(), withLogging(Logging.builder().envFile("fluent.env")), "env-file.extension"))
        .isEmpty();
  }

  @Test
  void theLogRoutersSecretsAreWellFormed() {
    Workload workload = withLogging(Logging.builder().putSecret("KEY", SecretRef.ssm("not a name!"))
        .putSecretOption("apikey", SecretRef.ssm("also bad!")).putSecretOption("good", SecretRef.ssm("/fine/name")));
    assertThat(findings(SidecarValidator.ecs(), workload, "secret.ssm-name")).extracting(f -> f.substring(0, f.indexOf(':')))
        .containsExactlyInAnyOrder("error logging.secrets.KEY", "error logging.secretOptions.apikey");
  }

  @Test
  void eachWayAPortNameFailsKubernetes() {
    String[][] cases = {
        {"abcdefghijklmnop", "port name 'abcdefghijklmnop' must be no more than 15 characters"},
        {"Admin", "port name 'Admin' must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)"},
        {"123", "port name '123' must contain at least one letter (a-z)"},
        {"a--b", "port name 'a--b' must not contain consecutive hyphens"},
        {"-ab", "port name '-ab' must not begin or end with a hyphen"},
        {"ab-", "port name 'ab-' must not begin or end with a hyphen"},
    };
    for (String[] c : cases) {
      Workload workload = withEnvoy(b -> b.addPort(Port.tcp(9902).named(c[0])));
      assertThat(findings(SidecarValidator.kubernetes(), workload, "port.name")).as(c[0])
          .containsExactly("error sidecars.envoy.ports[9902/tcp]: " + c[1]);
    }
    assertThat(findings(SidecarValidator.kubernetes(), withEnvoy(b -> b.addPort(Port.tcp(9902).named("abcdefghijklmno"))),
        "port.name")).isEmpty();
  }

  @Test
  void aPortNameUsedTwiceInOneContainerFailsKubernetes() {
    Workload workload = withEnvoy(b -> b.addPort(Port.tcp(9902).named("admin")));
    assertThat(findings(SidecarValidator.kubernetes(), workload, "port.name"))
        .containsExactly("error sidecars.envoy.ports[9902/tcp]: port name 'admin' is used twice in container envoy");
    // ECS does not mind, and the same name in another container is fine everywhere
    assertThat(findings(SidecarValidator.ecs(), workload, "port.name")).isEmpty();
    assertThat(findings(SidecarValidator.all(), withMain(b -> b.ports(List.of(Port.tcp(8080).named("admin")))), "port.name"))
        .isEmpty();
  }

  @Test
  void ecsPortNamesAreAtMost64OfItsCharacters() {
    String longest = "a".repeat(64);
    assertThat(findings(SidecarValidator.ecs(), withEnvoy(b -> b.addPort(Port.tcp(9902).named(longest))), "port.name")).isEmpty();
    assertThat(findings(SidecarValidator.ecs(), withEnvoy(b -> b.addPort(Port.tcp(9902).named(longest + "a"))), "port.name"))
        .hasSize(1);
    assertThat(findings(SidecarValidator.ecs(), withEnvoy(b -> b.addPort(Port.tcp(9902).named("-admin"))), "port.name"))
        .containsExactly("error sidecars.envoy.ports[9902/tcp]: port name '-admin' must be at most 64 characters of "
            + "a-z, 0-9, '_' and '-', not starting with '-'");
  }

  @Test
  void aSidecarNamedAsTheLogRouterCollidesOnlyWhenLogsAreRouted() {
    Workload named = valid().toBuilder().addSidecar(Container.builder().name("firelens_log_router").image("x").build()).build();
    assertThat(findings(SidecarValidator.ecs(), named, "name.duplicate")).isEmpty();
    assertThat(findings(SidecarValidator.ecs(), named.toBuilder().logging(Logging.builder().putDestination("Name", "cloudwatch")
        .build()).build(), "name.duplicate")).containsExactly("error sidecars.firelens_log_router: the container name "
            + "'firelens_log_router' is used twice (the FireLens log router has it)");
    assertThat(findings(SidecarValidator.ecs(), valid().toBuilder().addSidecar(Container.builder().name("envoy").image("x")
        .build()).build(), "name.duplicate")).containsExactly("error sidecars.envoy: the container name 'envoy' is used twice");
  }

  @Test
  void copilotMountPathsUseItsCharacters() {
    assertThat(findings(SidecarValidator.copilot(), withEnvoy(b -> b.addMount(Mount.of("data", "/etc/my envoy"))), "mount.path"))
        .containsExactly("error sidecars.envoy.mounts[/etc/my envoy]: path can only contain the characters a-zA-Z0-9.-_/");
    assertThat(findings(SidecarValidator.kubernetes(), withEnvoy(b -> b.addMount(Mount.of("data", "/etc/my envoy"))),
        "mount.path")).isEmpty();
    Workload volume = valid().toBuilder().volumes(List.of(Volume.builder().name("data").path("/data dir").build())).build();
    assertThat(findings(SidecarValidator.copilot(), volume, "mount.path"))
        .containsExactly("error volumes[data]: path can only contain the characters a-zA-Z0-9.-_/");
  }

  @Test
  void aRelativeMountPathInALaterSidecarIsFoundAtItsMount() {
    Workload workload = valid().toBuilder().addSidecar(Container.builder().name("otel").image("otel/collector")
        .addMount(Mount.of("data", "/ok")).addMount(Mount.of("data", "conf")).build()).build();
    assertThat(findings(SidecarValidator.kubernetes(), workload, "mount.path"))
        .containsExactly("error sidecars.otel.mounts[conf]: the mount path must be absolute, not conf");
  }

  @Test
  void theMissingHalfOfAFargateTaskSizeIsNamed() {
    Workload none = valid().toBuilder().cpu(Optional.empty()).memory(Optional.empty()).build();
    String end = ", which Fargate requires; set them, or register the task for EC2";
    assertThat(findings(SidecarValidator.ecs(), none, "resources.fargate-needs-task-size"))
        .containsExactly("error cpu: the workload sets no task cpu and memory" + end);
    assertThat(findings(SidecarValidator.ecs(), none.toBuilder().cpu(Cpu.ofEcsUnits(256)).build(),
        "resources.fargate-needs-task-size")).containsExactly("error cpu: the workload sets no task memory" + end);
    assertThat(findings(SidecarValidator.ecs(), none.toBuilder().memory(Memory.ofMebibytes(512)).build(),
        "resources.fargate-needs-task-size")).containsExactly("error memory: the workload sets no task cpu" + end);
  }

  @Test
  void ecsGapsAreErrors() {
    Workload workload = withEnvoy(b -> b.addSecretMount(SecretMount.of("tls", "/etc/tls"))
        .putSecret("TOKEN", SecretRef.kubernetes("app", "token"))
        .putEnvironment("SETTING", Variable.fromConfigMap("settings", "level")));
    assertThat(findings(SidecarValidator.ecs(), workload, "ecs.unsupported")).containsExactlyInAnyOrder(
        "error sidecars.envoy.secretMounts: ECS cannot mount secrets as files; expose them as secrets instead",
        "error sidecars.envoy.secrets.TOKEN: ECS cannot read a Kubernetes secret",
        "error sidecars.envoy.environment.SETTING: ECS cannot read a " + Variable.Kind.CONFIG_MAP + " variable ("
            + Variable.fromConfigMap("settings", "level") + ")");
    assertThat(findings(SidecarValidator.kubernetes(), workload, "kubernetes.unsupported")).isEmpty();
  }

  @Test
  void kubernetesGapsAreWarnings() {
    Workload workload = withLogging(Logging.builder().putDestination("Name", "cloudwatch")).toBuilder()
        .sidecars(List.of(RulesTest.envoy().putLabel("team", "platform").essential(false)
            .putEnvironment("QUEUE", Variable.imported("orders-queue")).envFile("envoy.env").build())).build();
    assertThat(findings(SidecarValidator.kubernetes(), workload, "kubernetes.unsupported")).containsExactlyInAnyOrder(
        "warning logging: FireLens log routing is an ECS feature; it is not emitted",
        "warning sidecars.envoy.labels: Kubernetes containers have no Docker labels; they are not emitted",
        "warning sidecars.envoy.essential: Kubernetes restarts every container of a pod; a non-essential container cannot be "
            + "expressed",
        "warning sidecars.envoy.environment.QUEUE: Kubernetes cannot import the CloudFormation export orders-queue; its value "
            + "is read from a ConfigMap that must hold it",
        "warning sidecars.envoy.envFile: the env file becomes a ConfigMap that must be created from the file");
    assertThat(findings(SidecarValidator.ecs(), workload, "kubernetes.unsupported")).isEmpty();
    // logging that routes nothing is no gap
    assertThat(findings(SidecarValidator.kubernetes(), valid(), "kubernetes.unsupported")).isEmpty();
  }

  @Test
  void anEfsAccessPointNeedsTheRootAndIam() {
    EfsVolume.Builder efs = EfsVolume.builder().fileSystemId("fs-1234").accessPointId("fsap-1");
    for (EfsVolume ok : List.of(efs.build(), EfsVolume.builder().from(efs.build()).rootDirectory("").iam(true).build(),
        EfsVolume.builder().from(efs.build()).rootDirectory("/").build())) {
      assertThat(findings(SidecarValidator.ecs(), efsVolume(ok), "volumes.efs-access-point")).as(ok.toString()).isEmpty();
    }
    for (EfsVolume bad : List.of(EfsVolume.builder().from(efs.build()).rootDirectory("/data").build(),
        EfsVolume.builder().from(efs.build()).iam(false).build())) {
      assertThat(findings(SidecarValidator.ecs(), efsVolume(bad), "volumes.efs-access-point")).as(bad.toString())
          .containsExactly("error volumes[data].efs: \"root_dir\" must be either empty or \"/\" and \"auth.iam\" must be "
              + "true when \"access_point_id\" is used");
    }
  }

  private static Workload efsVolume(EfsVolume efs) {
    return valid().toBuilder().volumes(List.of(Volume.builder().name("data").path("/data").efs(efs).build())).build();
  }

  @Test
  void ephemeralStorageIsWholeGibibytesFrom20To200() {
    assertThat(findings(SidecarValidator.ecs(), valid().toBuilder().ephemeralStorage(Memory.ofGibibytes(20)).build(),
        "resources.ephemeral-storage")).isEmpty();
    assertThat(findings(SidecarValidator.ecs(), valid().toBuilder().ephemeralStorage(Memory.ofGibibytes(19)).build(),
        "resources.ephemeral-storage")).hasSize(1);
    assertThat(findings(SidecarValidator.ecs(), valid().toBuilder().ephemeralStorage(Memory.ofMebibytes(21 * 1024 + 1)).build(),
        "resources.ephemeral-storage")).singleElement().asString().contains("is given in whole GiB");
  }

  @Test
  void theContainerLimitCountsTheLogRouterAndTheTracer() {
    Workload nine = RulesTest.valid().toBuilder().addAllSidecars(java.util.stream.IntStream.range(0, 7)
        .mapToObj(i -> Container.builder().name("s" + i).image("busybox").build()).collect(Collectors.toList())).build();
    assertThat(findings(SidecarValidator.ecs(), nine, "workload.container-limit")).isEmpty();
    Workload ten = nine.toBuilder().logging(Logging.builder().putDestination("Name", "cloudwatch").build()).build();
    assertThat(findings(SidecarValidator.ecs(), ten, "workload.container-limit")).isEmpty();
    assertThat(findings(SidecarValidator.ecs(), ten.toBuilder().tracing(dev.sidecars.model.Tracing.AWS_XRAY).build(),
        "workload.container-limit")).containsExactly("error sidecars: an ECS task holds at most 10 containers; this one has 11");
  }
}
