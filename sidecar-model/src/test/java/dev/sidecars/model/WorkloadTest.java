package dev.sidecars.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WorkloadTest {

  private static Container container(String name) {
    return Container.builder().name(name).image("example/" + name + ":1").build();
  }

  @Test
  void containersAreMainThenSidecarsInOrder() {
    Workload w = Workload.builder()
        .name("api")
        .type(WorkloadType.BACKEND_SERVICE)
        .main(container("api"))
        .addSidecar(container("zeta"))
        .addSidecar(container("alpha"))
        .build();
    assertThat(w.containers()).extracting(Container::name).containsExactly("api", "zeta", "alpha");
    assertThat(w.container("alpha")).contains(container("alpha"));
    assertThat(w.container("missing")).isEmpty();
  }

  @Test
  void requestDrivenWebServicesTakeNoSidecars() {
    assertThat(WorkloadType.REQUEST_DRIVEN_WEB_SERVICE.supportsSidecars()).isFalse();
    assertThat(WorkloadType.SCHEDULED_JOB.supportsSidecars()).isTrue();
    assertThat(WorkloadType.fromCopilotName("Request-Driven Web Service"))
        .contains(WorkloadType.REQUEST_DRIVEN_WEB_SERVICE);
    assertThat(WorkloadType.fromId("worker-service")).contains(WorkloadType.WORKER_SERVICE);
    assertThat(WorkloadType.fromId("Worker Service")).isEmpty();
  }

  @Test
  void platformNotation() {
    assertThat(Platform.parse("linux/arm64")).isEqualTo(Platform.linuxArm64());
    assertThat(Platform.parse("linux/amd64")).isEqualTo(Platform.linuxX86());
    assertThat(Platform.parse("windows_server_2019_core/x86_64").os().isWindows()).isTrue();
    assertThat(Platform.parse("LINUX/ARM")).hasToString("linux/arm64");
    assertThatThrownBy(() -> Platform.parse("linux")).hasMessageContaining("os/arch");
    assertThatThrownBy(() -> Platform.parse("linux/mips"))
        .hasMessageContaining("unknown architecture 'mips'");
  }

  @Test
  void dependencyConditionsReadInAnyCase() {
    assertThat(DependencyCondition.parse("Healthy")).isEqualTo(DependencyCondition.HEALTHY);
    assertThat(DependencyCondition.SUCCESS).hasToString("success");
    assertThatThrownBy(() -> DependencyCondition.parse("ready"))
        .hasMessageContaining("expected one of start, healthy, complete, success");
  }

  @Test
  void loggingDefaultsAreCopilots() {
    Logging logging = Logging.builder().putDestination("Name", "cloudwatch").build();
    assertThat(logging.imageOrDefault())
        .isEqualTo("public.ecr.aws/aws-observability/aws-for-fluent-bit:stable");
    assertThat(logging.isMetadataEnabled()).isTrue();
    assertThat(logging.enableMetadata()).isEmpty();
  }

  @Test
  void templateHoldsTheMiaItem() {
    SidecarTemplate template = SidecarTemplate.builder()
        .tenantId("my-tenant-id")
        .itemId("my-sidecar")
        .title("My sidecar")
        .description("A very simple sidecar")
        .documentation(Documentation.externalLink("https://github.com/my-sidecar/docs"))
        .defaults(Container.builder().name("my-sidecar").image("ghcr.io/my-sidecar:1.0")
            .addPort(Port.tcp(5000).named("http").exposedAs(80)).build())
        .build();
    assertThat(template.defaults().ports().get(0).servicePort()).contains(80);
    assertThat(template.version()).isEmpty();
    assertThat(Documentation.Type.parse("markdown")).isEqualTo(Documentation.Type.MARKDOWN);
    assertThatThrownBy(() -> Documentation.Type.parse("pdf")).hasMessageContaining("unknown documentation type");
  }

  @Test
  void efsWithoutIdIsManaged() {
    assertThat(EfsVolume.managed().isManaged()).isTrue();
    assertThat(EfsVolume.of("fs-1234567").isManaged()).isFalse();
  }
}
