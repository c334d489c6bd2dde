package dev.sidecars.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sidecars.formats.ManifestWarning;
import io.fabric8.kubernetes.api.model.PodSpec;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which fields the model does not hold a Kubernetes import keeps for its render, and where the render writes them. */
class KubernetesImportKeptTest {
  private static final String POD_SPEC = String.join("\n",
      "      serviceAccountName: web",
      "      affinity:",
      "        nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: "
          + "[{matchExpressions: [{key: zone, operator: In, values: [a]}]}]}}",
      "      containers:",
      "      - name: web",
      "        image: nginx:1.27",
      "        imagePullPolicy: Always",
      "        securityContext: {runAsNonRoot: true}",
      "        ports:",
      "        - containerPort: 80",
      "          hostPort: 8080",
      "        volumeMounts:",
      "        - name: logs",
      "          mountPath: /var/log/nginx",
      "        - name: host",
      "          mountPath: /host",
      "      initContainers:",
      "      - name: proxy",
      "        image: envoy:1.31",
      "        restartPolicy: Always",
      "        imagePullPolicy: IfNotPresent",
      "      volumes:",
      "      - name: logs",
      "        emptyDir: {}",
      "      - name: host",
      "        hostPath: {path: /srv}",
      "");
  private static final String DEPLOYMENT = String.join("\n",
      "apiVersion: apps/v1",
      "kind: Deployment",
      "metadata:",
      "  name: web",
      "  labels: {app: web, tier: front}",
      "spec:",
      "  replicas: 3",
      "  selector:",
      "    matchLabels: {app: web}",
      "  template:",
      "    metadata:",
      "      labels: {app: web}",
      "      annotations: {team: shop}",
      "    spec:",
      "") + POD_SPEC;

  private static KubernetesImport read(String text) {
    return KubernetesWorkloadReader.create().read(text, "web.yaml").get(0);
  }

  private static List<String> kept(KubernetesImport imported) {
    return imported.kept().stream().map(Object::toString).collect(Collectors.toList());
  }

