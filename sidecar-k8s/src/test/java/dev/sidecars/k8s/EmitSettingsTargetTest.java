package dev.sidecars.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sidecars.model.Container;
import dev.sidecars.model.Workload;
import dev.sidecars.model.WorkloadType;
import dev.sidecars.model.spi.EmitSettings;
import dev.sidecars.model.spi.WorkloadEmitter;
import org.junit.jupiter.api.Test;

/** The k8s target, listed through the SPI, takes the Kubernetes settings. */
class EmitSettingsTargetTest {

  private static WorkloadEmitter k8s() {
    return WorkloadEmitter.available().stream().filter(e -> e.target().equals("k8s")).findFirst().orElseThrow();
  }

  private static Workload api() {
    return Workload.builder().name("api").type(WorkloadType.BACKEND_SERVICE)
        .main(Container.builder().name("api").image("example/api:1").build())
        .addSidecar(Container.builder().name("envoy").image("envoy:1").build())
        .build();
  }

  @Test
  void theKindVersionModeAndScheduleReachTheEmitter() {
    assertThat(k8s().emit(api())).contains("kind: Deployment").contains("initContainers:");
    String cronJob = k8s().configure(EmitSettings.builder().kubernetesKind("cronjob").schedule("0 3 * * *")
        .region("eu-west-1") // not Kubernetes': left alone
        .build()).emit(api());
    assertThat(cronJob).contains("kind: CronJob").contains("schedule: 0 3 * * *");
    String classic = k8s().configure(EmitSettings.builder().kubernetesVersion("1.28").build()).emit(api());
    assertThat(classic).doesNotContain("initContainers:");
    String explicitClassic = k8s().configure(EmitSettings.builder().sidecarMode("classic").build()).emit(api());
    assertThat(explicitClassic).doesNotContain("initContainers:");
  }

  @Test
  void anUnknownKindOrModeIsRefused() {
    assertThatThrownBy(() -> k8s().configure(EmitSettings.builder().kubernetesKind("statefulset").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the Kubernetes kind is 'statefulset'; expected deployment, job, cronjob or podspec");
    assertThatThrownBy(() -> k8s().configure(EmitSettings.builder().sidecarMode("sidecar").build()))
        .hasMessage("the sidecar mode is 'sidecar'; expected native or classic");
  }
}
