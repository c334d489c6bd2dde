package dev.sidecars.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sidecars.model.Container;
import dev.sidecars.model.Cpu;
import dev.sidecars.model.Memory;
import dev.sidecars.model.Resources;
import dev.sidecars.model.Workload;
import dev.sidecars.model.WorkloadType;
import dev.sidecars.model.spi.EmitWarning;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The task size Copilot always sets, on Kubernetes: the pod's resources, or the main container's. */
class TaskSizeTest {
  private static final Resources SIDECAR = Resources.builder().cpuMax(Cpu.ofMillicores(100))
      .memoryMin(Memory.ofMebibytes(64)).memoryMax(Memory.ofMebibytes(128)).build();

  private static Workload workload(Container main, Container... sidecars) {
    return Workload.builder().name("api").type(WorkloadType.BACKEND_SERVICE).main(main).addSidecars(sidecars)
        .cpu(Cpu.ofEcsUnits(512)).memory(Memory.ofMebibytes(1024)).build();
  }

  private static Container main() {
    return Container.builder().name("api").image("acme/api:1").build();
  }

  private static Container envoy(Resources resources) {
    return Container.builder().name("envoy").image("envoy:1").resources(resources).build();
  }

  private static Map<String, String> plain(Map<String, Quantity> quantities) {
    return quantities == null ? Map.of() : Map.of("cpu", quantities.get("cpu").toSuffixedString(),
        "memory", quantities.get("memory").toSuffixedString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.34", "v1.34.2", "1.35", "2.0"})
  void fromKubernetes134ItIsThePodsResources(String version) throws Exception {
    KubernetesResult result = KubernetesEmitter.builder().kubernetesVersion(version).build()
        .emit(workload(main(), envoy(SIDECAR)));
    V1PodSpec pod = KubernetesOracle.check(result);
    V1ResourceRequirements resources = pod.getResources();
    assertThat(plain(resources.getRequests())).containsEntry("cpu", "500m").containsEntry("memory", "1Gi");
    assertThat(plain(resources.getLimits())).containsEntry("cpu", "500m").containsEntry("memory", "1Gi");
    assertThat(pod.getContainers().get(0).getResources()).isNull();
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void beforeItTheMainContainerGetsWhatTheSidecarsLeave() throws Exception {
    KubernetesResult result = KubernetesEmitter.builder().kubernetesVersion("1.33").build()
        .emit(workload(main(), envoy(SIDECAR)));
    V1PodSpec pod = KubernetesOracle.check(result);
    assertThat(pod.getResources()).isNull();
    V1ResourceRequirements main = pod.getContainers().get(0).getResources();
    assertThat(plain(main.getRequests())).containsEntry("cpu", "400m").containsEntry("memory", "896Mi");
    assertThat(plain(main.getLimits())).containsEntry("cpu", "400m").containsEntry("memory", "896Mi");
    assertThat(result.warnings()).extracting(EmitWarning::message).containsExactly("Kubernetes 1.33 has no pod-level resources (1.34 and later); the main "
        + "container api gets 400m CPU (the task's 500m less the sidecars' 100m) and 896Mi memory (the task's 1Gi less "
        + "the sidecars' 128Mi) of the task as its requests and limits");
  }

  @Test
  void withoutAVersionItIsSplitAndTheWarningNamesTheOption() {
    KubernetesResult result = KubernetesEmitter.create().emit(workload(main()));
    assertThat(result.warnings()).extracting(EmitWarning::code, EmitWarning::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("k8s.task-size", "cpu"));
    assertThat(result.warnings()).extracting(EmitWarning::message).containsExactly("without --k8s-version 1.34 or later there are no pod-level resources; "
        + "the main container api gets 500m CPU and 1Gi memory of the task as its requests and limits");
  }

  @Test
  void aMainContainerWithItsOwnResourcesKeepsThem() throws Exception {
    Container own = main().toBuilder().resources(Resources.builder().memoryMax(Memory.ofMebibytes(256)).build()).build();
    KubernetesResult result = KubernetesEmitter.builder().kubernetesVersion("1.30").build().emit(workload(own));
    V1ResourceRequirements main = KubernetesOracle.check(result).getContainers().get(0).getResources();
    assertThat(main.getLimits().get("memory").toSuffixedString()).isEqualTo("256Mi");
    assertThat(main.getLimits().get("cpu").toSuffixedString()).isEqualTo("500m");
    assertThat(main.getRequests().get("cpu").toSuffixedString()).isEqualTo("500m");
    assertThat(main.getRequests()).doesNotContainKey("memory");
    assertThat(result.warnings()).extracting(EmitWarning::message).containsExactly("Kubernetes 1.30 has no pod-level resources (1.34 and later); the main "
        + "container api gets 500m CPU of the task as its requests and limits; the task's memory is not emitted: the "
        + "main container sets its own");
  }

  @Test
  void sidecarsThatAskForAllOfItLeaveTheMainContainerNothing() throws Exception {
    Resources greedy = Resources.builder().cpuMax(Cpu.ofMillicores(500)).memoryMax(Memory.ofMebibytes(2048)).build();
    KubernetesResult result = KubernetesEmitter.builder().kubernetesVersion("1.31").build()
        .emit(workload(main(), envoy(greedy)));
    assertThat(KubernetesOracle.check(result).getContainers().get(0).getResources()).isNull();
    assertThat(result.warnings()).extracting(EmitWarning::message).containsExactly("Kubernetes 1.31 has no pod-level resources (1.34 and later); the "
        + "task's CPU is not emitted: the sidecars ask for all of it; the task's memory is not emitted: the sidecars ask "
        + "for all of it");
  }

  @Test
  void aWorkloadWithoutATaskSizeGetsNoneAndNoWarning() {
    Workload none = workload(main()).toBuilder().cpu(java.util.Optional.empty()).memory(java.util.Optional.empty()).build();
    KubernetesResult result = KubernetesEmitter.create().emit(none);
    assertThat(result.podSpec().getResources()).isNull();
    assertThat(result.warnings()).isEmpty();
  }
}
