package dev.sidecars.formats.copilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sidecars.formats.ManifestException;
import dev.sidecars.model.Container;
import dev.sidecars.model.Image;
import dev.sidecars.model.Port;
import dev.sidecars.model.Variable;
import dev.sidecars.model.Workload;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CopilotEnvironmentsTest {
  private static final Path FIXTURES = Path.of("src/test/resources/conformance/copilot");
  private final CopilotManifest fe = CopilotManifest.reader().variables(Map.of("TAG", "cicdtest"))
      .read(FIXTURES.resolve("svc-manifest.yml"));

  @Test
  void environmentsInDocumentOrder() {
    assertThat(fe.environments()).containsExactly("test", "staging", "prod");
  }

  @Test
  void stagingLocationReplacesTheRootBuild() {
    assertThat(fe.workload().main().image().build()).isPresent();
    assertThat(fe.workload("staging").main().image())
        .isEqualTo(Image.of("123456789000.dkr.ecr.us-east-1.amazonaws.com/vault/e2e:cicdtest"));
  }

  @Test
  void rootHasNoSidecarsAndProdAddsThem() {
    assertThat(fe.workload().sidecars()).isEmpty();
    assertThat(fe.workload().logging()).isEmpty();
    assertThat(fe.workload("prod").sidecars()).extracting(dev.sidecars.model.Container::name).containsExactly("nginx", "operation");
    assertThat(fe.workload("prod").main().environment())
        .containsEntry("LOG_LEVEL", Variable.plain("info"))
        .containsEntry("DB_NAME", Variable.imported("MyDB"));
  }

  @Test
  void anUnlistedEnvironmentRunsTheRoot() {
    assertThat(fe.workload("qa")).isEqualTo(fe.workload());
  }

  @Test
  void originsPointIntoTheOverride() {
    assertThat(fe.sources("prod").find("sidecars.nginx.healthCheck").orElseThrow().path())
        .isEqualTo("environments.prod.sidecars.nginx.healthcheck");
    assertThat(fe.sources("prod").find("main.environment.LOG_LEVEL").orElseThrow().path())
        .isEqualTo("variables.LOG_LEVEL");
    assertThat(fe.sources().find("sidecars.nginx")).isEmpty();
  }

  @Test
  void rulesOfTheOverrideOpenPorts() {
    Workload prod = fe.workload("prod");
    assertThat(prod.sidecars().get(0).ports()).containsExactly(Port.tcp(8080), Port.tcp(8081));
    assertThat(prod.main().ports()).containsExactly(Port.tcp(4000));
  }

  @Test
  void overrideAddingASidecarWithoutImageIsReadAndLeftToValidation() {
    String manifest = "name: api\ntype: Backend Service\nimage:\n  location: api\n"
        + "environments:\n  prod:\n    sidecars:\n      envoy:\n        essential: false\n";
    CopilotManifest read = CopilotManifest.read(manifest, "m.yml");
    Container envoy = read.workload("prod").sidecars().get(0);
    assertThat(envoy.name()).isEqualTo("envoy");
    assertThat(envoy.image().location()).isEmpty();
    assertThat(envoy.image().build()).isEmpty();
    assertThat(read.sources("prod").find("sidecars.envoy").orElseThrow().line()).isEqualTo(9);
  }

  @Test
  void anOverrideSuppliesTheImageTheRootLacks() {
    String manifest = "name: api\ntype: Backend Service\n"
        + "environments:\n  prod:\n    image:\n      location: api:2\n";
    CopilotManifest read = CopilotManifest.read(manifest, "m.yml");
    assertThat(read.workload().main().image().location()).isEmpty();
    assertThat(read.workload("prod").main().image().location()).contains("api:2");
  }

  @Test
  void anOverridesMountPointsReplaceTheSidecarsList() {
    String manifest = String.join("\n", "name: api", "type: Backend Service", "image:", "  location: api",
        "storage:", "  volumes:", "    data: {path: /data, efs: {id: fs-1}}", "    logs: {path: /logs, efs: {id: fs-2}}",
        "sidecars:", "  nginx:", "    image: nginx", "    mount_points:",
        "      - {source_volume: data, path: /var/www}", "      - {source_volume: logs, path: /var/log}",
        "environments:", "  prod:", "    sidecars:", "      nginx:", "        mount_points:",
        "          - {source_volume: logs, path: /srv/logs, read_only: false}", "");
    CopilotManifest read = CopilotManifest.read(manifest, "m.yml");
    // Copilot replaces a list of an override whole; an upsert by path would keep /var/www and /var/log
    assertThat(read.workload().sidecars().get(0).mounts()).extracting(m -> m.sourceVolume() + ":" + m.path())
        .containsExactly("data:/var/www", "logs:/var/log");
    assertThat(read.workload("prod").sidecars().get(0).mounts()).extracting(m -> m.sourceVolume() + ":" + m.path())
        .containsExactly("logs:/srv/logs");
  }
}
