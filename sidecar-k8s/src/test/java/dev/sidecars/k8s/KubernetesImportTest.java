package dev.sidecars.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sidecars.formats.ManifestException;
import dev.sidecars.model.Container;
import dev.sidecars.model.DependencyCondition;
import dev.sidecars.model.HealthCheck;
import dev.sidecars.model.JobSettings;
import dev.sidecars.model.Mount;
import dev.sidecars.model.Port;
import dev.sidecars.model.Probe;
import dev.sidecars.model.Variable;
import dev.sidecars.model.Workload;
import dev.sidecars.model.WorkloadType;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What the reader makes of real Kubernetes workloads, field by field, and what it refuses. */
class KubernetesImportTest {
  private static final KubernetesWorkloadReader READER = KubernetesWorkloadReader.create();

  private static KubernetesImport only(String name) throws URISyntaxException {
    List<KubernetesImport> read = READER.read(Path.of(KubernetesImportTest.class.getResource("import/" + name).toURI()));
    assertThat(read).hasSize(1);
    return read.get(0);
  }

  private static List<String> warned(KubernetesImport imported) {
    return imported.warnings().stream().map(w -> w.path() + " @" + w.line()).collect(Collectors.toList());
  }

  @Test
  void aConfigMapMountReadsItsFilesFromTheConfigMapInTheFile() {
    String pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n"
        + "    image: nginx\n    volumeMounts:\n    - name: conf\n      mountPath: /etc/nginx/conf.d\n"
        + "    - name: other\n      mountPath: /etc/other\n"
        + "  volumes:\n  - name: conf\n    configMap:\n      name: nginx-conf\n  - name: other\n    configMap:\n"
        + "      name: elsewhere\n";
    String configMap = "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: nginx-conf\ndata:\n"
        + "  default.conf: |\n    server { listen 80; }\n  extra.conf: \"\"\n";
    KubernetesImport imported = READER.read(pod + configMap, "web.yaml").get(0);
    dev.sidecars.model.ConfigMap read = imported.workload().main().configMaps().get(0);
    assertThat(read.name()).isEqualTo("nginx-conf");
    assertThat(read.mountPath()).isEqualTo("/etc/nginx/conf.d");
    assertThat(read.files()).containsExactly(dev.sidecars.model.ConfigFile.of("default.conf", "server { listen 80; }\n"),
        dev.sidecars.model.ConfigFile.of("extra.conf", ""));
    assertThat(imported.workload().main().configMaps()).hasSize(1);
    // a ConfigMap that is not in the file cannot be modelled: its mount and its volume are warnings
    assertThat(warned(imported)).contains("spec.containers[0].volumeMounts[1] @12", "spec.volumes.other @18");
    // without the ConfigMap document, neither mount is modelled
    assertThat(READER.read(pod, "web.yaml").get(0).workload().main().configMaps()).isEmpty();
    // nor with one the model cannot hold: binary data, a number, or another kind of that name
    for (String other : new String[] {configMap.replace("\ndata:", "\nbinaryData: {b: AA==}\ndata:"),
        configMap.replace("  extra.conf: \"\"", "  extra.conf: 5"), configMap.replace("kind: ConfigMap", "kind: Secret")}) {
      assertThat(READER.read(pod + other, "web.yaml").get(0).workload().main().configMaps()).as(other).isEmpty();
    }
  }

  @Test
  void aNativeSidecarIsASidecarTheMainContainerStartsAfter() throws Exception {
    KubernetesImport imported = only("website-deployment-sidecar.yaml");
    Workload w = imported.workload();
    assertThat(imported.kind()).isEqualTo("Deployment");
    assertThat(w.name()).isEqualTo("myapp");
    assertThat(w.type()).isEqualTo(WorkloadType.BACKEND_SERVICE);
    assertThat(w.main().name()).isEqualTo("myapp");
    assertThat(w.main().entrypoint()).contains(List.of("sh", "-c", "while true; do echo \"logging\" >> /opt/logs.txt; sleep 1; done"));
    assertThat(w.main().dependsOn()).isEqualTo(Map.of("logshipper", DependencyCondition.START));
    assertThat(w.main().mounts()).containsExactly(Mount.of("data", "/opt", false));
    assertThat(w.sidecars()).extracting(Container::name).containsExactly("logshipper");
    assertThat(w.sidecars().get(0).mounts()).containsExactly(Mount.of("data", "/opt", false));
    assertThat(w.volumes()).extracting(v -> v.name()).containsExactly("data");
    assertThat(warned(imported)).containsExactly("metadata.labels @6", "spec.replicas @8", "spec.selector @10",
        "spec.template.metadata.labels @15");
    KubernetesResult result = imported.emitter().build().emit(w);
    assertThat(result.podSpec().getInitContainers()).singleElement().satisfies(c -> {
      assertThat(c.getName()).isEqualTo("logshipper");
      assertThat(c.getRestartPolicy()).isEqualTo("Always");
    });
  }

