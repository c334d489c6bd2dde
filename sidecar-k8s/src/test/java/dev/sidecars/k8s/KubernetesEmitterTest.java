package dev.sidecars.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sidecars.formats.mia.MiaItem;
import dev.sidecars.model.Container;
import dev.sidecars.model.ContainerPatch;
import dev.sidecars.model.Cpu;
import dev.sidecars.model.DependencyCondition;
import dev.sidecars.model.HealthCheck;
import dev.sidecars.model.Image;
import dev.sidecars.model.Logging;
import dev.sidecars.model.Memory;
import dev.sidecars.model.Platform;
import dev.sidecars.model.Port;
import dev.sidecars.model.Variable;
import dev.sidecars.model.Workload;
import dev.sidecars.model.WorkloadType;
import dev.sidecars.model.spi.WorkloadEmitter;
import dev.sidecars.model.spi.EmitWarning;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.dataformat.yaml.YAMLMapper;

class KubernetesEmitterTest {
  /** The emitter's own guards, which validation (on by default) reports before them. */
  private static final KubernetesEmitter UNVALIDATED = KubernetesEmitter.builder().validateFirst(false).build();

  private static final Path MIA = Path.of("../sidecar-formats/src/test/resources/mia");

  private static Container main() {
    return Container.builder().name("orders").image("acme/orders:3.2").addPort("8080").build();
  }

  private static Workload service(Container... sidecars) {
    return Workload.builder().name("orders").type(WorkloadType.BACKEND_SERVICE).main(main()).addSidecars(sidecars).build();
  }

  private static Container sidecar(String name, Map<String, DependencyCondition> dependsOn) {
    return Container.builder().name(name).image("example/" + name + ":1").putAllDependsOn(dependsOn)
        .healthCheck(HealthCheck.cmdShell("test -f /ready")).build();
  }

  private static List<String> names(List<V1Container> containers) {
    return containers == null ? List.of() : containers.stream().map(V1Container::getName).collect(Collectors.toList());
  }

