package dev.sidecars.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.sidecars.model.Container;
import dev.sidecars.model.Cpu;
import dev.sidecars.model.DependencyCondition;
import dev.sidecars.model.HealthCheck;
import dev.sidecars.model.Memory;
import dev.sidecars.model.Mount;
import dev.sidecars.model.Port;
import dev.sidecars.model.Probe;
import dev.sidecars.model.Protocol;
import dev.sidecars.model.Resources;
import dev.sidecars.model.SecretRef;
import dev.sidecars.model.Variable;
import dev.sidecars.model.Volume;
import dev.sidecars.model.Workload;
import dev.sidecars.model.WorkloadType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Objects the emitter wrote read back to a workload the emitter writes the same way again:
 * Kubernetes to model to Kubernetes keeps every field the import models (docs/import.md), for
 * generated workloads with native sidecars started in any order, plain init containers, health
 * checks, probes, variables, secrets, resources and mounts.
 */
class KubernetesImportPropertiesTest {

  private static int between(RandomnessSource in, int min, int max) {
    return integers().between(min, max).generate(in);
  }

  static Gen<Workload> workloads() {
    return in -> {
      int count = between(in, 0, 5);
      Set<String> ports = new HashSet<>();
      List<Container> containers = new ArrayList<>();
      for (int i = 0; i <= count; i++) {
        Container.Builder c = Container.builder().name(i == 0 ? "app" : "side-" + i).image("example/c" + i + ":1.0")
            .essential(true);
        Port port = Port.of(between(in, 1, 65535), Protocol.values()[between(in, 0, 2)]);
        if (between(in, 0, 1) == 1 && ports.add(port.key())) {
          c.addPort(between(in, 0, 1) == 0 ? port : port.named("p" + port.number()));
        }
        if (between(in, 0, 1) == 1) {
          c.healthCheck(HealthCheck.builder().command(List.of("CMD-SHELL", "test -f /ready"))
              .interval(Duration.ofSeconds(between(in, 1, 60))).timeout(Duration.ofSeconds(between(in, 1, 30)))
              .retries(between(in, 1, 10)).startPeriod(Duration.ofSeconds(between(in, 0, 60))).build());
        }
        if (between(in, 0, 2) == 0) {
          c.readinessProbe(Probe.builder().path("/ready").port("8080").period(Duration.ofSeconds(between(in, 1, 30))).build());
        }
        if (between(in, 0, 1) == 1) {
          c.addMount(Mount.of("data", "/mnt/" + i, between(in, 0, 1) == 1));
        }
        if (between(in, 0, 1) == 1) {
          c.putEnvironment("PLAIN", Variable.plain("v" + i)).putEnvironment("CM", Variable.fromConfigMap("settings", "k"))
              .putEnvironment("POD", Variable.fromField("metadata.name"))
              .putSecret("TOKEN", SecretRef.kubernetes("tokens", "t" + i));
        }
        if (between(in, 0, 1) == 1) {
          int min = between(in, 1, 512);
          c.resources(Resources.builder().cpuMin(Cpu.ofMillicores(between(in, 1, 500)))
              .cpuMax(Cpu.ofMillicores(between(in, 500, 2000))).memoryMin(Memory.ofMebibytes(min))
              .memoryMax(Memory.ofMebibytes(min + between(in, 0, 512))).build());
        }
        if (between(in, 0, 2) == 0) {
          c.entrypoint("/bin/sh", "-c").command("run " + i);
        }
        containers.add(c.build());
      }
      // the init containers' order, each after the last, the main container after them all, as the import reads them
      List<Container> sidecars = new ArrayList<>();
      Container.Builder main = containers.get(0).toBuilder();
      String previous = null;
      DependencyCondition previousCondition = null;
      for (Container sidecar : containers.subList(1, containers.size())) {
        boolean task = between(in, 0, 3) == 0;
        Container.Builder s = sidecar.toBuilder();
        if (task) {
          s.essential(false).healthCheck(java.util.Optional.empty()).readinessProbe(java.util.Optional.empty());
        }
        if (previous != null) {
          s.putDependsOn(previous, previousCondition);
        }
        Container built = s.build();
        DependencyCondition condition = task ? DependencyCondition.SUCCESS
            : built.healthCheck().isPresent() ? DependencyCondition.HEALTHY : DependencyCondition.START;
        main.putDependsOn(built.name(), condition);
        previous = built.name();
        previousCondition = condition;
        sidecars.add(built);
      }
      return Workload.builder().name("w" + between(in, 0, 99)).type(WorkloadType.BACKEND_SERVICE)
          .main(main.build()).sidecars(sidecars).addVolume(Volume.builder().name("data").build()).build();
    };
  }

  @Test
  void emitImportEmitWritesTheSameObjects() {
    KubernetesEmitter emitter = KubernetesEmitter.builder().validateFirst(false).build();
    qt().withExamples(300).forAll(workloads()).checkAssert(w -> {
      String first = emitter.emit(w).toYaml();
      List<KubernetesImport> imported = KubernetesWorkloadReader.create().read(first, "first.yaml");
      assertThat(imported).hasSize(1);
      String second = imported.get(0).emitter().validateFirst(false).build().emit(imported.get(0).workload()).toYaml();
      assertThat(second).isEqualTo(first);
    });
  }
}
