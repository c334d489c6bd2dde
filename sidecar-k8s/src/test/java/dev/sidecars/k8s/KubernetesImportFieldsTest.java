package dev.sidecars.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sidecars.model.Architecture;
import dev.sidecars.model.Container;
import dev.sidecars.model.Cpu;
import dev.sidecars.model.DependencyCondition;
import dev.sidecars.model.HealthCheck;
import dev.sidecars.model.JobSettings;
import dev.sidecars.model.Memory;
import dev.sidecars.model.Mount;
import dev.sidecars.model.OperatingSystem;
import dev.sidecars.model.Platform;
import dev.sidecars.model.Port;
import dev.sidecars.model.Probe;
import dev.sidecars.model.Protocol;
import dev.sidecars.model.Resources;
import dev.sidecars.model.SecretMount;
import dev.sidecars.model.SecretRef;
import dev.sidecars.model.Variable;
import dev.sidecars.model.Workload;
import dev.sidecars.model.WorkloadType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every field the reader models and every kind it does not, on one file written for the purpose
 * (src/test/resources/dev/sidecars/k8s/import-fields/everything.yaml), with the line of each.
 */
class KubernetesImportFieldsTest {
  private static final Path FILE = Path.of("src/test/resources/dev/sidecars/k8s/import-fields/everything.yaml");

  private static List<KubernetesImport> read() {
    return KubernetesWorkloadReader.create().read(FILE);
  }

  @Test
  void everyModelledFieldOfTheDeployment() {
    Workload w = read().get(0).workload();
    assertThat(w.name()).isEqualTo("shop");
    assertThat(w.type()).isEqualTo(WorkloadType.BACKEND_SERVICE);
    assertThat(w.platform()).contains(Platform.of(OperatingSystem.LINUX, Architecture.ARM64));
    Container api = w.main();
    assertThat(api.name()).isEqualTo("api");
    assertThat(api.entrypoint()).contains(List.of("/app/api"));
    assertThat(api.command()).contains(List.of("--port", "8080"));
    assertThat(api.ports()).containsExactly(Port.tcp(8080).named("http"), Port.of(8125, Protocol.UDP));
    assertThat(api.environment()).isEqualTo(Map.of("MODE", Variable.plain("prod"), "WORKERS", Variable.plain("4"),
        "LEVEL", Variable.fromConfigMap("settings", "level"), "POD", Variable.fromField("metadata.name")));
    assertThat(api.secrets()).isEqualTo(Map.of("TOKEN", SecretRef.kubernetes("tokens", "api")));
    assertThat(api.resources()).contains(Resources.builder().cpuMin(Cpu.parseKubernetes("250m"))
        .memoryMin(Memory.parseKubernetes("256Mi")).cpuMax(Cpu.parseKubernetes("1")).memoryMax(Memory.parseKubernetes("512Mi"))
        .build());
    assertThat(api.mounts()).containsExactly(Mount.of("cache", "/cache", false));
    assertThat(api.secretMounts()).containsExactly(SecretMount.of("shop-certs", "/etc/certs"));
    assertThat(api.healthCheck()).contains(HealthCheck.builder().command(List.of("CMD-SHELL", "curl -f localhost:8080/live"))
        .interval(Duration.ofSeconds(15)).timeout(Duration.ofSeconds(3)).retries(5).startPeriod(Duration.ofSeconds(10)).build());
    assertThat(api.readinessProbe()).contains(Probe.tcp("8080"));
    assertThat(api.readOnlyRootFilesystem()).contains(true);
    assertThat(api.dependsOn()).isEqualTo(Map.of("migrate", DependencyCondition.SUCCESS,
        "proxy", DependencyCondition.HEALTHY, "agent", DependencyCondition.START));
    assertThat(w.sidecars()).extracting(Container::name).containsExactly("migrate", "proxy", "agent", "metrics");
    Container migrate = w.container("migrate").orElseThrow();
    assertThat(migrate.essential()).contains(false);
    assertThat(migrate.command()).contains(List.of("--up"));
    assertThat(migrate.dependsOn()).isEmpty();
    Container proxy = w.container("proxy").orElseThrow();
    assertThat(proxy.essential()).contains(true);
    assertThat(proxy.dependsOn()).isEqualTo(Map.of("migrate", DependencyCondition.SUCCESS));
    assertThat(proxy.startupProbe()).contains(Probe.builder().port("9901").period(Duration.ofSeconds(2)).failureThreshold(30)
        .build());
    assertThat(w.container("agent").orElseThrow().dependsOn()).isEqualTo(Map.of("proxy", DependencyCondition.HEALTHY));
    Container metrics = w.container("metrics").orElseThrow();
    assertThat(metrics.dependsOn()).isEmpty();
    assertThat(metrics.livenessProbe()).contains(Probe.builder().path("/healthz").port("metrics")
        .initialDelay(Duration.ofSeconds(5)).timeout(Duration.ofSeconds(2)).successThreshold(1).failureThreshold(4).build());
    assertThat(metrics.healthCheck()).isEmpty();
    assertThat(w.volumes()).extracting(v -> v.name()).containsExactly("cache", "spare");
  }

  @Test
  void theCronJobsScheduleTimeoutAndRetries() {
    KubernetesImport nightly = read().get(1);
    assertThat(nightly.kind()).isEqualTo("CronJob");
    assertThat(nightly.workload().type()).isEqualTo(WorkloadType.SCHEDULED_JOB);
    assertThat(nightly.workload().job()).contains(JobSettings.builder().schedule("0 3 * * *")
        .timeout(Duration.ofSeconds(600)).retries(2).build());
    assertThat(nightly.warnings()).extracting(w -> w.path()).containsExactly("spec.concurrencyPolicy",
        "spec.jobTemplate.spec.parallelism", "spec.jobTemplate.spec.template.spec.restartPolicy");
  }

