package dev.sidecars.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sidecars.formats.copilot.CopilotManifest;
import dev.sidecars.formats.mia.MiaItem;
import dev.sidecars.model.Origin;
import org.junit.jupiter.api.Test;

/** Violations of workloads read from files carry the file's path terms and line. */
class LocationsTest {
  private static final String MANIFEST = String.join("\n",
      "name: api", // 1
      "type: Backend Service", // 2
      "image:", // 3
      "  location: example/api:1.0", // 4
      "sidecars:", // 5
      "  nginx:", // 6
      "    image: nginx", // 7
      "    depends_on:", // 8
      "      api: complete", // 9
      "      ghost: start") + "\n"; // 10

  @Test
  void copilotViolationsPointAtTheManifestLine() {
    CopilotManifest manifest = CopilotManifest.read(MANIFEST, "manifest.yml");
    ValidationReport report = SidecarValidator.copilot().validate(manifest.workload(), manifest.sources());

    assertThat(report.errors()).extracting(Violation::toString).containsExactly(
        "manifest.yml:9:12: error: sidecars.nginx.depends_on.api: essential container api can only have status"
            + " START or HEALTHY; mark it essential: false to wait for it to COMPLETE [depends-on.essential-condition]",
        "manifest.yml:10:14: error: sidecars.nginx.depends_on.ghost: container ghost does not exist [depends-on.unknown-container]");
    assertThat(report.errors().get(1).location()).contains(Origin.of("manifest.yml", 10, 14, "sidecars.nginx.depends_on.ghost"));
  }

  @Test
  void everyProblemAtOnceAndThrowIfInvalidListsThem() {
    CopilotManifest manifest = CopilotManifest.read(MANIFEST, "manifest.yml");
    ValidationReport report = SidecarValidator.all().validate(manifest.workload(), manifest.sources());
    assertThat(report.errors().size()).isGreaterThanOrEqualTo(2);
    assertThatThrownBy(report::throwIfInvalid)
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("manifest.yml:10:14: error: sidecars.nginx.depends_on.ghost");
  }

  @Test
  void miaTemplateViolationsUseItemPaths() {
    String item = String.join("\n",
        "name: Proxy", "itemId: proxy", "description: d", "type: sidecar", "tenantId: t",
        "documentation: {type: externalLink, url: 'https://x'}",
        "resources:",
        "  name: Proxy_Sidecar", // 8
        "  dockerImage: ghcr.io/proxy:1.0",
        "  containerPorts:",
        "  - {name: Http_Port, from: 80, to: 8080}") + "\n"; // 11
    MiaItem read = MiaItem.read(item, "proxy.yaml");
    ValidationReport report = SidecarValidator.kubernetes().validate(read.template(), read.sources());

    assertThat(report.violations()).extracting(v -> v.severity() + " " + v.code() + " " + v.modelPath() + " line "
        + v.location().map(Origin::line).orElse(0))
        .containsExactlyInAnyOrder(
            "warning name.dns-label defaults.name line 8",
            "error port.name defaults.ports[8080/tcp] line 11");
  }
}
