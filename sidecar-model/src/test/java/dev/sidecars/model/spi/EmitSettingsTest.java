package dev.sidecars.model.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sidecars.model.Workload;
import org.junit.jupiter.api.Test;

class EmitSettingsTest {

  /** An emitter of another party that takes no settings. */
  private static final WorkloadEmitter PLAIN = new WorkloadEmitter() {
    @Override
    public String target() {
      return "nomad";
    }

    @Override
    public String description() {
      return "Nomad job";
    }

    @Override
    public String emit(Workload workload) {
      return "job";
    }
  };

  @Test
  void noSettingsAreEmptyAndEqual() {
    assertThat(EmitSettings.none().isEmpty()).isTrue();
    assertThat(EmitSettings.builder().build()).isEqualTo(EmitSettings.none()).hasSameHashCodeAs(EmitSettings.none());
    assertThat(EmitSettings.builder().validateFirst(false).build().isEmpty()).isFalse();
    assertThat(EmitSettings.builder().option("datacenter", "dc1").build().isEmpty()).isFalse();
  }

  @Test
  void everySettingIsKeptAndCountsForEquality() {
    EmitSettings settings = EmitSettings.builder().region("eu-west-1").accountId("123456789012")
        .executionRoleArn("arn:aws:iam::123456789012:role/x").taskRoleArn("arn:aws:iam::123456789012:role/t")
        .builtImage("api", "registry/api:1").environmentFile("api.env", "arn:aws:s3:::b/api.env")
        .fileSystem("data", "fs-1:fsap-2").kubernetesVersion("1.30").kubernetesKind("job").sidecarMode("classic")
        .schedule("0 3 * * *").validateFirst(false).option("datacenter", "dc1").build();
    assertThat(settings.region()).contains("eu-west-1");
    assertThat(settings.accountId()).contains("123456789012");
    assertThat(settings.executionRoleArn()).contains("arn:aws:iam::123456789012:role/x");
    assertThat(settings.taskRoleArn()).contains("arn:aws:iam::123456789012:role/t");
    assertThat(settings.builtImages()).containsEntry("api", "registry/api:1");
    assertThat(settings.environmentFiles()).containsEntry("api.env", "arn:aws:s3:::b/api.env");
    assertThat(settings.fileSystems()).containsEntry("data", "fs-1:fsap-2");
    assertThat(settings.kubernetesVersion()).contains("1.30");
    assertThat(settings.kubernetesKind()).contains("job");
    assertThat(settings.sidecarMode()).contains("classic");
    assertThat(settings.schedule()).contains("0 3 * * *");
    assertThat(settings.validateFirst()).isFalse();
    assertThat(settings.options()).containsEntry("datacenter", "dc1");
    assertThat(settings).isNotEqualTo(EmitSettings.none())
        .isNotEqualTo(EmitSettings.builder().region("eu-west-1").build());
    // names what is set, never a value: ARNs and options may be sensitive
    assertThat(settings.toString()).contains("region", "executionRoleArn", "builtImages [api]", "validateFirst false")
        .doesNotContain("eu-west-1", "arn:", "dc1", "registry");
  }

  @Test
  void anEmitterThatTakesNoSettingsRefusesThemRatherThanDropThem() {
    assertThat(PLAIN.configure(EmitSettings.none())).isSameAs(PLAIN);
    assertThatThrownBy(() -> PLAIN.configure(EmitSettings.builder().region("eu-west-1").build()))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessage("the nomad emitter takes no settings, and these are set: EmitSettings{region}");
  }
}