  @Test
  void aPlainInitContainerRunsToSuccessBeforeTheMainContainer() throws Exception {
    KubernetesImport imported = only("javaweb-pod.yaml");
    Workload w = imported.workload();
    assertThat(imported.kind()).isEqualTo("Pod");
    assertThat(w.main().name()).isEqualTo("tomcat");
    assertThat(w.main().dependsOn()).isEqualTo(Map.of("war", DependencyCondition.SUCCESS));
    assertThat(w.main().ports()).containsExactly(Port.tcp(8080));
    Container war = w.container("war").orElseThrow();
    assertThat(war.essential()).contains(false);
    assertThat(war.entrypoint()).contains(List.of("cp", "/sample.war", "/app"));
    assertThat(warned(imported)).containsExactly("spec.containers[0].ports[0].hostPort @22");
    KubernetesResult result = imported.emitter().build().emit(w);
    assertThat(result.kind()).isEqualTo(WorkloadKind.DEPLOYMENT);
    assertThat(result.podSpec().getInitContainers()).singleElement().satisfies(c -> {
      assertThat(c.getName()).isEqualTo("war");
      assertThat(c.getRestartPolicy()).isNull();
    });
  }

  @Test
  void anExecLivenessProbeIsAHealthCheckAndAClaimTemplateMountIsNotModelled() throws Exception {
    KubernetesImport imported = only("cassandra-statefulset.yaml");
    Container cassandra = imported.workload().main();
    assertThat(imported.kind()).isEqualTo("StatefulSet");
    assertThat(cassandra.healthCheck()).contains(HealthCheck.builder().command(List.of("CMD", "/bin/bash", "-c", "nodetool status"))
        .interval(Duration.ofSeconds(10)).timeout(Duration.ofSeconds(5)).retries(3).startPeriod(Duration.ofSeconds(15)).build());
    assertThat(cassandra.readinessProbe()).contains(Probe.builder().command(List.of("/bin/bash", "-c", "/ready-probe.sh"))
        .initialDelay(Duration.ofSeconds(15)).timeout(Duration.ofSeconds(5)).period(Duration.ofSeconds(10))
        .failureThreshold(3).build());
    assertThat(cassandra.environment()).containsEntry("POD_IP", Variable.fromField("status.podIP"))
        .containsEntry("CASSANDRA_RACK", Variable.plain("Rack1-K8Demo"));
    assertThat(cassandra.mounts()).isEmpty();
    assertThat(warned(imported)).contains("spec.template.spec.containers[0].volumeMounts[0] @93",
        "spec.template.spec.containers[0].lifecycle @44", "spec.volumeClaimTemplates @99");
  }

  @Test
  void jobsAndCronJobsCarryTheirScheduleAndRetries() throws Exception {
    Workload pi = only("website-job-pi.yaml").workload();
    assertThat(pi.type()).isEqualTo(WorkloadType.SCHEDULED_JOB);
    assertThat(pi.job()).contains(JobSettings.builder().schedule("none").retries(4).build());
    Workload hello = only("website-cronjob-hello.yaml").workload();
    // no backoffLimit: Kubernetes' default, 6, written out
    assertThat(hello.job()).contains(JobSettings.builder().schedule("* * * * *").retries(6).build());
    assertThat(only("website-cronjob-hello.yaml").emitter().build().emit(hello).kind()).isEqualTo(WorkloadKind.CRON_JOB);
  }

  @Test
  void theDefaultContainerAnnotationNamesTheMainContainer() {
    String pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  annotations:\n"
        + "    kubectl.kubernetes.io/default-container: %s\nspec:\n  containers:\n  - name: proxy\n    image: envoy\n"
        + "  - name: app\n    image: nginx\n";
    Workload w = READER.read(String.format(pod, "app"), "pod.yaml").get(0).workload();
    assertThat(w.main().name()).isEqualTo("app");
    assertThat(w.sidecars()).extracting(Container::name).containsExactly("proxy");
    assertThatThrownBy(() -> READER.read(String.format(pod, "db"), "pod.yaml")).isInstanceOf(ManifestException.class)
        .hasMessage("pod.yaml:6:46: metadata.annotations.kubectl.kubernetes.io/default-container: names the container db, "
            + "which the pod does not have");
  }

  @Test
  void everyWorkloadOfAFileAndNothingElse() throws Exception {
    List<KubernetesImport> all = READER.read(Path.of(KubernetesImportTest.class.getResource(
        "import/guestbook-all-in-one.yaml").toURI()));
    assertThat(all).extracting(i -> i.kind() + "/" + i.workload().name())
        .containsExactly("Deployment/redis-master", "Deployment/redis-replica", "Deployment/frontend");
    assertThatThrownBy(() -> READER.read("apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n", "svc.yaml"))
        .isInstanceOf(ManifestException.class).hasMessageContaining("holds no Kubernetes workload");
  }

  @Test
  void recognisesWorkloadsAndNothingElse() {
    assertThat(KubernetesWorkloadReader.recognises("apiVersion: apps/v1\nkind: Deployment\n")).isTrue();
    assertThat(KubernetesWorkloadReader.recognises("apiVersion: v1\nkind: Service\n---\napiVersion: v1\nkind: Pod\n")).isTrue();
    assertThat(KubernetesWorkloadReader.recognises("apiVersion: sidecars.dev/v1alpha1\nkind: Workload\n")).isFalse();
    assertThat(KubernetesWorkloadReader.recognises("apiVersion: v1\nkind: Service\n")).isFalse();
    assertThat(KubernetesWorkloadReader.recognises("{\"family\": \"f\", \"containerDefinitions\": []}")).isFalse();
    assertThat(KubernetesWorkloadReader.recognises("kind: [unclosed")).isFalse();
  }
}
