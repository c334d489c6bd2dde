package dev.sidecars.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.sidecars.model.Build;
import dev.sidecars.model.Container;
import dev.sidecars.model.DependencyCondition;
import dev.sidecars.model.HealthCheck;
import dev.sidecars.model.Image;
import dev.sidecars.model.Logging;
import dev.sidecars.model.Memory;
import dev.sidecars.model.Mount;
import dev.sidecars.model.Port;
import dev.sidecars.model.Probe;
import dev.sidecars.model.Protocol;
import dev.sidecars.model.Resources;
import dev.sidecars.model.SecretRef;
import dev.sidecars.model.Volume;
import dev.sidecars.model.Workload;
import dev.sidecars.model.WorkloadType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/** No false alarms, no misses, all problems at once, and independence from sidecar order. */
class ValidationPropertiesTest {
  private static final SidecarValidator ALL = SidecarValidator.all();

  private static int between(RandomnessSource in, int min, int max) {
    return integers().between(min, max).generate(in);
  }

  /** Workloads valid in every profile: see the rules in docs/validation.md. */
  static Gen<Workload> validWorkloads() {
    return in -> {
      int count = between(in, 0, 7);
      List<String> names = new ArrayList<>();
      names.add("main");
      for (int i = 0; i < count; i++) {
        names.add("s" + i + (char) ('a' + between(in, 0, 25)));
      }
      Set<Integer> usedPorts = new HashSet<>();
      List<Container> containers = new ArrayList<>();
      boolean logging = between(in, 0, 1) == 1;
      for (int i = 0; i < names.size(); i++) {
        Container.Builder c = Container.builder().name(names.get(i))
            .image(between(in, 0, 3) == 0 ? Image.building(Build.dockerfile("dir/Dockerfile")) : Image.of("example/" + names.get(i) + ":1"));
        for (int p = between(in, 0, 2); p > 0; p--) {
          int number = between(in, 1, 65535);
          if (usedPorts.add(number)) {
            Port port = Port.of(number, between(in, 0, 1) == 0 ? Protocol.TCP : Protocol.UDP);
            c.addPort(between(in, 0, 1) == 0 ? port : port.named("p" + number));
          }
        }
        boolean healthy = between(in, 0, 1) == 1;
        if (healthy) {
          c.healthCheck(HealthCheck.builder().addCommand("CMD-SHELL", "true")
              .interval(Duration.ofSeconds(between(in, 5, 300))).timeout(Duration.ofSeconds(between(in, 2, 60)))
              .retries(between(in, 1, 10)).startPeriod(Duration.ofSeconds(between(in, 0, 300))).build());
          c.readinessProbe(Probe.tcp("80"));
        }
        for (int d = between(in, 0, 2); d > 0 && i > 0; d--) {
          Container target = containers.get(between(in, 0, containers.size() - 1));
          c.putDependsOn(target.name(), target.healthCheck().isPresent() && between(in, 0, 1) == 1
              ? DependencyCondition.HEALTHY : DependencyCondition.START);
        }
        if (between(in, 0, 1) == 1) {
          c.addMount(Mount.of("data", "/mnt/" + names.get(i)));
        }
        c.putEnvironment("NAME", names.get(i));
        if (between(in, 0, 1) == 1) {
          c.putSecret("TOKEN", between(in, 0, 1) == 0 ? SecretRef.ssm("/app/token") : SecretRef.secretsManager("app/token:key::"));
        }
        if (between(in, 0, 1) == 1) {
          int min = between(in, 1, 512);
          c.resources(Resources.builder().memoryMin(Memory.ofMebibytes(min)).memoryMax(Memory.ofMebibytes(min + between(in, 1, 512))).build());
        }
        containers.add(c.build());
      }
      Workload.Builder w = Workload.builder().name("api").type(WorkloadType.BACKEND_SERVICE)
          .main(containers.get(0)).addAllSidecars(containers.subList(1, containers.size()))
          .addVolume(Volume.builder().name("data").build())
          // a Fargate size above what the containers can ask for (8 x 1 GiB at most)
          .cpu(dev.sidecars.model.Cpu.ofEcsUnits(4096)).memory(Memory.ofMebibytes(16384));
      if (logging) {
        w.logging(Logging.builder().putDestination("Name", "cloudwatch").build());
      }
      List<Container> withPorts = containers.stream().filter(c -> !c.ports().isEmpty()).collect(Collectors.toList());
      if (!withPorts.isEmpty() && between(in, 0, 1) == 1) {
        w.targetContainer(withPorts.get(between(in, 0, withPorts.size() - 1)).name());
      }
      return w.build();
    };
  }

