package dev.sidecars.formats.copilot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sidecars.formats.ManifestWarning;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The settings Copilot applies to the service, which no render carries, are named, not dropped unseen. */
class CopilotNotModelledTest {
  private static CopilotManifest read(String... lines) {
    return CopilotManifest.read(String.join("\n", lines) + "\n", "manifest.yml");
  }

  @Test
  void serviceSettingsOfTheRootAreNamedInOneWarningAtTheFirst() {
    CopilotManifest manifest = read(
        "name: api", "type: Load Balanced Web Service", "image:", "  location: nginx:1", "  port: 80",
        "count: 2", "http:", "  path: /", "  healthcheck: /health", "exec: true");
    List<ManifestWarning> warnings = manifest.notModelled();
    assertThat(warnings).hasSize(1);
    ManifestWarning warning = warnings.get(0);
    assertThat(warning.code()).isEqualTo(CopilotManifest.NOT_MODELLED);
    assertThat(warning.line()).isEqualTo(6);
    assertThat(warning.column()).isEqualTo(1);
    assertThat(warning.message()).startsWith("Copilot applies count, http (but the ports it opens), exec to the ECS service");
    assertThat(manifest.warnings()).noneMatch(w -> w.code().equals(CopilotManifest.NOT_MODELLED));
  }

  @Test
  void whatOnlyOpensPortsIsModelled() {
    CopilotManifest manifest = read(
        "name: api", "type: Load Balanced Web Service", "image:", "  location: nginx:1",
        "sidecars:", "  envoy:", "    image: envoyproxy/envoy:v1.31", "    port: 9000",
        "http:", "  target_container: envoy", "  target_port: 9000",
        "nlb:", "  port: 443/tcp", "  target_container: envoy");
    assertThat(manifest.notModelled()).isEmpty();
  }

  @Test
  void anEnvironmentAddsItsOwnAndTheRootsStay() {
    CopilotManifest manifest = read(
        "name: worker", "type: Worker Service", "image:", "  location: example/worker:1",
        "subscribe:", "  topics:", "    - name: orders", "      service: api",
        "environments:", "  prod:", "    count: 3", "    deployment:", "      rolling: recreate", "  test:", "    cpu: 512");
    assertThat(manifest.notModelled()).singleElement().extracting(ManifestWarning::message).asString()
        .startsWith("Copilot applies subscribe to");
    assertThat(manifest.notModelled("prod")).singleElement().extracting(ManifestWarning::message).asString()
        .startsWith("Copilot applies subscribe, count, deployment to");
    assertThat(manifest.notModelled("test")).singleElement().extracting(ManifestWarning::message).asString()
        .startsWith("Copilot applies subscribe to");
    assertThat(manifest.notModelled("unlisted")).isEqualTo(manifest.notModelled());
  }

  @Test
  void aKeyTheTypeDoesNotHaveIsLeftToTheUnknownKeyWarning() {
    CopilotManifest job = read(
        "name: report", "type: Scheduled Job", "image:", "  location: example/report:1",
        "on:", "  schedule: '@daily'", "http:", "  path: /");
    assertThat(job.notModelled()).isEmpty();
    assertThat(job.warnings()).extracting(ManifestWarning::code).contains("manifest.unknown-field");
  }

  @Test
  void aManifestOfTaskFieldsOnlyHasNone() {
    CopilotManifest manifest = read(
        "name: api", "type: Backend Service", "image:", "  location: nginx:1", "cpu: 512", "memory: 1024",
        "storage:", "  readonly_fs: true", "variables:", "  LOG_LEVEL: info");
    assertThat(manifest.notModelled()).isEmpty();
  }

  @Test
  void warningsAreValues() {
    ManifestWarning warning = new ManifestWarning("m.yml", 3, 1, "count", "a", CopilotManifest.NOT_MODELLED);
    assertThat(warning).isEqualTo(new ManifestWarning("m.yml", 3, 1, "count", "a", CopilotManifest.NOT_MODELLED))
        .hasSameHashCodeAs(new ManifestWarning("m.yml", 3, 1, "count", "a", CopilotManifest.NOT_MODELLED))
        .isNotEqualTo(new ManifestWarning("m.yml", 3, 1, "count", "a"))
        .isNotEqualTo(new ManifestWarning("m.yml", 4, 1, "count", "a", CopilotManifest.NOT_MODELLED))
        .isNotEqualTo(new ManifestWarning("m.yml", 3, 2, "count", "a", CopilotManifest.NOT_MODELLED))
        .isNotEqualTo(new ManifestWarning("n.yml", 3, 1, "count", "a", CopilotManifest.NOT_MODELLED))
        .isNotEqualTo(new ManifestWarning("m.yml", 3, 1, "exec", "a", CopilotManifest.NOT_MODELLED))
        .isNotEqualTo(new ManifestWarning("m.yml", 3, 1, "count", "b", CopilotManifest.NOT_MODELLED))
        .isNotEqualTo("m.yml:3:1: warning: count: a");
  }
}
