package dev.sidecars.formats.copilot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sidecars.model.Build;
import dev.sidecars.model.Container;
import dev.sidecars.model.Cpu;
import dev.sidecars.model.EfsVolume;
import dev.sidecars.model.Image;
import dev.sidecars.model.Logging;
import dev.sidecars.model.Memory;
import dev.sidecars.model.Mount;
import dev.sidecars.model.Port;
import dev.sidecars.model.SecretRef;
import dev.sidecars.model.Variable;
import dev.sidecars.model.Volume;
import dev.sidecars.model.Workload;
import dev.sidecars.model.WorkloadType;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The examples of Copilot's sidecar documentation (test resources seeds/), field by field. */
class CopilotSeedExamplesTest {
  private static final Path SEEDS = Path.of("src/test/resources/seeds");

  @Test
  void nginxSidecarAsLoadBalancerTarget() {
    CopilotManifest manifest = CopilotManifest.read(SEEDS.resolve("copilot-nginx-lbws.yml"));
    Workload api = manifest.workload();

    assertThat(api.name()).isEqualTo("api");
    assertThat(api.type()).isEqualTo(WorkloadType.LOAD_BALANCED_WEB_SERVICE);
    assertThat(api.main().name()).isEqualTo("api");
    assertThat(api.main().image()).isEqualTo(Image.building(Build.dockerfile("api/Dockerfile")));
    assertThat(api.main().ports()).containsExactly(Port.tcp(3000));
    assertThat(api.targetContainer()).contains("nginx");
    assertThat(api.cpu()).contains(Cpu.ofEcsUnits(256));
    assertThat(api.memory()).contains(Memory.ofMebibytes(512));
    assertThat(api.sidecars()).hasSize(1);
    Container nginx = api.sidecars().get(0);
    assertThat(nginx.name()).isEqualTo("nginx");
    assertThat(nginx.ports()).containsExactly(Port.tcp(80));
    assertThat(nginx.image()).isEqualTo(Image.of("1234567890.dkr.ecr.us-west-2.amazonaws.com/reverse-proxy:revision_1"));
    assertThat(nginx.environment()).containsExactly(Map.entry("NGINX_PORT", Variable.plain("80")));
    assertThat(nginx.essential()).isEmpty();
    assertThat(manifest.environments()).isEmpty();
    assertThat(manifest.sources().find("targetContainer").orElseThrow().line()).isEqualTo(12);
    assertThat(manifest.sources().find("sidecars.nginx.ports[80/tcp]").orElseThrow().path()).isEqualTo("sidecars.nginx.port");
  }

  @Test
  void efsVolumeSharedWithASidecar() {
    Workload api = CopilotManifest.read(SEEDS.resolve("copilot-efs-fragment.yml")).workload();

    assertThat(api.volumes()).containsExactly(Volume.builder()
        .name("myEFSVolume").path("/etc/mount1").readOnly(false).efs(EfsVolume.of("fs-1234567")).build());
    Container nginx = api.sidecars().get(0);
    assertThat(nginx.mounts()).containsExactly(Mount.of("myEFSVolume", "/etc/mount1"));
    assertThat(nginx.mounts().get(0).isReadOnly()).isTrue();
  }

  @Test
  void fireLensLogging() {
    Workload api = CopilotManifest.read(SEEDS.resolve("copilot-firelens.yml")).workload();

    Logging logging = api.logging().orElseThrow();
    assertThat(logging.destination()).containsExactly(
        Map.entry("Name", "cloudwatch"),
        Map.entry("region", "us-west-2"),
        Map.entry("log_group_name", "/copilot/sidecar-test-hello"),
        Map.entry("log_stream_prefix", "copilot/"));
    assertThat(logging.routesLogs()).isTrue();
    assertThat(logging.imageOrDefault()).isEqualTo("public.ecr.aws/aws-observability/aws-for-fluent-bit:stable");
    assertThat(logging.isMetadataEnabled()).isTrue();
  }

  @Test
  void openTelemetrySidecarWithCopilotsPredefinedVariables() {
    Workload api = CopilotManifest.reader()
        .variables(Map.of("COPILOT_APPLICATION_NAME", "shop", "COPILOT_ENVIRONMENT_NAME", "prod"))
        .read(SEEDS.resolve("copilot-otel.yml"))
        .workload();

    Container otel = api.sidecars().get(0);
    assertThat(otel.name()).isEqualTo("otel_sidecar");
    assertThat(otel.image()).isEqualTo(Image.of("public.ecr.aws/aws-observability/aws-otel-collector:latest"));
    assertThat(otel.secrets()).containsExactly(
        Map.entry("AOT_CONFIG_CONTENT", SecretRef.ssm("/copilot/shop/prod/secrets/otel_config")));
  }
}
