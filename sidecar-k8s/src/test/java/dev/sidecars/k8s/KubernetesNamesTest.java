package dev.sidecars.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sidecars.model.ConfigFile;
import dev.sidecars.model.ConfigMap;
import dev.sidecars.model.Container;
import dev.sidecars.model.SecretRef;
import dev.sidecars.model.Variable;
import dev.sidecars.model.Volume;
import dev.sidecars.model.Workload;
import dev.sidecars.model.WorkloadType;
import dev.sidecars.model.spi.EmitWarning;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1PodSpec;
import org.junit.jupiter.api.Test;

/** Model names become Kubernetes names by one rule; two that become one are an error, never two objects. */
class KubernetesNamesTest {
  /** The emitter's own guards, which validation (on by default) reports before them. */
  private static final KubernetesEmitter UNVALIDATED = KubernetesEmitter.builder().validateFirst(false).build();

  private static Workload workload(Container... sidecars) {
    return Workload.builder().name("api").type(WorkloadType.BACKEND_SERVICE)
        .main(Container.builder().name("api").image("acme/api:1").build()).addSidecars(sidecars).build();
  }

  private static Container sidecar(String name) {
    return Container.builder().name(name).image("acme/" + name.toLowerCase(java.util.Locale.ROOT) + ":1").build();
  }

  @Test
  void aContainerNameThatIsNoLabelIsConvertedAndTheMappingIsAWarning() throws Exception {
    Container grpc = sidecar("gRPC").toBuilder()
        .putEnvironment("LIMIT", Variable.fromResource("gRPC", "limits.cpu")).build();
    KubernetesResult result = KubernetesEmitter.create().emit(workload(grpc));
    V1PodSpec pod = KubernetesOracle.check(result);
    V1Container init = pod.getInitContainers().get(0);
    assertThat(init.getName()).isEqualTo("grpc");
    assertThat(init.getEnv().get(0).getValueFrom().getResourceFieldRef().getContainerName()).isEqualTo("grpc");
    assertThat(result.warnings()).containsExactly(EmitWarning.of("k8s.renamed", "sidecars.gRPC.name",
        "container gRPC is named grpc in Kubernetes, whose container names are lower-case DNS labels"));
  }

  @Test
  void containersThatBecomeOneNameAreAnErrorNamingBoth() {
    assertThatThrownBy(() -> UNVALIDATED.emit(workload(sidecar("gRPC"), sidecar("grpc"))))
        .isInstanceOf(KubernetesEmitException.class)
        .hasMessage("sidecars.grpc.name: the containers gRPC and grpc are both named grpc in Kubernetes; rename one");
  }

  @Test
  void volumesThatBecomeOneNameAreAnErrorNamingBoth() {
    Workload twoVolumes = workload().toBuilder().addVolume(Volume.builder().name("Data").path("/a").build())
        .addVolume(Volume.builder().name("data").path("/b").build()).build();
    assertThatThrownBy(() -> UNVALIDATED.emit(twoVolumes))
        .isInstanceOf(KubernetesEmitException.class)
        .hasMessage("volumes[data]: the volumes Data and data are both named data in Kubernetes; rename one");
  }

  @Test
  void configMapsOfOneNameAreOneObjectWhenTheyHoldTheSameFiles() throws Exception {
    ConfigMap shared = ConfigMap.builder().name("otel-config").mountPath("/etc/otel")
        .addFiles(ConfigFile.of("config.yaml", "receivers: {}")).build();
    Container a = sidecar("a").toBuilder().addConfigMap(shared).build();
    Container b = sidecar("b").toBuilder().addConfigMap(shared).build();
    KubernetesResult result = KubernetesEmitter.create().emit(workload(a, b));
    KubernetesOracle.check(result);
    assertThat(result.configMaps()).extracting(c -> c.getMetadata().getName()).containsExactly("otel-config");

    Container other = sidecar("c").toBuilder().addConfigMap(ConfigMap.builder().name("otel-config")
        .mountPath("/etc/otel").addFiles(ConfigFile.of("config.yaml", "exporters: {}")).build()).build();
    assertThatThrownBy(() -> UNVALIDATED.emit(workload(a, other)))
        .isInstanceOf(KubernetesEmitException.class)
        .hasMessage("sidecars.c.configMaps: the ConfigMap otel-config of c holds other files than another container's "
            + "ConfigMap of that name; rename one");

    Container renamed = sidecar("d").toBuilder().addConfigMap(ConfigMap.builder().name("OTEL_config")
        .mountPath("/etc/otel").addFiles(ConfigFile.of("config.yaml", "receivers: {}")).build()).build();
    assertThatThrownBy(() -> UNVALIDATED.emit(workload(a, renamed)))
        .isInstanceOf(KubernetesEmitException.class)
        .hasMessage("sidecars.d.configMaps: the ConfigMaps otel-config and OTEL_config are both named otel-config in "
            + "Kubernetes; rename one");
  }

  @Test
  void twoAwsSecretsReadFromOneSecretKeyAreAnErrorNotTheWrongValue() {
    Container a = sidecar("a").toBuilder().putSecret("DB", SecretRef.ssm("db/password")).build();
    Container b = sidecar("b").toBuilder().putSecret("DB", SecretRef.ssm("db.password")).build();
    assertThatThrownBy(() -> UNVALIDATED.emit(workload(a, b)))
        .isInstanceOf(KubernetesEmitException.class)
        .hasMessage("sidecars.b.secrets.DB: this secret and sidecars.a.secrets.DB are different secrets that would be "
            + "read from one key of one Kubernetes Secret; map them apart with the emitter's secretKeys(...)")
        .hasMessageNotContaining("db/password").hasMessageNotContaining("db.password");
    Container same = sidecar("c").toBuilder().putSecret("PASSWORD", SecretRef.ssm("db/password")).build();
    assertThat(KubernetesEmitter.create().emit(workload(a, same)).podSpec().getInitContainers()).hasSize(2);
  }

  @Test
  void secretMountsWhoseVolumesBecomeOneAreAnError() {
    Container a = sidecar("a").toBuilder().addSecretMount(dev.sidecars.model.SecretMount.of("db.creds", "/etc/a")).build();
    Container b = sidecar("b").toBuilder().addSecretMount(dev.sidecars.model.SecretMount.of("db-creds", "/etc/b")).build();
    assertThatThrownBy(() -> UNVALIDATED.emit(workload(a, b)))
        .isInstanceOf(KubernetesEmitException.class)
        .hasMessage("sidecars.b.secretMounts: the volumes the Secret db.creds and the Secret db-creds are both named "
            + "secret-db-creds in Kubernetes; rename one");
  }
}
