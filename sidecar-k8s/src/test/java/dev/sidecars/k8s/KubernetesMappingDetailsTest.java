package dev.sidecars.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sidecars.model.Container;
import dev.sidecars.model.Image;
import dev.sidecars.model.SecretRef;
import dev.sidecars.model.Volume;
import dev.sidecars.model.Workload;
import dev.sidecars.model.WorkloadType;
import dev.sidecars.model.spi.EmitSettings;
import dev.sidecars.model.spi.WorkloadEmitter;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Details of the mapping that the broader tests do not pin, each with the value it must have. */
class KubernetesMappingDetailsTest {

  private static Workload.Builder api(Container main) {
    return Workload.builder().name("api").type(WorkloadType.BACKEND_SERVICE).main(main);
  }

  @Test
  void registryCredentialsBecomeAnImagePullSecret() {
    Container main = Container.builder().name("api").image("registry.example/api:1")
        .credentials("arn:aws:secretsmanager:eu-west-1:123456789012:secret:registry/creds").build();
    PodSpec pod = KubernetesEmitter.create().emit(api(main).build()).podSpec();
    assertThat(pod.getImagePullSecrets()).extracting(s -> s.getName()).containsExactly("creds");
  }

  @Test
  void aSecretIsReadFromTheSecretTheMappingNames() {
    Container main = Container.builder().name("api").image("api:1").putSecret("DB", SecretRef.ssm("/api/db")).build();
    KubernetesEmitter emitter = KubernetesEmitter.builder()
        .secretKeys(ref -> Map.entry("vault-" + ref.name().replace("/", ""), "password")).build();
    EnvVar db = emitter.emit(api(main).build()).podSpec().getContainers().get(0).getEnv().get(0);
    assertThat(db.getValueFrom().getSecretKeyRef().getName()).isEqualTo("vault-apidb");
    assertThat(db.getValueFrom().getSecretKeyRef().getKey()).isEqualTo("password");
  }

  @Test
  void anEnvFileIsReadFromItsConfigMap() {
    Container main = Container.builder().name("Api_Main").image("api:1").envFile("api.env").build();
    KubernetesResult result = KubernetesEmitter.create().emit(api(main).build());
    assertThat(result.podSpec().getContainers().get(0).getEnvFrom()).singleElement()
        .satisfies(from -> assertThat(from.getConfigMapRef().getName()).isEqualTo("api-main-env"));
    assertThat(result.warnings()).anyMatch(w -> w.code().equals("k8s.env-file")
        && w.path().equals("main.envFile") && w.message().contains("ConfigMap api-main-env"));
  }

  @Test
  void aWorkloadVolumeWithAPathIsMountedInTheMainContainer() {
    Workload workload = api(Container.builder().name("api").image("api:1").build())
        .addVolume(Volume.builder().name("Scratch").path("/scratch").readOnly(true).build())
        .addVolume(Volume.builder().name("unmounted").build())
        .build();
    PodSpec pod = KubernetesEmitter.create().emit(workload).podSpec();
    assertThat(pod.getContainers().get(0).getVolumeMounts()).extracting(VolumeMount::getName,
        VolumeMount::getMountPath, VolumeMount::getReadOnly)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("scratch", "/scratch", true));
    assertThat(pod.getVolumes()).extracting(v -> v.getName()).containsExactly("scratch", "unmounted");
  }

  @Test
  void nativeSidecarsStartAtKubernetes129() {
    Workload workload = api(Container.builder().name("api").image("api:1").build())
        .addSidecar(Container.builder().name("envoy").image("envoy:1").build()).build();
    KubernetesResult at129 = KubernetesEmitter.builder().kubernetesVersion("1.29").build().emit(workload);
    assertThat(at129.podSpec().getInitContainers()).extracting(c -> c.getName()).containsExactly("envoy");
    assertThat(at129.warnings()).noneMatch(w -> w.code().equals("k8s.no-native-sidecars"));
    KubernetesResult at128 = KubernetesEmitter.builder().kubernetesVersion("1.28").build().emit(workload);
    assertThat(at128.podSpec().getInitContainers()).isNullOrEmpty();
  }

  @Test
  void theTargetTakesABuiltImageFromTheSettings() {
    WorkloadEmitter k8s = WorkloadEmitter.available().stream().filter(e -> e.target().equals("k8s")).findFirst()
        .orElseThrow();
    assertThat(k8s.description()).isEqualTo("Kubernetes ConfigMaps and Deployment with native sidecars (YAML)");
    Workload built = api(Container.builder().name("api").image(Image.fromDockerfile("Dockerfile")).build()).build();
    assertThat(k8s.configure(EmitSettings.builder().builtImage("api", "registry.example/api:9").build()).emit(built))
        .contains("image: registry.example/api:9");
  }

  @Test
  void cpuFinerThanAMillicoreIsRoundedUpAsKubernetesTakesNoFiner() {
    Container main = Container.builder().name("api").image("api:1").resources(dev.sidecars.model.Resources.builder()
        .cpuMin(dev.sidecars.model.Cpu.ofEcsUnits(103)).cpuMax(dev.sidecars.model.Cpu.parseKubernetes("250m")).build()).build();
    PodSpec pod = KubernetesEmitter.create().emit(Workload.builder().name("api").type(WorkloadType.BACKEND_SERVICE)
        .main(main).build()).podSpec();
    // 103 ECS units are 0.1005859375 cores
    assertThat(pod.getContainers().get(0).getResources().getRequests().get("cpu").toString()).isEqualTo("101m");
    assertThat(pod.getContainers().get(0).getResources().getLimits().get("cpu").toString()).isEqualTo("250m");
  }
}