  /** A fault: its code, and how to put it into a workload, giving the model path it is at. */
  static final class Fault {
    final String code;
    final Function<Workload, Workload> inject;
    final String path;

    Fault(String code, String path, Function<Workload, Workload> inject) {
      this.code = code;
      this.path = path;
      this.inject = inject;
    }
  }

  static List<Fault> faults() {
    return List.of(
        new Fault("depends-on.unknown-container", "main.dependsOn.ghost",
            w -> w.toBuilder().main(w.main().toBuilder().putDependsOn("ghost", DependencyCondition.START).build()).build()),
        new Fault("depends-on.self", "main.dependsOn.main",
            w -> w.toBuilder().main(w.main().toBuilder().putDependsOn("main", DependencyCondition.START).build()).build()),
        new Fault("name.k8s-collision", "sidecars.zz-1.name",
            w -> w.toBuilder().addSidecar(Container.builder().name("zz-1").image("x").build())
                .addSidecar(Container.builder().name("ZZ-1").image("x").build()).build()),
        new Fault("mount.unknown-volume", "sidecars.mm.mounts[/m]",
            w -> w.toBuilder().addSidecar(Container.builder().name("mm").image("x").addMount(Mount.of("nope", "/m")).build()).build()),
        new Fault("image.location-or-build", "sidecars.ib.image",
            w -> w.toBuilder().addSidecar(Container.builder().name("ib").image(Image.of(Optional.of("x"), Optional.of(Build.dockerfile("D")))).build()).build()),
        new Fault("depends-on.cycle", "sidecars.ca.dependsOn.cb",
            w -> w.toBuilder()
                .addSidecar(Container.builder().name("ca").image("x").putDependsOn("cb", DependencyCondition.START).build())
                .addSidecar(Container.builder().name("cb").image("x").putDependsOn("ca", DependencyCondition.START).build()).build()),
        new Fault("target-container.unknown", "targetContainer", w -> w.toBuilder().targetContainer("nobody").build()));
  }

  @Test
  void noFalseAlarms() {
    qt().withExamples(1000).forAll(validWorkloads()).checkAssert(w -> {
      ValidationReport report = ALL.validate(w);
      assertThat(report.errors()).as(w.toString()).isEmpty();
    });
  }

  @Test
  void noMisses() {
    qt().withExamples(300).forAll(validWorkloads(), integers().between(0, faults().size() - 1)).checkAssert((w, index) -> {
      Fault fault = faults().get(index);
      List<String> found = ALL.validate(fault.inject.apply(w)).violations().stream()
          .map(v -> v.code() + " @ " + v.modelPath()).collect(Collectors.toList());
      assertThat(found).contains(fault.code + " @ " + fault.path);
    });
  }

  @Test
  void allProblemsAtOnce() {
    qt().withExamples(300).forAll(validWorkloads(), integers().between(1, faults().size())).checkAssert((w, k) -> {
      List<Fault> chosen = new ArrayList<>(faults());
      Collections.shuffle(chosen, new Random(k * 31L + w.sidecars().size()));
      Workload faulty = w;
      for (Fault fault : chosen.subList(0, k)) {
        faulty = fault.inject.apply(faulty);
      }
      // each fault is found, at its own path, in the one report
      List<String> found = ALL.validate(faulty).errors().stream()
          .map(v -> v.code() + " @ " + v.modelPath()).collect(Collectors.toList());
      assertThat(found).containsAll(chosen.subList(0, k).stream().map(f -> f.code + " @ " + f.path)
          .collect(Collectors.toList()));
    });
  }

  @Test
  void sidecarOrderDoesNotMatter() {
    qt().withExamples(300).forAll(validWorkloads(), integers().between(0, faults().size() - 1), integers().all()).checkAssert((w, index, seed) -> {
      Workload faulty = faults().get(index).inject.apply(w);
      List<Container> shuffled = new ArrayList<>(faulty.sidecars());
      Collections.shuffle(shuffled, new Random(seed));
      Workload reordered = faulty.toBuilder().sidecars(shuffled).build();
      assertThat(Set.copyOf(ALL.validate(reordered).violations())).isEqualTo(Set.copyOf(ALL.validate(faulty).violations()));
    });
  }
}
