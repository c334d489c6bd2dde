package dev.sidecars.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Worked cases of docs/merge.md: Copilot's environment-override rules expressed as patches
 * (reference/copilot.md section 3), and Mia-Platform's template-plus-override.
 */
class MergeRulesTest {

  private static Container xray() {
    return Container.builder()
        .name("xray")
        .image("123456789012.dkr.ecr.us-east-2.amazonaws.com/xray-daemon")
        .addPort("2000")
        .credentials("some arn")
        .build();
  }

  /** Copilot's lb_web_svc_test.go ApplyEnv case "xray": port replaced, image and credentials kept, mounts added. */
  @Test
  void copilotXraySidecarOverride() {
    WorkloadPatch prod = WorkloadPatch.builder()
        .sidecars(SidecarsPatch.empty().upsert("xray", ContainerPatch.builder()
            .ports(ListPatch.replaceWith(List.of(Port.parse("2000/udp"))))
            .mounts(ListPatch.replaceWith(List.of(Mount.of("some-volume", "/some/path", false))))
            .build()))
        .build();
    Workload base = Workload.builder()
        .name("phonetool")
        .type(WorkloadType.LOAD_BALANCED_WEB_SERVICE)
        .main(Container.builder().name("phonetool").image("phonetool:1").build())
        .addSidecar(xray())
        .build();

    Container merged = Patches.apply(base, prod).sidecars().get(0);

    assertThat(merged.image()).isEqualTo(xray().image());
    assertThat(merged.credentials()).contains("some arn");
    assertThat(merged.ports()).containsExactly(Port.udp(2000));
    assertThat(merged.mounts()).containsExactly(Mount.of("some-volume", "/some/path", false));
  }

  @Test
  void copilotAddsSidecarsAndLoggingOnlyInProd() {
    // svc-manifest.yml: no sidecars or logging at the top, both under environments.prod
    Workload fe = Workload.builder()
        .name("fe")
        .type(WorkloadType.LOAD_BALANCED_WEB_SERVICE)
        .main(Container.builder().name("fe").image(Image.fromDockerfile("./Dockerfile")).addPort("4000").build())
        .build();
    WorkloadPatch prod = WorkloadPatch.builder()
        .targetContainer("nginx")
        .sidecars(SidecarsPatch.empty()
            .add(Container.builder().name("nginx")
                .image("1234567890.dkr.ecr.us-west-2.amazonaws.com/reverse-proxy:revision_1")
                .addPort("8080")
                .putEnvironment("NGINX_PORT", "80")
                .healthCheck(HealthCheck.builder()
                    .addCommand("CMD-SHELL", "curl -f http://localhost:8080 || exit 1")
                    .interval(Duration.ofSeconds(10)).build())
                .build())
            .add(Container.builder().name("operation").image("alpine:latest")
                .command("echo", "$COPILOT_APPLICATION_NAME").build()))
        .logging(LoggingPatch.builder()
            .retention(1)
            .destination(MapPatch.upsertAll(Map.of("Name", "cloudwatch")))
            .envFile("./logging.env")
            .build())
        .build();

    Workload merged = Patches.apply(fe, prod);

    assertThat(merged.sidecars()).extracting(Container::name).containsExactly("nginx", "operation");
    assertThat(merged.sidecars().get(0).healthCheck().orElseThrow().retriesOrDefault()).isEqualTo(2);
    assertThat(merged.sidecars().get(1).command()).contains(List.of("echo", "$COPILOT_APPLICATION_NAME"));
    assertThat(merged.logging().orElseThrow().imageOrDefault()).isEqualTo(Logging.DEFAULT_IMAGE);
    assertThat(merged.logging().orElseThrow().retention()).contains(1);
    assertThat(merged.targetContainer()).contains("nginx");
    assertThat(merged.main()).isEqualTo(fe.main());
  }

  @Test
  void variablesAreUpsertedAndEachValueReplacedWhole() {
    // Copilot's TestApplyEnv_MapToStruct: a plain VAR1 overridden by {from_cfn} is only from_cfn
    Container base = Container.builder().name("c").image("i").putEnvironment("VAR1", "x")
        .putEnvironment("KEEP", "k").build();
    ContainerPatch patch = ContainerPatch.builder()
        .environment(MapPatch.<Variable>empty().upsert("VAR1", Variable.imported("y"))).build();
    assertThat(Patches.apply(base, patch).environment())
        .containsExactly(Map.entry("VAR1", Variable.imported("y")), Map.entry("KEEP", Variable.plain("k")));
  }

