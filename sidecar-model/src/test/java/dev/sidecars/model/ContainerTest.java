package dev.sidecars.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContainerTest {

  private static Container.Builder nginx() {
    return Container.builder().name("nginx").image("nginx:1.27");
  }

  @Test
  void missingNameAndImageAreNamed() {
    assertThatThrownBy(() -> Container.builder().build())
        .isInstanceOf(ModelException.class)
        .hasMessage("Container: required field(s) not set: name, image")
        .extracting(e -> ((ModelException) e).field())
        .isEqualTo("name, image");
    assertThatThrownBy(() -> Container.builder().name("x").build())
        .hasMessage("Container: required field(s) not set: image");
    assertThatThrownBy(() -> Workload.builder().name("w").build())
        .hasMessage("Workload: required field(s) not set: type, main");
  }

  @Test
  void essentialDefaultsToTrueButUnsetIsKept() {
    Container unset = nginx().build();
    assertThat(unset.essential()).isEmpty();
    assertThat(unset.isEssential()).isTrue();
    assertThat(nginx().essential(false).build().isEssential()).isFalse();
  }

  @Test
  void unsetEntrypointDiffersFromEmpty() {
    assertThat(nginx().build().entrypoint()).isEmpty();
    assertThat(nginx().entrypoint(List.of()).build().entrypoint()).contains(List.of());
    assertThat(nginx().build()).isNotEqualTo(nginx().entrypoint(List.of()).build());
  }

  @Test
  void commandLinesSplitWithShellRules() {
    Container c = nginx()
        .entrypointLine("/bin/entrypoint --p1 --p2")
        .commandLine("sh -c 'echo \"$HOME\" done' \"a b\" c\\ d")
        .build();
    assertThat(c.entrypoint()).contains(List.of("/bin/entrypoint", "--p1", "--p2"));
    assertThat(c.command()).contains(List.of("sh", "-c", "echo \"$HOME\" done", "a b", "c d"));
  }

  @Test
  void unclosedQuoteNamesTheField() {
    assertThatThrownBy(() -> nginx().commandLine("echo 'oops"))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("command: unclosed single quote");
  }

  @Test
  void collectionsKeepInsertionOrder() {
    Container c = nginx()
        .putEnvironment("Z", "1").putEnvironment("A", "2").putEnvironment("M", "3")
        .putDependsOn("b", DependencyCondition.START).putDependsOn("a", DependencyCondition.HEALTHY)
        .addPort("9000").addPort("80")
        .build();
    assertThat(c.environment().keySet()).containsExactly("Z", "A", "M");
    assertThat(c.dependsOn().keySet()).containsExactly("b", "a");
    assertThat(c.ports()).containsExactly(Port.tcp(9000), Port.tcp(80));
  }

  @Test
  void valuesCompareByValue() {
    assertThat(nginx().addPort("80").build()).isEqualTo(nginx().addPort(Port.tcp(80)).build());
    assertThat(nginx().build().hashCode()).isEqualTo(nginx().build().hashCode());
  }

  @Test
  void toStringShowsSecretReferencesNeverValues() {
    Container c = nginx().putSecret("DB", SecretRef.secretsManager("demo/mysql")).build();
    assertThat(c.toString()).contains("DB=secretsmanager:demo/mysql");
    assertThat(ConfigFile.of("app.conf", "password=hunter2")).hasToString("app.conf (16 chars)");
  }

  @Test
  void healthCheckDefaultsAreCopilots() {
    HealthCheck partial = HealthCheck.builder().interval(Duration.ofSeconds(30)).build();
    assertThat(partial.commandOrDefault())
        .containsExactly("CMD-SHELL", "curl -f http://localhost/ || exit 1");
    assertThat(partial.intervalOrDefault()).isEqualTo(Duration.ofSeconds(30));
    assertThat(partial.retriesOrDefault()).isEqualTo(2);
    assertThat(partial.timeoutOrDefault()).isEqualTo(Duration.ofSeconds(5));
    assertThat(partial.startPeriodOrDefault()).isEqualTo(Duration.ZERO);
    assertThat(HealthCheck.cmd("/bin/check", "-q").command())
        .containsExactly("CMD", "/bin/check", "-q");
  }

  @Test
  void toBuilderChangesOneField() {
    Container base = nginx().addPort("80").build();
    Container changed = base.toBuilder().image("nginx:1.28").build();
    assertThat(changed.image()).isEqualTo(Image.of("nginx:1.28"));
    assertThat(changed.ports()).isEqualTo(base.ports());
  }

  @Test
  void mountsAreReadOnlyByDefault() {
    assertThat(Mount.of("efs", "/data").isReadOnly()).isTrue();
    assertThat(Mount.of("efs", "/data").readOnly()).isEmpty();
    assertThat(Mount.of("efs", "/data", false).isReadOnly()).isFalse();
  }

  @Test
  void referencesRejectImpossibleShapes() {
    assertThat(SecretRef.kubernetes("s", "k").key()).contains("k");
    assertThat(Variable.fromConfigMap("cm", "k")).hasToString("configMap:cm/k");
    assertThat(Probe.http("/-/healthz", "3000").action()).isEqualTo(Probe.Action.HTTP_GET);
    assertThat(Probe.tcp("3000").action()).isEqualTo(Probe.Action.TCP_SOCKET);
    assertThat(Probe.exec("true").action()).isEqualTo(Probe.Action.EXEC);
  }

  @Test
  void aBlankNameOrImageIsRefusedNamingTheContainer() {
    assertThatThrownBy(() -> Container.builder().name(" ").image("envoy:1").build())
        .isInstanceOf(ModelException.class)
        .hasMessage("name: a container needs a name, and the one with image envoy:1 has a blank one");
    assertThatThrownBy(() -> Container.builder().name("").image(Image.fromDockerfile("Dockerfile")).build())
        .hasMessage("name: a container needs a name, and the one that builds its image has a blank one");
    assertThatThrownBy(() -> Container.builder().name("envoy").image("  ").build())
        .isInstanceOf(ModelException.class)
        .hasMessage("image: container envoy has a blank image; give an image reference");
    Container envoy = Container.builder().name("envoy").image("envoy:1").build();
    assertThatThrownBy(() -> envoy.toBuilder().name("").build()).isInstanceOf(ModelException.class);
  }
}
