package dev.sidecars.cli;

import static dev.sidecars.cli.Cli.example;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sidecars.ecs.EcsEmitter;
import dev.sidecars.ecs.EcsImport;
import dev.sidecars.ecs.EcsTaskDefinitionReader;
import dev.sidecars.formats.DirectoryCatalog;
import dev.sidecars.formats.LoadedManifest;
import dev.sidecars.formats.ManifestReader;
import dev.sidecars.k8s.KubernetesEmitter;
import dev.sidecars.model.Container;
import dev.sidecars.model.Cpu;
import dev.sidecars.model.Resources;
import dev.sidecars.model.Workload;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Moving a workload across platforms keeps it: every example workload rendered to ECS, imported
 * from that task definition and rendered to Kubernetes gives the Kubernetes objects its direct
 * render gives, but for what ECS cannot carry: a container has one CPU value in whole units.
 */
class CrossPlatformTest {
  private static final String ROLE = "arn:aws:iam::123456789012:role/api-execution";

  static Stream<Arguments> workloads() {
    ManifestReader reader = ManifestReader.create().catalog(DirectoryCatalog.open(Path.of(example("catalog"))));
    LoadedManifest copilot = reader.read(Path.of(example("copilot/api/manifest.yml")));
    LoadedManifest orders = reader.read(Path.of(example("native/orders.yaml")));
    return Stream.of(
        Arguments.of("copilot/api (prod)", copilot.copilot().orElseThrow().workload("prod")),
        Arguments.of("copilot/api (root)", copilot.copilot().orElseThrow().workload()),
        Arguments.of("native/orders", orders.workload().orElseThrow().value()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("workloads")
  void ecsThenImportThenKubernetesIsTheDirectKubernetesRender(String name, Workload workload) {
    String taskDefinition = EcsEmitter.builder().executionRoleArn(ROLE).region("eu-west-1").accountId("123456789012")
        .build().emit(workload).toApiJson();
    EcsImport imported = EcsTaskDefinitionReader.create().read(taskDefinition, name + ".json");
    KubernetesEmitter kubernetes = KubernetesEmitter.builder().validateFirst(false).build();
    String direct = kubernetes.emit(asEcsCarriesIt(workload)).toYaml();
    String moved = kubernetes.emit(imported.workload()).toYaml();
    assertThat(moved).as(taskDefinition).isEqualTo(direct);
  }

  /** The workload with each container's CPU as ECS holds it: its request (else limit) in whole units, no limit. */
  private static Workload asEcsCarriesIt(Workload workload) {
    java.util.function.UnaryOperator<Container> one = c -> c.resources().map(r -> c.toBuilder().resources(
        Resources.builder().from(r).cpuMin(r.cpuMin().or(r::cpuMax).map(cpu -> Cpu.ofEcsUnits(cpu.ecsUnits(
            java.math.RoundingMode.CEILING)))).cpuMax(java.util.Optional.empty()).build()).build()).orElse(c);
    return workload.toBuilder().main(one.apply(workload.main()))
        .sidecars(workload.sidecars().stream().map(one).collect(java.util.stream.Collectors.toList())).build();
  }
}