  @Test
  void sidecarBuildOverriddenByLocationDropsTheBuild() {
    // Copilot leaves both set here and then fails validation (reference/copilot.md 3.3); we drop the build
    Container built = Container.builder().name("nginx").image(Image.fromDockerfile("nginx/Dockerfile")).build();
    Container located = Patches.apply(built, ContainerPatch.builder().image("nginx:1.27").build());
    assertThat(located.image()).isEqualTo(Image.of("nginx:1.27"));
    Container rebuilt = Patches.apply(located,
        ContainerPatch.builder().image(ImagePatch.build(BuildPatch.builder().dockerfile("Dockerfile.prod").build())).build());
    assertThat(rebuilt.image()).isEqualTo(Image.fromDockerfile("Dockerfile.prod"));
  }

  @Test
  void buildArgsAreUpsertedAndCacheFromReplaced() {
    Container base = Container.builder().name("c").image(Image.building(Build.builder()
        .dockerfile("Dockerfile").putArg("A", "1").putArg("B", "2").addCacheFrom("c:1").build())).build();
    Container merged = Patches.apply(base, ContainerPatch.builder().image(ImagePatch.build(BuildPatch.builder()
        .args(MapPatch.<String>empty().upsert("B", "3")).cacheFrom(List.of("c:2")).build())).build());
    Build build = merged.image().build().orElseThrow();
    assertThat(build.dockerfile()).contains("Dockerfile");
    assertThat(build.args()).containsExactly(Map.entry("A", "1"), Map.entry("B", "3"));
    assertThat(build.cacheFrom()).containsExactly("c:2");
  }

  @Test
  void healthCheckMergesFieldByField() {
    Container base = Container.builder().name("c").image("i")
        .healthCheck(HealthCheck.builder().from(HealthCheck.cmd("check")).retries(5).build()).build();
    Container merged = Patches.apply(base, ContainerPatch.builder()
        .healthCheck(HealthCheckPatch.builder().interval(Duration.ofSeconds(30)).build()).build());
    HealthCheck check = merged.healthCheck().orElseThrow();
    assertThat(check.command()).containsExactly("CMD", "check");
    assertThat(check.retries()).contains(5);
    assertThat(check.interval()).contains(Duration.ofSeconds(30));
  }

  @Test
  void explicitFalseAndZeroAreSet() {
    Container base = Container.builder().name("c").image("i").essential(true)
        .healthCheck(HealthCheck.builder().retries(3).build()).build();
    Container merged = Patches.apply(base, ContainerPatch.builder().essential(false)
        .healthCheck(HealthCheckPatch.builder().retries(0).build()).build());
    assertThat(merged.essential()).contains(false);
    assertThat(merged.healthCheck().orElseThrow().retries()).contains(0);
  }

  @Test
  void portsAreKeyedByNumberAndProtocolNotNumberAlone() {
    // kustomize #3513: a merge keyed by number alone collapses 53/tcp and 53/udp
    Container dns = Container.builder().name("dns").image("coredns").addPort("53/tcp").addPort("53/udp").build();
    Container merged = Patches.apply(dns, ContainerPatch.builder()
        .ports(ListPatch.<Port>empty().upsert(Port.udp(53).named("dns-udp"))).build());
    assertThat(merged.ports()).containsExactly(Port.tcp(53), Port.udp(53).named("dns-udp"));
  }

  @Test
  void removalIsExplicit() {
    Container base = Container.builder().name("c").image("i").putLabel("a", "1").putLabel("b", "2")
        .addMount(Mount.of("v", "/data")).build();
    Container merged = Patches.apply(base, ContainerPatch.builder()
        .labels(MapPatch.<String>empty().remove("a"))
        .mounts(ListPatch.<Mount>empty().remove("/data"))
        .build());
    assertThat(merged.labels()).containsOnlyKeys("b");
    assertThat(merged.mounts()).isEmpty();
  }