  @Test
  void aDeploymentKeepsItsOwnFieldsThePodsAndItsContainersButNotWhatIsInsideAModelledList() throws Exception {
    KubernetesImport imported = read(DEPLOYMENT);
    assertThat(kept(imported)).containsExactly(
        "WORKLOAD.metadata.labels.app = web",
        "WORKLOAD.metadata.labels.tier = front",
        "WORKLOAD.spec.replicas = 3",
        "WORKLOAD.spec.selector = {matchLabels={app=web}}",
        "POD_METADATA.labels.app = web",
        "POD_METADATA.annotations.team = shop",
        "POD.serviceAccountName = web",
        "POD.affinity = {nodeAffinity={requiredDuringSchedulingIgnoredDuringExecution={nodeSelectorTerms=[{matchExpressions="
            + "[{key=zone, operator=In, values=[a]}]}]}}}",
        "POD[web].imagePullPolicy = Always",
        "POD[web].securityContext.runAsNonRoot = true",
        "POD[proxy].imagePullPolicy = IfNotPresent",
        "POD[web].volumeMounts += {name=host, mountPath=/host}",
        "POD.volumes += {name=host, hostPath={path=/srv}}");
    List<String> said = imported.warnings().stream().map(ManifestWarning::message).collect(Collectors.toList());
    assertThat(said).contains("spec.replicas is kept, not modelled: a Kubernetes render of this import writes it back",
        "spec.template.spec.containers[0].ports[0].hostPort is not modelled: a render leaves it out",
        "the hostPath volume host is kept, not modelled: a Kubernetes render of this import writes it back");

    KubernetesResult result = imported.emitter().build().emit(imported.workload());
    KubernetesOracle.check(result);
    io.fabric8.kubernetes.api.model.apps.Deployment deployment = result.deployment().orElseThrow();
    assertThat(deployment.getSpec().getReplicas()).isEqualTo(3);
    assertThat(deployment.getMetadata().getLabels()).containsEntry("app", "web").containsEntry("tier", "front")
        .containsEntry("app.kubernetes.io/name", "web");
    assertThat(deployment.getSpec().getSelector().getMatchLabels()).isEqualTo(java.util.Map.of("app", "web"));
    assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels()).containsEntry("app", "web");
    PodSpec pod = result.podSpec();
    assertThat(pod.getServiceAccountName()).isEqualTo("web");
    assertThat(pod.getAffinity().getNodeAffinity()).isNotNull();
    assertThat(pod.getContainers().get(0).getImagePullPolicy()).isEqualTo("Always");
    assertThat(pod.getContainers().get(0).getSecurityContext().getRunAsNonRoot()).isTrue();
    assertThat(pod.getInitContainers().get(0).getImagePullPolicy()).isEqualTo("IfNotPresent");
    assertThat(pod.getContainers().get(0).getVolumeMounts()).extracting(m -> m.getName()).contains("logs", "host");
    assertThat(pod.getVolumes()).extracting(v -> v.getName()).contains("logs", "host");
    // a bare pod spec gets the pod's fields, and no others
    PodSpec bare = imported.emitter().kind(WorkloadKind.POD_SPEC).build().emit(imported.workload()).podSpec();
    assertThat(bare.getServiceAccountName()).isEqualTo("web");
    assertThat(bare.getContainers().get(0).getImagePullPolicy()).isEqualTo("Always");
  }

  @Test
  void aStatefulSetRenderedAsADeploymentKeepsWhatADeploymentHas() throws Exception {
    String statefulSet = DEPLOYMENT.replace("kind: Deployment", "kind: StatefulSet")
        .replace("  replicas: 3", "  replicas: 3\n  serviceName: web");
    KubernetesImport imported = read(statefulSet);
    assertThat(kept(imported)).doesNotContain("WORKLOAD.spec.replicas = 3").contains("POD.serviceAccountName = web",
        "POD_METADATA.labels.app = web");
    assertThat(imported.warnings()).extracting(ManifestWarning::message)
        .contains("spec.serviceName is not modelled: a render leaves it out");
    KubernetesResult result = imported.emitter().build().emit(imported.workload());
    KubernetesOracle.check(result);
    // the emitter's selector still matches the template: its label stays beside the file's
    assertThat(result.deployment().orElseThrow().getSpec().getTemplate().getMetadata().getLabels())
        .containsEntry("app.kubernetes.io/name", "web").containsEntry("app", "web");
  }

  @Test
  void aPodsLabelsAreThePodTemplatesOfItsRender() {
    String pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  labels: {app: web}\nspec:\n"
        + POD_SPEC.replace("\n      ", "\n  ").replaceFirst("^      ", "  ");
    KubernetesImport imported = read(pod);
    assertThat(kept(imported)).contains("POD_METADATA.labels.app = web", "POD.serviceAccountName = web")
        .noneMatch(k -> k.startsWith("WORKLOAD"));
    KubernetesResult result = imported.emitter().build().emit(imported.workload());
    assertThat(result.deployment().orElseThrow().getSpec().getTemplate().getMetadata().getLabels())
        .containsEntry("app", "web");
  }

  @Test
  void aContainerRenamedSinceTheImportTakesItsFieldsAlong() {
    KubernetesImport imported = read(DEPLOYMENT);
    dev.sidecars.model.Workload renamed = imported.workload().toBuilder().sidecars(List.of())
        .main(imported.workload().main().toBuilder().dependsOn(java.util.Map.of()).build()).build();
    KubernetesResult result = imported.emitter().build().emit(renamed);
    // the proxy's fields have no container to go to; the rest are written
    assertThat(result.podSpec().getInitContainers()).isNullOrEmpty();
    assertThat(result.podSpec().getContainers().get(0).getImagePullPolicy()).isEqualTo("Always");
  }
}