  @Test
  void miaSidecarAttachedToAService() throws Exception {
    MiaItem item = MiaItem.reader().placeholders(Map.of("OTEL_VERSION", "0.111.0", "LOG_LEVEL", "info"))
        .read(MIA.resolve("full-sidecar.yaml"));
    Container otel = item.template().instantiate(ContainerPatch.empty());
    KubernetesResult result = KubernetesEmitter.create().emit(service(otel));
    V1PodSpec pod = KubernetesOracle.check(result);

    V1Container c = pod.getInitContainers().get(0);
    assertThat(c.getName()).isEqualTo("otel-collector");
    assertThat(c.getRestartPolicy()).isEqualTo("Always");
    assertThat(c.getImage()).isEqualTo("otel/opentelemetry-collector-contrib:0.111.0");
    assertThat(c.getCommand()).isNullOrEmpty();
    assertThat(result.toYaml()).doesNotContain("[]");
    assertThat(c.getArgs()).containsExactly("--config=/etc/otel/config.yaml");
    assertThat(c.getPorts()).extracting(p -> p.getContainerPort() + "/" + p.getProtocol() + " " + p.getName())
        .containsExactly("4317/TCP otlp-grpc", "8125/UDP statsd");
    Map<String, V1EnvVar> env = c.getEnv().stream().collect(Collectors.toMap(V1EnvVar::getName, e -> e));
    assertThat(env.get("LOG_LEVEL").getValue()).isEqualTo("info");
    assertThat(env.get("API_KEY").getValueFrom().getSecretKeyRef().getName()).isEqualTo("otel-secrets");
    assertThat(env.get("API_KEY").getValueFrom().getSecretKeyRef().getKey()).isEqualTo("api-key");
    assertThat(env.get("PIPELINES").getValueFrom().getConfigMapKeyRef().getKey()).isEqualTo("pipelines.yaml");
    assertThat(env.get("POD_NAME").getValueFrom().getFieldRef().getFieldPath()).isEqualTo("metadata.name");
    assertThat(env.get("CPU_LIMIT").getValueFrom().getResourceFieldRef().getResource()).isEqualTo("limits.cpu");
    assertThat(c.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/");
    assertThat(c.getLivenessProbe().getHttpGet().getPort().getIntValue()).isEqualTo(13133);
    assertThat(c.getLivenessProbe().getPeriodSeconds()).isEqualTo(10);
    assertThat(c.getReadinessProbe().getTcpSocket().getPort().getIntValue()).isEqualTo(13133);
    assertThat(c.getStartupProbe().getExec().getCommand()).containsExactly("/otelcol", "--version");
    assertThat(c.getResources().getRequests().get("cpu").toSuffixedString()).isEqualTo("100m");
    assertThat(c.getResources().getLimits().get("memory").toSuffixedString()).isEqualTo("256Mi");
    assertThat(c.getVolumeMounts()).extracting(m -> m.getName() + " " + m.getMountPath())
        .containsExactly("otel-collector-otel-config /etc/otel", "secret-otel-secrets /etc/otel/secrets");
    assertThat(pod.getVolumes()).extracting(v -> v.getName()).containsExactly("otel-collector-otel-config", "secret-otel-secrets");
    assertThat(result.configMaps()).hasSize(1);
    assertThat(result.configMaps().get(0).getData()).containsKey("config.yaml");
    assertThat(pod.getContainers()).extracting(V1Container::getName).containsExactly("orders");
  }

  @Test
  void theSeedsMySidecarItemAttachedToAService() throws Exception {
    Container mySidecar = MiaItem.read(MIA.resolve("my-sidecar.json")).template().instantiate(ContainerPatch.empty());
    KubernetesResult result = KubernetesEmitter.builder().service(true).build().emit(service(mySidecar));
    V1PodSpec pod = KubernetesOracle.check(result);
    V1Container c = pod.getInitContainers().get(0);
    assertThat(c.getName()).isEqualTo("my-sidecar");
    assertThat(c.getImage()).isEqualTo("ghcr.io/my-sidecar:1.0");
    assertThat(c.getRestartPolicy()).isEqualTo("Always");
    assertThat(c.getPorts()).singleElement().satisfies(p -> {
      assertThat(p.getContainerPort()).isEqualTo(5000);
      assertThat(p.getName()).isEqualTo("http");
      assertThat(p.getProtocol()).isEqualTo("TCP");
    });
    assertThat(c.getCommand()).isNullOrEmpty();
    assertThat(c.getArgs()).isNullOrEmpty();
    assertThat(c.getEnv()).isNullOrEmpty();
    assertThat(c.getVolumeMounts()).isNullOrEmpty();
    assertThat(pod.getContainers()).extracting(V1Container::getName).containsExactly("orders");
    // Mia's "from": 80 is the Service port, "to": 5000 the container port
    assertThat(result.service().orElseThrow().getSpec().getPorts())
        .extracting(p -> p.getPort() + "->" + p.getTargetPort().getIntVal()).containsExactly("80->5000");
  }

  @Test
  void aServiceIsEmittedOnlyWhenAskedForFromTheServicePorts() throws Exception {
    Container main = main().toBuilder().ports(List.of(Port.tcp(8080).named("http").exposedAs(80))).build();
    Container statsd = Container.builder().name("statsd").image("statsd/statsd:v0.10").addPort("8125/udp").build();
    Workload w = service(statsd).toBuilder().main(main).build();
    assertThat(KubernetesEmitter.create().emit(w).service()).isEmpty();

    KubernetesResult result = KubernetesEmitter.builder().service(true).build().emit(w);
    KubernetesOracle.check(result);
    io.fabric8.kubernetes.api.model.Service service = result.service().orElseThrow();
    assertThat(service.getSpec().getSelector()).containsExactly(Map.entry("app.kubernetes.io/name", "orders"));
    assertThat(service.getSpec().getPorts()).extracting(p -> p.getName() + " " + p.getPort() + "->"
        + p.getTargetPort().getIntVal() + "/" + p.getProtocol()).containsExactly("http 80->8080/TCP");
    assertThat(result.toYaml()).containsSubsequence("kind: Service", "kind: Deployment");

    assertThatThrownBy(() -> KubernetesEmitter.builder().service(true).build().emit(service(statsd)))
        .isInstanceOf(KubernetesEmitException.class).hasMessageContaining("no container port has a service port");
  }

  @Test
  void aPreservedDirectoryMountsEachFileOnItsOwn() throws Exception {
    dev.sidecars.model.ConfigMap config = dev.sidecars.model.ConfigMap.builder().name("nginx-conf").mountPath("/etc/nginx")
        .addFiles(dev.sidecars.model.ConfigFile.of("nginx.conf", "events {}"), dev.sidecars.model.ConfigFile.of("mime.types", "types {}"))
        .preserveDirectory(true).build();
    Workload w = service(Container.builder().name("nginx").image("nginx:1.27").addConfigMap(config).build());
    V1PodSpec pod = KubernetesOracle.check(KubernetesEmitter.create().emit(w));
    assertThat(pod.getInitContainers().get(0).getVolumeMounts())
        .extracting(m -> m.getName() + " " + m.getMountPath() + " " + m.getSubPath())
        .containsExactly("nginx-nginx-conf /etc/nginx/nginx.conf nginx.conf", "nginx-nginx-conf /etc/nginx/mime.types mime.types");
  }

  @Test
  void entrypointIsCommandAndCommandIsArgs() {
    Container c = Container.builder().name("x").image("x").entrypoint("/bin/sh", "-c").command("echo hi").build();
    io.fabric8.kubernetes.api.model.Container mapped = KubernetesEmitter.create().container(c);
    assertThat(mapped.getCommand()).containsExactly("/bin/sh", "-c");
    assertThat(mapped.getArgs()).containsExactly("echo hi");
  }

  @Test
  void chainStartsInDependencyOrder() throws Exception {
    Workload w = service(sidecar("c", Map.of("b", DependencyCondition.START)),
        sidecar("b", Map.of("a", DependencyCondition.START)), sidecar("a", Map.of()));
    assertThat(names(KubernetesOracle.check(KubernetesEmitter.create().emit(w)).getInitContainers())).containsExactly("a", "b", "c");
  }

  @Test
  void diamondKeepsDeclarationOrderAmongEquals() throws Exception {
    Workload w = service(sidecar("d", Map.of("b", DependencyCondition.START, "c", DependencyCondition.START)),
        sidecar("c", Map.of("a", DependencyCondition.START)), sidecar("b", Map.of("a", DependencyCondition.START)),
        sidecar("a", Map.of()));
    assertThat(names(KubernetesOracle.check(KubernetesEmitter.create().emit(w)).getInitContainers())).containsExactly("a", "c", "b", "d");
  }

  @Test
  void completeDependencyRunsAsAPlainInitContainer() throws Exception {
    Container migrate = Container.builder().name("migrate").image("acme/migrate:1").essential(false).build();
    Workload w = Workload.builder().name("orders").type(WorkloadType.BACKEND_SERVICE)
        .main(main().toBuilder().putDependsOn("migrate", DependencyCondition.SUCCESS).build())
        .addSidecar(migrate).build();
    V1PodSpec pod = KubernetesOracle.check(KubernetesEmitter.create().emit(w));
    assertThat(pod.getInitContainers().get(0).getName()).isEqualTo("migrate");
    assertThat(pod.getInitContainers().get(0).getRestartPolicy()).isNull();
  }

  @Test
  void healthyDependencyGetsAStartupProbeGate() throws Exception {
    Workload w = Workload.builder().name("orders").type(WorkloadType.BACKEND_SERVICE)
        .main(main().toBuilder().putDependsOn("envoy", DependencyCondition.HEALTHY).build())
        .addSidecar(sidecar("envoy", Map.of())).build();
    V1Container envoy = KubernetesOracle.check(KubernetesEmitter.create().emit(w)).getInitContainers().get(0);
    assertThat(envoy.getStartupProbe().getExec().getCommand()).containsExactly("sh", "-c", "test -f /ready");
    assertThat(envoy.getLivenessProbe().getExec().getCommand()).containsExactly("sh", "-c", "test -f /ready");
  }

  @Test
  void oldClustersGetClassicSidecarsAndAWarning() throws Exception {
    Workload w = service(sidecar("envoy", Map.of()));
    KubernetesResult result = KubernetesEmitter.builder().kubernetesVersion("1.28").build().emit(w);
    V1PodSpec pod = KubernetesOracle.check(result);
    assertThat(pod.getInitContainers()).isNullOrEmpty();
    assertThat(names(pod.getContainers())).containsExactly("orders", "envoy");
    assertThat(result.warnings()).anyMatch(warning -> warning.code().equals("k8s.no-native-sidecars")
        && warning.path().equals("sidecars") && warning.message().startsWith("Kubernetes 1.28 has no native sidecars"));
  }

  @Test
  void jobsAndCronJobs() throws Exception {
    Workload w = service(sidecar("envoy", Map.of()));
    V1PodSpec job = KubernetesOracle.check(KubernetesEmitter.builder().kind(WorkloadKind.JOB).build().emit(w));
    assertThat(job.getRestartPolicy()).isEqualTo("Never");
    // a native sidecar is stopped when the main container exits, so the Job finishes
    assertThat(job.getInitContainers()).singleElement().satisfies(c -> assertThat(c.getRestartPolicy()).isEqualTo("Always"));
    KubernetesResult classicJob = KubernetesEmitter.builder().kind(WorkloadKind.JOB).mode(SidecarMode.CLASSIC).build().emit(w);
    assertThat(classicJob.warnings()).anyMatch(warning -> warning.code().equals("k8s.job-never-finishes")
        && warning.message().contains("the Job does not finish"));
    KubernetesOracle.check(KubernetesEmitter.builder().kind(WorkloadKind.CRON_JOB).schedule("0 12 * * MON").build().emit(w));
    assertThatThrownBy(() -> KubernetesEmitter.builder().kind(WorkloadKind.CRON_JOB).build().emit(w))
        .isInstanceOf(KubernetesEmitException.class).hasMessageContaining("a CronJob needs a schedule");
  }

  @Test
  void whatKubernetesCannotExpressIsNamed() throws Exception {
    Workload w = service(Container.builder().name("x").image("x").putEnvironment("DB", Variable.imported("My:DB")).build());
    KubernetesResult imported = KubernetesEmitter.create().emit(w);
    io.fabric8.kubernetes.api.model.EnvVar db = imported.podSpec().getInitContainers().get(0).getEnv().get(0);
    assertThat(db.getValueFrom().getConfigMapKeyRef().getName()).isEqualTo("cloudformation-exports");
    assertThat(db.getValueFrom().getConfigMapKeyRef().getKey()).isEqualTo("My-DB");
    assertThat(imported.warnings()).contains(EmitWarning.of("k8s.cloudformation-export", "sidecars.x.environment.DB",
        "the CloudFormation export My:DB (x's DB) is read from the ConfigMap cloudformation-exports, key My-DB, which "
            + "must hold its value"));
    KubernetesOracle.check(imported);
    Workload built = service(Container.builder().name("proxy").image(Image.fromDockerfile("proxy/Dockerfile")).build());
    assertThatThrownBy(() -> UNVALIDATED.emit(built))
        .isInstanceOf(KubernetesEmitException.class).hasMessageStartingWith("sidecars.proxy.image: Kubernetes runs an image reference");
    assertThat(KubernetesEmitter.builder().builtImage("proxy", "registry.example/proxy:7").build().emit(built)
        .podSpec().getInitContainers().get(0).getImage()).isEqualTo("registry.example/proxy:7");
    KubernetesResult withLogging = KubernetesEmitter.create().emit(service().toBuilder()
        .logging(Logging.builder().putDestination("Name", "cloudwatch").build()).build());
    assertThat(withLogging.warnings()).anyMatch(warning -> warning.path().equals("logging") && warning.message().contains("FireLens"));
  }

  @Test
  void platformSelectsNodes() throws Exception {
    Workload w = service().toBuilder().platform(Platform.parse("windows/x86_64")).cpu(Cpu.parseKubernetes("1"))
        .memory(Memory.parse("2Gi")).build();
    KubernetesResult result = KubernetesEmitter.create().emit(w);
    assertThat(KubernetesOracle.check(result).getNodeSelector())
        .containsExactly(Map.entry("kubernetes.io/os", "windows"), Map.entry("kubernetes.io/arch", "amd64"));
    Workload arm = service().toBuilder().platform(Platform.linuxArm64()).build();
    assertThat(KubernetesEmitter.create().emit(arm).podSpec().getNodeSelector())
        .containsExactly(Map.entry("kubernetes.io/os", "linux"), Map.entry("kubernetes.io/arch", "arm64"));
  }

  @Test
  void yamlThroughFabric8IsStable() throws Exception {
    KubernetesResult result = KubernetesEmitter.create().emit(service(sidecar("envoy", Map.of())));
    String yaml = result.toYaml();
    Deployment read = YAMLMapper.builder().build().readValue(yaml, Deployment.class);
    assertThat(dev.sidecars.k8s.internal.YamlText.documents(List.of(read))).isEqualTo(yaml);
    assertThat(yaml).startsWith("apiVersion: apps/v1\nkind: Deployment\n");
  }

  @Test
  void theEmitterIsFoundThroughTheServiceLoader() {
    assertThat(WorkloadEmitter.available()).extracting(WorkloadEmitter::target).contains("k8s");
  }

  @org.junit.jupiter.api.Test
  void aReadOnlyRootFilesystemIsASecurityContextAndEcsOnlyTaskFieldsAreWarnings() throws Exception {
    Workload workload = service().toBuilder()
        .main(main().toBuilder().readOnlyRootFilesystem(true).build())
        .ephemeralStorage(dev.sidecars.model.Memory.ofGibibytes(50))
        .tracing(dev.sidecars.model.Tracing.AWS_XRAY)
        .addTaskDefinitionOverride(dev.sidecars.model.TaskDefinitionOverride.of("PidMode", "task"))
        .job(dev.sidecars.model.JobSettings.builder().schedule("@daily").build())
        .addVolume(dev.sidecars.model.Volume.builder().name("data").path("/data")
            .efs(dev.sidecars.model.EfsVolume.imported("shared-fs")).build())
        .build();
    KubernetesResult result = KubernetesEmitter.create().emit(workload);
    V1PodSpec pod = KubernetesOracle.check(result);
    assertThat(pod.getContainers().get(0).getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
    assertThat(String.join("\n", result.warnings().stream().map(EmitWarning::message).toList()))
        .contains("ephemeral storage; the 50Gi asked for is not emitted")
        .contains("tracing awsxray is Copilot's X-Ray collector for ECS")
        .contains("1 task definition override(s) change ECS task definitions only")
        .contains("the job's schedule, timeout and retries belong to a Job or CronJob; a Deployment does not carry them")
        .contains("volume data is an EFS file system whose id another CloudFormation stack exports");
    assertThat(KubernetesEmitter.create().emit(service()).warnings()).isEmpty();
  }

  @Test
  void negativeProbeDurationsAndCountsAreNeverEmitted() {
    Container negative = main().toBuilder().livenessProbe(dev.sidecars.model.Probe.builder().port("8080")
        .timeout(java.time.Duration.ofSeconds(-2)).build()).build();
    assertThatThrownBy(() -> UNVALIDATED.emit(service().toBuilder().main(negative).build()))
        .isInstanceOf(KubernetesEmitException.class)
        .hasMessage("main.livenessProbe.timeout: Kubernetes takes no negative duration, and this is -2 seconds");
    Container retries = main().toBuilder().healthCheck(HealthCheck.builder().addCommand("CMD", "true").retries(-1).build())
        .build();
    assertThatThrownBy(() -> UNVALIDATED.emit(service().toBuilder().main(retries).build()))
        .hasMessage("main.healthCheck.retries: Kubernetes takes no negative count, and this is -1");
  }

  @Test
  void anEnvironmentVariableWithoutANameIsNeverEmitted() {
    Container nameless = main().toBuilder().putEnvironment("", "value").build();
    assertThatThrownBy(() -> UNVALIDATED.emit(service().toBuilder().main(nameless).build()))
        .isInstanceOf(KubernetesEmitException.class)
        .hasMessage("main.environment: an environment variable needs a name");
  }

  @Test
  void classicSidecarsStillRunATaskOthersWaitForAsAPlainInitContainer() throws Exception {
    Workload workload = Workload.builder().name("api").type(WorkloadType.BACKEND_SERVICE)
        .main(Container.builder().name("api").image("api:1").putDependsOn("migrate", DependencyCondition.SUCCESS)
            .putDependsOn("envoy", DependencyCondition.START).build())
        .addSidecar(Container.builder().name("envoy").image("envoy:1").build())
        .addSidecar(Container.builder().name("migrate").image("migrate:1").essential(false).build())
        .build();
    KubernetesResult result = KubernetesEmitter.builder().mode(SidecarMode.CLASSIC).build().emit(workload);
    V1PodSpec pod = KubernetesOracle.check(result);
    assertThat(pod.getInitContainers()).extracting(V1Container::getName).containsExactly("migrate");
    assertThat(pod.getInitContainers().get(0).getRestartPolicy()).isNull();
    assertThat(pod.getContainers()).extracting(V1Container::getName).containsExactlyInAnyOrder("api", "envoy");
    // the init container comes first on every version: only envoy may start after api
    assertThat(result.warnings()).filteredOn(w -> w.code().equals("k8s.start-order")).extracting(w -> w.message())
        .containsExactly("classic sidecars start together: api may start before [envoy]");
    // migrate is not essential, and as an init container it runs once: nothing to warn about
    assertThat(result.warnings()).noneMatch(w -> w.code().equals("k8s.not-essential"));
    Workload onlyTheTask = workload.toBuilder().main(workload.main().toBuilder().dependsOn(
        java.util.Map.of("migrate", DependencyCondition.SUCCESS)).build()).build();
    assertThat(KubernetesEmitter.builder().mode(SidecarMode.CLASSIC).build().emit(onlyTheTask).warnings())
        .noneMatch(w -> w.code().equals("k8s.start-order"));
  }
}
