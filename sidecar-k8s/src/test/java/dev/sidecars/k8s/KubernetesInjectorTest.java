package dev.sidecars.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sidecars.formats.EditedDocument;
import dev.sidecars.formats.ManifestException;
import dev.sidecars.model.ConfigFile;
import dev.sidecars.model.ConfigMap;
import dev.sidecars.model.Container;
import dev.sidecars.model.ContainerPatch;
import dev.sidecars.model.DependencyCondition;
import dev.sidecars.model.HealthCheck;
import dev.sidecars.model.SidecarTemplate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the injector edits a file: where the sidecar goes, what it leaves alone, what it refuses. */
class KubernetesInjectorTest {
  private static final String DEPLOYMENT = String.join("\n",
      "apiVersion: apps/v1",
      "kind: Deployment",
      "metadata:",
      "  name: web   # the shop's front end",
      "spec:",
      "  template:",
      "    spec:",
      "      containers:",
      "      - name: web",
      "        image: \"nginx:1.27\"",
      "      restartPolicy: Always",
      "");
  private static final Container LOGGER = Container.builder().name("logger").image("fluent/fluent-bit:3.0").build();

  @Test
  void aPodWithoutInitContainersGetsTheListAfterItsContainers() {
    EditedDocument edited = KubernetesInjector.of(LOGGER, "acme/logger@1.0.0").inject(DEPLOYMENT, "web.yaml");
    assertThat(edited.change()).isEqualTo(EditedDocument.Change.ADDED);
    assertThat(edited.text()).isEqualTo(String.join("\n",
        "apiVersion: apps/v1",
        "kind: Deployment",
        "metadata:",
        "  name: web   # the shop's front end",
        "spec:",
        "  template:",
        "    spec:",
        "      containers:",
        "      - name: web",
        "        image: \"nginx:1.27\"",
        "      initContainers: # sidecar inject: logger",
        "      # sidecar inject: logger acme/logger@1.0.0",
        "      - image: fluent/fluent-bit:3.0",
        "        name: logger",
        "        restartPolicy: Always",
        "      restartPolicy: Always",
        ""));
    assertThat(KubernetesInjector.remove(edited.text(), "web.yaml", "logger").text()).isEqualTo(DEPLOYMENT);
  }

  private static final Container PROXY = Container.builder().name("proxy").image("envoy:1.31")
      .healthCheck(HealthCheck.builder().command(List.of("CMD", "pgrep", "envoy")).build()).build();

  @Test
  void aSidecarTheMainContainerWaitsForHealthyGetsAStartupProbe() {
    EditedDocument edited = KubernetesInjector.of(PROXY, "acme/proxy@1.0.0").mainDependsOn(DependencyCondition.HEALTHY)
        .inject(DEPLOYMENT, "web.yaml");
    assertThat(edited.warnings()).isEmpty();
    String added = edited.text().substring(DEPLOYMENT.indexOf("      restartPolicy: Always"));
    assertThat(edited.text()).contains("      initContainers: # sidecar inject: proxy\n"
        + "      # sidecar inject: proxy acme/proxy@1.0.0\n"
        + "      - image: envoy:1.31\n");
    assertThat(edited.text()).contains("        restartPolicy: Always\n        startupProbe:\n          exec:\n"
        + "            command:\n            - pgrep\n            - envoy\n");
    assertThat(added).isNotNull();
    assertThat(KubernetesInjector.remove(edited.text(), "web.yaml", "proxy").text()).isEqualTo(DEPLOYMENT);
  }

  @Test
  void aTaskTheMainContainerWaitsForRunsToCompletionOnEveryVersion() {
    Container migrate = Container.builder().name("migrate").image("migrate:1").essential(false).build();
    for (String version : new String[] {"1.30", "1.28"}) {
      EditedDocument edited = KubernetesInjector.of(migrate, "acme/migrate@1").kubernetesVersion(version)
          .mainDependsOn(DependencyCondition.SUCCESS).inject(DEPLOYMENT, "web.yaml");
      assertThat(edited.text()).as(version).contains("      initContainers: # sidecar inject: migrate\n"
          + "      # sidecar inject: migrate acme/migrate@1\n"
          + "      - image: migrate:1\n"
          + "        name: migrate\n"
          + "      restartPolicy: Always\n");
      assertThat(edited.warnings()).as(version).isEmpty();
    }
  }

