package dev.sidecars.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.sidecars.model.ConfigFile;
import dev.sidecars.model.ConfigMap;
import dev.sidecars.model.Container;
import dev.sidecars.model.Cpu;
import dev.sidecars.model.DependencyCondition;
import dev.sidecars.model.EfsVolume;
import dev.sidecars.model.HealthCheck;
import dev.sidecars.model.Memory;
import dev.sidecars.model.Mount;
import dev.sidecars.model.Port;
import dev.sidecars.model.Probe;
import dev.sidecars.model.Protocol;
import dev.sidecars.model.Resources;
import dev.sidecars.model.SecretMount;
import dev.sidecars.model.SecretRef;
import dev.sidecars.model.Variable;
import dev.sidecars.model.Volume;
import dev.sidecars.model.Workload;
import dev.sidecars.model.WorkloadType;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/** Generated Kubernetes-valid workloads: the official model accepts the output, and the start order is right. */
class KubernetesEmitterPropertiesTest {

  private static int between(RandomnessSource in, int min, int max) {
    return integers().between(min, max).generate(in);
  }

  static Gen<Workload> workloads() {
    return in -> {
      int count = between(in, 0, 6);
      Set<Integer> ports = new HashSet<>();
      List<Container> containers = new ArrayList<>();
      for (int i = 0; i <= count; i++) {
        Container.Builder c = Container.builder().name(i == 0 ? "app" : "side-" + i).image("example/c" + i + ":1.0");
        int number = between(in, 1, 65535);
        if (between(in, 0, 1) == 1 && ports.add(number)) {
          Port port = Port.of(number, Protocol.values()[between(in, 0, 2)]);
          c.addPort(between(in, 0, 1) == 0 ? port : port.named("p" + number));
        }
        if (between(in, 0, 1) == 1) {
          c.healthCheck(HealthCheck.cmdShell("test -f /ready"));
        }
        if (between(in, 0, 2) == 0) {
          c.readinessProbe(Probe.http("/ready", "8080"));
        }
        if (i == 0 && containers.isEmpty() && count > 0 && between(in, 0, 1) == 1) {
          c.putDependsOn("side-1", DependencyCondition.START);
        }
        if (between(in, 0, 1) == 1) {
          c.addMount(Mount.of("data", "/mnt/" + i, between(in, 0, 1) == 1));
        }
        if (between(in, 0, 1) == 1) {
          c.putEnvironment("PLAIN", "v").putEnvironment("CM", Variable.fromConfigMap("settings", "k"))
              .putEnvironment("POD", Variable.fromField("metadata.name"))
              .putSecret("TOKEN", between(in, 0, 1) == 0 ? SecretRef.kubernetes("tokens", "t") : SecretRef.ssm("/app/token"));
        }
        if (between(in, 0, 2) == 0) {
          c.addConfigMap(ConfigMap.builder().name("conf-" + i).mountPath("/etc/conf" + i)
              .addFiles(ConfigFile.of("a.conf", "x=1\n"), ConfigFile.of("b.conf", "y=2\n"))
              .preserveDirectory(between(in, 0, 1) == 1).build());
          c.addSecretMount(SecretMount.of("certs", "/etc/certs" + i));
        }
        if (between(in, 0, 1) == 1) {
          int min = between(in, 1, 512);
          c.resources(Resources.builder().cpuMin(Cpu.ofMillicores(between(in, 1, 500))).cpuMax(Cpu.ofMillicores(between(in, 500, 2000)))
              .memoryMin(Memory.ofMebibytes(min)).memoryMax(Memory.ofMebibytes(min + between(in, 0, 512))).build());
        }
        if (between(in, 0, 2) == 0) {
          c.entrypoint("/bin/sh", "-c").command("run " + i);
        }
        containers.add(c.build());
      }
      sidecarDependencies(in, containers);
      return Workload.builder().name("w" + between(in, 0, 99)).type(WorkloadType.BACKEND_SERVICE)
          .main(containers.get(0)).addAllSidecars(containers.subList(1, containers.size()))
          .addVolume(Volume.builder().name("data").efs(EfsVolume.of("fs-12345678")).build())
          .build();
    };
  }

  /**
   * Dependencies between sidecars in any direction of their declaration, each with any
   * condition: a sidecar waits only for those before it in a random order, so there is no cycle,
   * and declaration order is not already a start order.
   */
  private static void sidecarDependencies(RandomnessSource in, List<Container> containers) {
    List<Integer> order = new ArrayList<>();
    for (int i = 1; i < containers.size(); i++) {
      order.add(between(in, 0, order.size()), i);
    }
    for (int position = 1; position < order.size(); position++) {
      int waiting = order.get(position);
      Container.Builder c = containers.get(waiting).toBuilder();
      for (int d = between(in, 0, 2); d > 0; d--) {
        Container target = containers.get(order.get(between(in, 0, position - 1)));
        c.putDependsOn(target.name(), DependencyCondition.values()[between(in, 0, 3)]);
      }
      containers.set(waiting, c.build());
    }
  }

  @Test
  void outputPassesTheModelAndStartsDependenciesFirst() {
    // the mapping of any generated shape; what validation refuses is ValidationPropertiesTest's subject
    KubernetesEmitter emitter = KubernetesEmitter.builder().validateFirst(false).build();
    qt().withExamples(300).forAll(workloads()).checkAssert(w -> {
      V1PodSpec pod;
      try {
        pod = KubernetesOracle.check(emitter.emit(w));
      } catch (Exception e) {
        throw new AssertionError(e.getMessage(), e);
      }
      List<String> init = names(pod.getInitContainers());
      List<String> all = new ArrayList<>(init);
      all.addAll(names(pod.getContainers()));
      assertThat(all).containsExactlyInAnyOrderElementsOf(w.containers().stream().map(Container::name).collect(Collectors.toList()));
      Set<String> volumes = pod.getVolumes() == null ? Set.of()
          : pod.getVolumes().stream().map(V1Volume::getName).collect(Collectors.toSet());
      List<V1Container> containers = new ArrayList<>(pod.getInitContainers() == null ? List.of() : pod.getInitContainers());
      containers.addAll(pod.getContainers());
      for (V1Container c : containers) {
        if (c.getVolumeMounts() != null) {
          for (V1VolumeMount mount : c.getVolumeMounts()) {
            assertThat(volumes).contains(mount.getName());
          }
        }
      }
      for (Container sidecar : w.sidecars()) {
        for (String dependency : sidecar.dependsOn().keySet()) {
          if (init.contains(dependency)) {
            assertThat(init.indexOf(dependency)).as(sidecar.name() + " after " + dependency)
                .isLessThan(init.indexOf(sidecar.name()));
          }
        }
      }
    });
  }

  private static List<String> names(List<V1Container> containers) {
    return containers == null ? List.of() : containers.stream().map(V1Container::getName).collect(Collectors.toList());
  }
}