  @Test
  void lastBuilderCallWinsForOneKey() {
    assertThat(MapPatch.<String>empty().remove("a").upsert("a", "1").removals()).isEmpty();
    assertThat(MapPatch.<String>empty().upsert("a", "1").remove("a").upserts()).isEmpty();
  }

  @Test
  void composedRemoveThenAddMovesTheKeyToTheEnd() {
    MapPatch<String> remove = MapPatch.<String>empty().remove("a");
    MapPatch<String> add = MapPatch.<String>empty().upsert("a", "2").upsert("z", "3");
    Map<String, String> base = new java.util.LinkedHashMap<>(Map.of("a", "1"));
    base.put("b", "1");
    Map<String, String> stepwise = add.apply(remove.apply(base));
    assertThat(stepwise.keySet()).containsExactly("b", "a", "z");
    assertThat(remove.then(add).apply(base).keySet()).containsExactly("b", "a", "z");
  }

  @Test
  void newSidecarWithoutImageIsAnError() {
    Workload base = Workload.builder().name("w").type(WorkloadType.BACKEND_SERVICE)
        .main(Container.builder().name("w").image("w").build()).build();
    WorkloadPatch patch = WorkloadPatch.builder()
        .sidecars(SidecarsPatch.empty().upsert("envoy", ContainerPatch.builder().essential(false).build()))
        .build();
    assertThatThrownBy(() -> Patches.apply(base, patch))
        .isInstanceOf(ModelException.class)
        .hasMessage("sidecars.envoy: a new container needs an image, and this patch sets none");
  }

  @Test
  void miaTemplateInstantiatedWithImageTwoPointZero() {
    SidecarTemplate mySidecar = SidecarTemplate.builder()
        .tenantId("my-tenant-id")
        .itemId("my-sidecar")
        .title("My sidecar")
        .description("A very simple sidecar")
        .documentation(Documentation.externalLink("https://github.com/my-sidecar/docs"))
        .defaults(Container.builder().name("my-sidecar").image("ghcr.io/my-sidecar:1.0")
            .addPort(Port.tcp(5000).named("http").exposedAs(80)).build())
        .build();

    Container instance = mySidecar.instantiate(ContainerPatch.builder().image("ghcr.io/my-sidecar:2.0").build());

    assertThat(instance.image()).isEqualTo(Image.of("ghcr.io/my-sidecar:2.0"));
    assertThat(instance.name()).isEqualTo("my-sidecar");
    assertThat(instance.ports()).isEqualTo(mySidecar.defaults().ports());
    assertThat(mySidecar.defaults().image()).isEqualTo(Image.of("ghcr.io/my-sidecar:1.0"));
    assertThat(mySidecar.instantiate(ContainerPatch.empty())).isEqualTo(mySidecar.defaults());
  }

  @Test
  void buildingAPatchAtOnceEqualsBuildingItOneElementAtATime() {
    List<Port> ports = List.of(Port.tcp(80), Port.udp(53), Port.tcp(443), Port.tcp(80).named("http"));
    ListPatch<Port> oneByOne = ListPatch.empty();
    for (Port port : ports) {
      oneByOne = oneByOne.upsert(port);
    }
    assertThat(ListPatch.upsertAll(ports).upserts()).isEqualTo(oneByOne.upserts());
    assertThat(ListPatch.upsertAll(ports).apply(List.of(Port.tcp(8080))))
        .isEqualTo(oneByOne.apply(List.of(Port.tcp(8080))));

    Map<String, ContainerPatch> sidecars = new java.util.LinkedHashMap<>();
    sidecars.put("envoy", ContainerPatch.builder().image("envoy:1").build());
    sidecars.put("nginx", ContainerPatch.builder().image("nginx:1").build());
    SidecarsPatch sequential = SidecarsPatch.empty().upsert("envoy", sidecars.get("envoy"))
        .upsert("nginx", sidecars.get("nginx"));
    List<Container> base = List.of(Container.builder().name("nginx").image("nginx:0").build());
    assertThat(SidecarsPatch.upsertAll(sidecars).apply(base)).isEqualTo(sequential.apply(base))
        .extracting(Container::name).containsExactly("nginx", "envoy");
  }
}
