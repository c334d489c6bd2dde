package dev.sidecars.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sidecars.model.Container;
import dev.sidecars.model.DependencyCondition;
import dev.sidecars.model.Mount;
import dev.sidecars.model.Probe;
import dev.sidecars.model.SidecarTemplate;
import dev.sidecars.model.Workload;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The validator's own surface: chosen profiles, templates, and the report's severities. */
class SidecarValidatorTest {

  private static SidecarTemplate template(Container defaults) {
    return SidecarTemplate.builder().tenantId("acme").itemId("otel").title("OTel").defaults(defaults).build();
  }

  @Test
  void ofChecksExactlyTheProfilesNamed() {
    SidecarValidator both = SidecarValidator.of(Profile.ECS, Profile.KUBERNETES);
    assertThat(both.profiles()).isEqualTo(Set.of(Profile.ECS, Profile.KUBERNETES));
    assertThat(SidecarValidator.of(Profile.COPILOT).profiles()).isEqualTo(Set.of(Profile.COPILOT));
    // an ECS-only and a Kubernetes-only fault: the pair finds both, each alone its own
    Workload workload = RulesTest.withEnvoy(b -> b.envFile("envoy.txt").name("Envoy_1")).toBuilder()
        .main(RulesTest.valid().main().toBuilder().dependsOn(java.util.Map.of()).build()).targetContainer("api").build();
    assertThat(both.validate(workload).violations()).extracting(Violation::code).contains("env-file.extension", "name.dns-label");
    assertThat(SidecarValidator.ecs().validate(workload).violations()).extracting(Violation::code)
        .contains("env-file.extension").doesNotContain("name.dns-label");
    assertThat(SidecarValidator.kubernetes().validate(workload).violations()).extracting(Violation::code)
        .contains("name.dns-label").doesNotContain("env-file.extension");
  }

  @Test
  void aTemplateIsCheckedAsASidecarWithPathsUnderDefaults() {
    SidecarTemplate template = template(Container.builder().name("otel").image("otel/collector")
        .addMount(Mount.of("config", "/etc/otel")).build());
    ValidationReport report = SidecarValidator.all().validate(template);
    assertThat(report.errors()).extracting(v -> v.code() + " @ " + v.modelPath())
        .containsExactly("mount.unknown-volume @ defaults.mounts[/etc/otel]");
    assertThat(report.errors().get(0).location()).isEmpty();
  }

  @Test
  void aTemplateNamedMainDoesNotCollideWithItsPlaceholder() {
    SidecarTemplate main = template(Container.builder().name("main").image("busybox").build());
    assertThat(SidecarValidator.all().validate(main).violations()).isEmpty();
    SidecarTemplate faulty = template(Container.builder().name("main").image("busy box").build());
    assertThat(SidecarValidator.all().validate(faulty).errors()).extracting(v -> v.code() + " @ " + v.modelPath())
        .containsExactly("image.whitespace @ defaults.image");
  }

  @Test
  void warningsAndErrorsAreApart() {
    Workload workload = RulesTest.withEnvoy(b -> b.putLabel("team", "platform").addMount(Mount.of("nope", "/x")));
    ValidationReport report = SidecarValidator.kubernetes().validate(workload);
    assertThat(report.warnings()).extracting(Violation::code).containsExactly("kubernetes.unsupported");
    assertThat(report.errors()).extracting(Violation::code).containsExactly("mount.unknown-volume");
    assertThat(report.isValid()).isFalse();
    assertThat(report.violations()).hasSize(2);
  }

  @Test
  void copilotWantsAHealthCheckForHealthyWhereKubernetesTakesAProbe() {
    Workload probed = RulesTest.withEnvoy(b -> b.healthCheck(Optional.empty()).readinessProbe(Probe.http("/ready", "9901")));
    String at = "depends-on.healthy-without-healthcheck @ main.dependsOn.envoy";
    for (SidecarValidator validator : List.of(SidecarValidator.copilot(), SidecarValidator.ecs())) {
      assertThat(validator.validate(probed).errors()).extracting(v -> v.code() + " @ " + v.modelPath()).contains(at);
    }
    assertThat(SidecarValidator.kubernetes().validate(probed).violations()).isEmpty();
    Workload bare = probed.toBuilder().sidecars(List.of(RulesTest.envoy().healthCheck(Optional.empty())
        .readinessProbe(Optional.empty()).build())).build();
    assertThat(SidecarValidator.kubernetes().validate(bare).errors()).extracting(v -> v.code() + " @ " + v.modelPath())
        .containsExactly(at);
    assertThat(bare.main().dependsOn()).containsEntry("envoy", DependencyCondition.HEALTHY);
  }
}