  @Test
  void withoutNativeSidecarsAWaitForARunningSidecarIsAWarningAtThePod() {
    EditedDocument edited = KubernetesInjector.of(PROXY, "acme/proxy@1.0.0").kubernetesVersion("1.28")
        .mainDependsOn(DependencyCondition.START).inject(DEPLOYMENT, "web.yaml");
    assertThat(edited.text()).contains("      - name: web\n        image: \"nginx:1.27\"\n"
        + "      # sidecar inject: proxy acme/proxy@1.0.0\n");
    assertThat(edited.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo("k8s.start-order");
      assertThat(w.line()).isEqualTo(8);
      assertThat(w.message()).isEqualTo("classic sidecars start together: the main container may start before [proxy]");
    });
  }

  @Test
  void aLogRouterTemplateIsASidecarWithAWarning() {
    SidecarTemplate router = SidecarTemplate.builder().tenantId("acme").itemId("router").version("2.0").title("Router")
        .defaults(LOGGER).logRouter(java.util.Map.of("Name", "cloudwatch")).build();
    EditedDocument edited = KubernetesInjector.of(router, ContainerPatch.empty()).inject(DEPLOYMENT, "web.yaml");
    assertThat(edited.text()).isEqualTo(KubernetesInjector.of(LOGGER, "acme/router@2.0").inject(DEPLOYMENT, "web.yaml")
        .text());
    assertThat(edited.warnings()).extracting(w -> w.code() + " " + w.message()).containsExactly("k8s.not-emitted the "
        + "template is a FireLens log router, an ECS feature: on Kubernetes logger is a sidecar like any other and "
        + "routes no logs");
  }

  @Test
  void aNewerSidecarReplacesTheOneInjectedBeforeAndNothingElse() {
    String v1 = KubernetesInjector.of(LOGGER, "acme/logger@1.0.0").inject(DEPLOYMENT, "web.yaml").text();
    Container newer = LOGGER.toBuilder().image("fluent/fluent-bit:3.1").build();
    EditedDocument v2 = KubernetesInjector.of(newer, "acme/logger@1.1.0").inject(v1, "web.yaml");
    assertThat(v2.change()).isEqualTo(EditedDocument.Change.UPDATED);
    assertThat(v2.text()).isEqualTo(v1.replace("acme/logger@1.0.0", "acme/logger@1.1.0").replace("3.0", "3.1"));
    assertThat(KubernetesInjector.of(newer, "acme/logger@1.1.0").inject(v2.text(), "web.yaml").change())
        .isEqualTo(EditedDocument.Change.UNCHANGED);
    assertThat(KubernetesInjector.remove(v2.text(), "web.yaml", "logger").text()).isEqualTo(DEPLOYMENT);
  }

  @Test
  void beforeNativeSidecarsTheSidecarJoinsTheContainers() {
    EditedDocument edited = KubernetesInjector.of(LOGGER, "acme/logger@1.0.0").kubernetesVersion("1.28")
        .inject(DEPLOYMENT, "web.yaml");
    assertThat(edited.text()).contains(String.join("\n",
        "      - name: web",
        "        image: \"nginx:1.27\"",
        "      # sidecar inject: logger acme/logger@1.0.0",
        "      - image: fluent/fluent-bit:3.0",
        "        name: logger",
        "      restartPolicy: Always"));
    assertThat(edited.text()).doesNotContain("initContainers");
    assertThat(KubernetesInjector.remove(edited.text(), "web.yaml", "logger").text()).isEqualTo(DEPLOYMENT);
  }

  @Test
  void removingWhatIsNotThereChangesNothing() {
    EditedDocument absent = KubernetesInjector.remove(DEPLOYMENT, "web.yaml", "logger");
    assertThat(absent.change()).isEqualTo(EditedDocument.Change.ABSENT);
    assertThat(absent.text()).isSameAs(DEPLOYMENT);
    assertThat(absent.changed()).isFalse();
  }

  @Test
  void aContainerOfTheSameNameThatWasNotInjectedIsRefused() {
    Container web = Container.builder().name("web").image("other").build();
    assertThatThrownBy(() -> KubernetesInjector.of(web, "acme/web@1").kubernetesVersion("1.28").inject(DEPLOYMENT, "web.yaml"))
        .isInstanceOf(ManifestException.class)
        .hasMessage("web.yaml:9:9: containers: already has a container named web that sidecar inject did not add; "
            + "remove it or inject under another name");
  }

  @Test
  void aFlowStyleListIsRefused() {
    String flow = DEPLOYMENT.replace("      restartPolicy: Always\n", "      initContainers: []\n");
    assertThatThrownBy(() -> KubernetesInjector.of(LOGGER, "acme/logger@1").inject(flow, "web.yaml"))
        .isInstanceOf(ManifestException.class).hasMessageStartingWith("web.yaml:11:7: initContainers: is not a block-style list");
    String flowContainers = DEPLOYMENT.replace("      containers:\n      - name: web\n        image: \"nginx:1.27\"\n",
        "      containers: [{name: web, image: nginx}]\n");
    assertThatThrownBy(() -> KubernetesInjector.of(LOGGER, "acme/logger@1").inject(flowContainers, "web.yaml"))
        .isInstanceOf(ManifestException.class).hasMessageStartingWith("web.yaml:8:7: containers: is not a block-style list");
    String flowPod = DEPLOYMENT.replace("    spec:\n      containers:\n      - name: web\n        image: \"nginx:1.27\"\n"
        + "      restartPolicy: Always\n", "    spec: {containers: [{name: web, image: nginx}]}\n");
    assertThatThrownBy(() -> KubernetesInjector.of(LOGGER, "acme/logger@1").inject(flowPod, "web.yaml"))
        .isInstanceOf(ManifestException.class).hasMessageContaining("containers: is not a block-style list");
    String json = "{\"apiVersion\": \"apps/v1\", \"kind\": \"Deployment\", \"metadata\": {\"name\": \"web\"}, "
        + "\"spec\": {\"template\": {\"spec\": {\"containers\": [{\"name\": \"web\", \"image\": \"nginx\"}]}}}}";
    assertThatThrownBy(() -> KubernetesInjector.of(LOGGER, "acme/logger@1").inject(json, "web.json"))
        .isInstanceOf(ManifestException.class).hasMessage("web.json:1:1: is JSON; sidecar inject edits Kubernetes YAML in "
            + "block style");
  }

  private static final Container CONFIGURED = LOGGER.toBuilder().addConfigMap(ConfigMap.builder().name("conf")
      .mountPath("/etc/fluent").addFiles(ConfigFile.of("fluent-bit.conf", "[INPUT]\n    Name tail\n")).build()).build();

  @Test
  void aConfigMapTheSidecarMountsIsADocumentAtTheEndAndItsVolumeIsThePods() {
    String namespaced = DEPLOYMENT.replace("  name: web   # the shop's front end", "  name: web   # the shop's front end\n"
        + "  namespace: shop");
    EditedDocument edited = KubernetesInjector.of(CONFIGURED, "acme/logger@1").inject(namespaced, "web.yaml");
    assertThat(edited.text()).contains("          readOnly: true\n"
        + "      volumes: # sidecar inject: logger volume logger-conf\n"
        + "      # sidecar inject: logger volume logger-conf acme/logger@1\n"
        + "      - configMap:\n"
        + "          name: conf\n"
        + "        name: logger-conf\n"
        + "      restartPolicy: Always\n");
    assertThat(edited.text()).endsWith("      restartPolicy: Always\n"
        + "---\n"
        + "# sidecar inject: logger configmap conf acme/logger@1\n"
        + "apiVersion: v1\n"
        + "kind: ConfigMap\n"
        + "metadata:\n"
        + "  name: conf\n"
        + "  namespace: shop\n"
        + "data:\n"
        + "  fluent-bit.conf: |\n"
        + "    [INPUT]\n"
        + "        Name tail\n");
    List<KubernetesImport> read = KubernetesWorkloadReader.create().read(edited.text(), "web.yaml");
    assertThat(read.get(0).workload().container("logger").orElseThrow().configMaps()).hasSize(1);
    assertThat(KubernetesInjector.of(CONFIGURED, "acme/logger@1").inject(edited.text(), "web.yaml").change())
        .isEqualTo(EditedDocument.Change.UNCHANGED);
    Container changed = CONFIGURED.toBuilder().configMaps(List.of(ConfigMap.builder().name("conf").mountPath("/etc/fluent")
        .addFiles(ConfigFile.of("fluent-bit.conf", "[INPUT]\n    Name cpu\n")).build())).build();
    EditedDocument updated = KubernetesInjector.of(changed, "acme/logger@2").inject(edited.text(), "web.yaml");
    assertThat(updated.change()).isEqualTo(EditedDocument.Change.UPDATED);
    assertThat(updated.text()).contains("        Name cpu\n").doesNotContain("Name tail");
    assertThat(KubernetesInjector.remove(updated.text(), "web.yaml", "logger").text()).isEqualTo(namespaced);
    assertThat(KubernetesInjector.remove(edited.text(), "web.yaml", "logger").text()).isEqualTo(namespaced);
  }

  @Test
  void aFileWithoutAFinalLineBreakGetsTheConfigMapBeforeItsFirstDocument() {
    String bare = DEPLOYMENT.substring(0, DEPLOYMENT.length() - 1);
    EditedDocument edited = KubernetesInjector.of(CONFIGURED, "acme/logger@1").inject(bare, "web.yaml");
    assertThat(edited.text()).startsWith("# sidecar inject: logger configmap conf acme/logger@1\n"
        + "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: conf\ndata:\n  fluent-bit.conf: |\n    [INPUT]\n"
        + "        Name tail\n---\napiVersion: apps/v1\n").endsWith("      restartPolicy: Always");
    assertThat(KubernetesInjector.of(CONFIGURED, "acme/logger@1").inject(edited.text(), "web.yaml").change())
        .isEqualTo(EditedDocument.Change.UNCHANGED);
    assertThat(KubernetesInjector.remove(edited.text(), "web.yaml", "logger").text()).isEqualTo(bare);
  }

  @Test
  void aConfigMapIsRefusedWhereItWouldCollideOrHasNoOneNamespace() {
    String taken = DEPLOYMENT + "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: conf\ndata: {}\n";
    assertThatThrownBy(() -> KubernetesInjector.of(CONFIGURED, "acme/logger@1").inject(taken, "web.yaml"))
        .isInstanceOf(ManifestException.class).hasMessage("web.yaml:13:1: already holds a ConfigMap conf that sidecar "
            + "inject did not add; the sidecar logger mounts its own");
    String two = DEPLOYMENT.replace("  name: web ", "  namespace: a\n  name: web ") + "---\n"
        + DEPLOYMENT.replace("  name: web ", "  namespace: b\n  name: web ");
    assertThatThrownBy(() -> KubernetesInjector.of(CONFIGURED, "acme/logger@1").inject(two, "web.yaml"))
        .isInstanceOf(ManifestException.class).hasMessageContaining("holds workloads in 2 namespaces (a, b)");
  }

  @Test
  void whatInjectCannotDoIsRefusedNotDropped() {
    assertThatThrownBy(() -> KubernetesInjector.of(LOGGER, "two\nlines")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KubernetesInjector.of(LOGGER, "x").inject("apiVersion: v1\nkind: Service\n", "svc.yaml"))
        .isInstanceOf(ManifestException.class).hasMessageContaining("holds no Kubernetes workload");
  }

  @Test
  void everyWorkloadOfAFileGetsTheSidecarAndTheVolumeItLacks() {
    String two = String.join("\n",
        "apiVersion: v1",
        "kind: Service",
        "metadata:",
        "  name: web",
        "---",
        "apiVersion: apps/v1",
        "kind: Deployment",
        "metadata:",
        "  name: a",
        "spec:",
        "  template:",
        "    spec:",
        "      containers:",
        "        - name: a",
        "          image: a:1",
        "      volumes:",
        "        - name: other",
        "          emptyDir: {}",
        "---",
        "apiVersion: apps/v1",
        "kind: DaemonSet",
        "metadata:",
        "  name: b",
        "spec:",
        "  template:",
        "    spec:",
        "      containers:",
        "      - name: b",
        "        image: b:1",
        "      volumes:",
        "      - name: buffer",
        "        emptyDir: {}",
        "");
    Container buffered = LOGGER.toBuilder().addMount(dev.sidecars.model.Mount.of("buffer", "/buffer", false)).build();
    EditedDocument edited = KubernetesInjector.of(buffered, "acme/logger@1.0.0").inject(two, "two.yaml");
    assertThat(edited.text()).isEqualTo(String.join("\n",
        "apiVersion: v1",
        "kind: Service",
        "metadata:",
        "  name: web",
        "---",
        "apiVersion: apps/v1",
        "kind: Deployment",
        "metadata:",
        "  name: a",
        "spec:",
        "  template:",
        "    spec:",
        "      containers:",
        "        - name: a",
        "          image: a:1",
        "      initContainers: # sidecar inject: logger",
        "        # sidecar inject: logger acme/logger@1.0.0",
        "        - image: fluent/fluent-bit:3.0",
        "          name: logger",
        "          restartPolicy: Always",
        "          volumeMounts:",
        "          - mountPath: /buffer",
        "            name: buffer",
        "            readOnly: false",
        "      volumes:",
        "        - name: other",
        "          emptyDir: {}",
        "        # sidecar inject: logger volume buffer acme/logger@1.0.0",
        "        - emptyDir: {}",
        "          name: buffer",
        "---",
        "apiVersion: apps/v1",
        "kind: DaemonSet",
        "metadata:",
        "  name: b",
        "spec:",
        "  template:",
        "    spec:",
        "      containers:",
        "      - name: b",
        "        image: b:1",
        "      initContainers: # sidecar inject: logger",
        "      # sidecar inject: logger acme/logger@1.0.0",
        "      - image: fluent/fluent-bit:3.0",
        "        name: logger",
        "        restartPolicy: Always",
        "        volumeMounts:",
        "        - mountPath: /buffer",
        "          name: buffer",
        "          readOnly: false",
        "      volumes:",
        "      - name: buffer",
        "        emptyDir: {}",
        ""));
    assertThat(KubernetesInjector.of(buffered, "acme/logger@1.0.0").inject(edited.text(), "two.yaml").change())
        .isEqualTo(EditedDocument.Change.UNCHANGED);
    assertThat(KubernetesInjector.remove(edited.text(), "two.yaml", "logger").text()).isEqualTo(two);
    assertThat(KubernetesInjector.remove(edited.text(), "two.yaml", "log").change()).isEqualTo(EditedDocument.Change.ABSENT);
  }

  @Test
  void aPodWithNeitherListGetsBothAfterItsContainersTheSidecarFirst() {
    Container buffered = LOGGER.toBuilder().addMount(dev.sidecars.model.Mount.of("buffer", "/buffer", true)).build();
    EditedDocument edited = KubernetesInjector.of(buffered, "acme/logger@1.0.0").inject(DEPLOYMENT, "web.yaml");
    assertThat(edited.text()).contains(String.join("\n",
        "        image: \"nginx:1.27\"",
        "      initContainers: # sidecar inject: logger",
        "      # sidecar inject: logger acme/logger@1.0.0",
        "      - image: fluent/fluent-bit:3.0",
        "        name: logger",
        "        restartPolicy: Always",
        "        volumeMounts:",
        "        - mountPath: /buffer",
        "          name: buffer",
        "          readOnly: true",
        "      volumes: # sidecar inject: logger volume buffer",
        "      # sidecar inject: logger volume buffer acme/logger@1.0.0",
        "      - emptyDir: {}",
        "        name: buffer",
        "      restartPolicy: Always"));
    assertThat(KubernetesInjector.remove(edited.text(), "web.yaml", "logger").text()).isEqualTo(DEPLOYMENT);
  }
}