  @Test
  void everyFieldTheModelDoesNotHoldIsOneWarningAtItsLine() throws Exception {
    List<String> lines = Files.readAllLines(FILE);
    List<String> expected = List.of("metadata.labels", "spec.replicas", "spec.template.metadata.annotations",
        "spec.template.spec.serviceAccountName", "spec.template.spec.nodeSelector.disktype",
        "spec.template.spec.initContainers[1].startupProbe.tcpSocket.host",
        "spec.template.spec.containers[0].livenessProbe.httpGet.scheme",
        "spec.template.spec.containers[1].imagePullPolicy", "spec.template.spec.containers[1].ports[1].hostPort",
        "spec.template.spec.containers[1].env[5].valueFrom", "spec.template.spec.containers[1].envFrom",
        "spec.template.spec.containers[1].resources.requests.ephemeral-storage",
        "spec.template.spec.containers[1].volumeMounts[2]", "spec.template.spec.containers[1].volumeMounts[3].subPath",
        "spec.template.spec.containers[1].volumeMounts[3]",
        "spec.template.spec.containers[1].livenessProbe.terminationGracePeriodSeconds",
        "spec.template.spec.containers[1].securityContext.runAsUser", "spec.template.spec.volumes.config",
        "spec.template.spec.volumes.logs", "spec.template.spec.volumes.spare.emptyDir.medium");
    KubernetesImport shop = read().get(0);
    assertThat(shop.warnings()).extracting(w -> w.path()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(shop.warnings()).allMatch(w -> w.code().equals(KubernetesWorkloadReader.NOT_MODELLED));
    // in document order, each at a line of the file that names its field or volume
    assertThat(shop.warnings()).extracting(w -> w.line()).isSorted();
    Map<String, String> named = new LinkedHashMap<>();
    named.put("spec.replicas", "replicas: 3");
    named.put("spec.template.spec.serviceAccountName", "serviceAccountName");
    named.put("spec.template.spec.nodeSelector.disktype", "disktype");
    named.put("spec.template.spec.containers[1].imagePullPolicy", "imagePullPolicy");
    named.put("spec.template.spec.containers[1].ports[1].hostPort", "hostPort");
    named.put("spec.template.spec.containers[1].volumeMounts[3].subPath", "subPath");
    named.put("spec.template.spec.containers[1].securityContext.runAsUser", "runAsUser");
    named.put("spec.template.spec.volumes.spare.emptyDir.medium", "medium: Memory");
    named.forEach((path, text) -> assertThat(shop.warnings()).filteredOn(w -> w.path().equals(path)).singleElement()
        .satisfies(w -> assertThat(lines.get(w.line() - 1)).as(path).contains(text)));
  }

  @Test
  void everyModelledElementIsFoundAtItsLine() throws Exception {
    List<String> lines = Files.readAllLines(FILE);
    KubernetesImport shop = read().get(0);
    Map<String, String> where = new LinkedHashMap<>();
    where.put("name", "name: shop");
    where.put("platform", "kubernetes.io/os");
    where.put("main.image", "image: example/api:2");
    where.put("main.entrypoint", "command: [\"/app/api\"]");
    where.put("main.command", "args: [\"--port\"");
    where.put("main.ports[8080/tcp]", "containerPort: 8080");
    where.put("main.environment.MODE", "name: MODE");
    where.put("main.environment.LEVEL", "name: LEVEL");
    where.put("main.environment.POD", "name: POD");
    where.put("main.secrets.TOKEN", "name: TOKEN");
    where.put("main.resources.cpuMin", "cpu: 250m");
    where.put("main.resources.memoryMax", "memory: 512Mi");
    where.put("main.mounts[/cache]", "name: cache");
    where.put("main.secretMounts[/etc/certs]", "name: certs");
    where.put("main.healthCheck.interval", "periodSeconds: 15");
    where.put("main.healthCheck.retries", "failureThreshold: 5");
    where.put("main.readinessProbe", "tcpSocket:");
    where.put("main.readOnlyRootFilesystem", "readOnlyRootFilesystem");
    where.put("sidecars.migrate.name", "name: migrate");
    where.put("sidecars.proxy.startupProbe", "tcpSocket:");
    where.put("sidecars.metrics.livenessProbe", "httpGet:");
    where.forEach((path, text) -> assertThat(shop.sources().find(path)).as(path).hasValueSatisfying(origin ->
        assertThat(lines.get(origin.line() - 1)).as(path + " at " + origin.line()).contains(text)));
    assertThat(read().get(1).sources().find("job.timeout").orElseThrow().line())
        .isEqualTo(lines.indexOf("      activeDeadlineSeconds: 600") + 1);
    assertThat(read().get(1).sources().find("job.retries").orElseThrow().line())
        .isEqualTo(lines.indexOf("      backoffLimit: 2") + 1);
    assertThat(read().get(1).sources().find("job.schedule").orElseThrow().line())
        .isEqualTo(lines.indexOf("  schedule: \"0 3 * * *\"") + 1);
  }

  @Test
  void theImportsOwnAnswers() {
    KubernetesImport shop = read().get(0);
    assertThat(shop.sourced().value()).isEqualTo(shop.workload());
    assertThat(shop.sourced().sources()).isEqualTo(shop.sources());
    assertThat(shop.sourced().warnings()).isEqualTo(shop.warnings());
    assertThat(shop.validate().errors()).isEmpty();
    assertThat(shop.emitter().build().emit(shop.workload()).kind()).isEqualTo(WorkloadKind.DEPLOYMENT);
    assertThat(read().stream().map(KubernetesImport::kind).collect(Collectors.toList())).containsExactly("Deployment", "CronJob");
  }
}
