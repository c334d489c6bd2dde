package dev.sidecars.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sidecars.model.ConfigFile;
import dev.sidecars.model.ConfigMap;
import dev.sidecars.model.Container;
import dev.sidecars.model.Cpu;
import dev.sidecars.model.Port;
import dev.sidecars.model.Resources;
import dev.sidecars.model.Workload;
import dev.sidecars.model.WorkloadType;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;

/** A result is immutable from the caller's side, and answers by kind. */
class KubernetesResultTest {

  private static Workload workload(WorkloadType type) {
    Container otel = Container.builder().name("otel").image("otel/collector:1")
        .resources(Resources.builder().cpuMax(Cpu.ofMillicores(200)).build())
        .addConfigMap(ConfigMap.builder().name("otel-config").mountPath("/etc/otel")
            .addFiles(ConfigFile.of("config.yaml", "receivers: {}\n")).build())
        .build();
    return Workload.builder().name("api").type(type)
        .main(Container.builder().name("api").image("example/api:1").addPorts(Port.tcp(8080).exposedAs(80)).build())
        .addSidecars(otel)
        .build();
  }

  @Test
  void changingWhatTheResultHandsOutChangesNeitherTheResultNorItsYaml() {
    KubernetesResult result = KubernetesEmitter.builder().service(true).build().emit(workload(WorkloadType.BACKEND_SERVICE));
    String yaml = result.toYaml();

    PodSpec pod = result.podSpec();
    pod.getInitContainers().get(0).setImage("evil/image:6.6.6");
    pod.getInitContainers().get(0).getResources().getLimits().get("cpu").setAmount("64");
    pod.getContainers().clear();
    Deployment deployment = result.deployment().orElseThrow();
    deployment.getMetadata().setName("renamed");
    deployment.getSpec().getTemplate().getSpec().getInitContainers().get(0).setName("renamed");
    result.configMaps().get(0).getData().put("config.yaml", "changed");
    result.configMap("otel-config").orElseThrow().getMetadata().setName("renamed");
    result.service().orElseThrow().getSpec().getPorts().get(0).setPort(1);
    result.workload().orElseThrow().getMetadata().setName("renamed");

    assertThat(result.toYaml()).isEqualTo(yaml).doesNotContain("evil", "renamed", "changed", "\"64\"");
    PodSpec again = result.podSpec();
    assertThat(again.getInitContainers().get(0).getImage()).isEqualTo("otel/collector:1");
    assertThat(again.getInitContainers().get(0).getResources().getLimits().get("cpu")).isEqualTo(new Quantity("200m"));
    assertThat(again.getContainers()).hasSize(1);
    assertThat(result.deployment().orElseThrow().getMetadata().getName()).isEqualTo("api");
    assertThat(result.configMap("otel-config").orElseThrow().getData()).containsEntry("config.yaml", "receivers: {}\n");
    assertThat(result.service().orElseThrow().getSpec().getPorts().get(0).getPort()).isEqualTo(80);
  }

  @Test
  void eachCopyEqualsTheObjectTheYamlWasWrittenFrom() {
    KubernetesResult result = KubernetesEmitter.create().emit(workload(WorkloadType.BACKEND_SERVICE));
    assertThat(result.podSpec()).isEqualTo(result.podSpec()).isNotSameAs(result.podSpec());
    assertThat(result.deployment().orElseThrow().getSpec().getTemplate().getSpec()).isEqualTo(result.podSpec());
    assertThat(result.workload()).contains(result.deployment().orElseThrow());
  }

  @Test
  void theTypedAccessorsAnswerForTheKindTheWorkloadBecame() {
    KubernetesResult deployment = KubernetesEmitter.create().emit(workload(WorkloadType.BACKEND_SERVICE));
    assertThat(deployment.kind()).isEqualTo(WorkloadKind.DEPLOYMENT);
    assertThat(deployment.deployment()).isPresent();
    assertThat(deployment.job()).isEmpty();
    assertThat(deployment.cronJob()).isEmpty();
    assertThat(deployment.service()).isEmpty();

    KubernetesResult job = KubernetesEmitter.builder().kind(WorkloadKind.JOB).build().emit(workload(WorkloadType.BACKEND_SERVICE));
    assertThat(job.kind()).isEqualTo(WorkloadKind.JOB);
    assertThat(job.job().orElseThrow().getSpec().getTemplate().getSpec()).isEqualTo(job.podSpec());
    assertThat(job.deployment()).isEmpty();
    assertThat(job.cronJob()).isEmpty();

    KubernetesResult cronJob = KubernetesEmitter.builder().kind(WorkloadKind.CRON_JOB).schedule("0 3 * * *").build()
        .emit(workload(WorkloadType.BACKEND_SERVICE));
    assertThat(cronJob.kind()).isEqualTo(WorkloadKind.CRON_JOB);
    assertThat(cronJob.cronJob().orElseThrow().getSpec().getSchedule()).isEqualTo("0 3 * * *");
    assertThat(cronJob.job()).isEmpty();

    KubernetesResult podSpec = KubernetesEmitter.builder().kind(WorkloadKind.POD_SPEC).build()
        .emit(workload(WorkloadType.BACKEND_SERVICE));
    assertThat(podSpec.kind()).isEqualTo(WorkloadKind.POD_SPEC);
    assertThat(podSpec.workload()).isEmpty();
    assertThat(podSpec.deployment()).isEmpty();
    assertThat(podSpec.podSpec().getInitContainers()).extracting(c -> c.getName()).containsExactly("otel");
    assertThat(podSpec.configMap("missing")).isEmpty();
  }
}
