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
    return in -> workload(in, false);
  }

  /**
   * Workloads valid for Kubernetes only: besides the above, probes without a health check (and
   * HEALTHY dependencies on them), SCTP, one number on two protocols in one container, ConfigMaps
   * and field references, all of which ECS refuses.
   */
  static Gen<Workload> validKubernetesWorkloads() {
    return in -> workload(in, true);
  }

  private static final long[] FARGATE_UNITS = {256, 512, 1024, 2048, 4096, 8192, 16384};

  private static Workload workload(RandomnessSource in, boolean kubernetesOnly) {
    WorkloadType type = WorkloadType.values()[between(in, 0, WorkloadType.values().length - 1)];
    int count = type.supportsSidecars() ? between(in, 0, 8) : 0;
    List<String> names = new ArrayList<>();
    names.add("main");
    for (int i = 0; i < count; i++) {
      names.add("s" + i + (char) ('a' + between(in, 0, 25)));
    }
    boolean windows = !kubernetesOnly && between(in, 0, 3) == 0;
    boolean logging = type.supportsSidecars() && !windows && between(in, 0, 1) == 1;
    long units = FARGATE_UNITS[between(in, 0, FARGATE_UNITS.length - 1)];
    long taskMib = fargateMemory(in, units);
    long perContainerMib = taskMib / names.size();
    Set<String> usedPorts = new HashSet<>();
    List<Container> containers = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      Container.Builder c = Container.builder().name(names.get(i))
          .image(between(in, 0, 3) == 0 ? Image.building(Build.dockerfile("dir/Dockerfile")) : Image.of("example/" + names.get(i) + ":1"));
      Set<Integer> numbers = new HashSet<>();
      for (int p = between(in, 0, 3); p > 0; p--) {
        // a number already taken on another protocol, now and then: allowed across containers
        int number = between(in, 0, 3) == 0 && !usedPorts.isEmpty() ? 53 : between(in, 1, 65535);
        Protocol protocol = kubernetesOnly ? Protocol.values()[between(in, 0, 2)] : between(in, 0, 1) == 0 ? Protocol.TCP : Protocol.UDP;
        Port port = Port.of(number, protocol);
        if ((kubernetesOnly || !numbers.contains(number)) && usedPorts.add(port.key())) {
          numbers.add(number);
          c.addPort(between(in, 0, 1) == 0 ? port : port.named("p" + number + protocol.name().toLowerCase(java.util.Locale.ROOT).charAt(0)));
        }
      }
      boolean healthy = between(in, 0, 1) == 1;
      if (healthy) {
        c.healthCheck(HealthCheck.builder().addCommand(between(in, 0, 1) == 0 ? "CMD-SHELL" : "CMD", "true")
            .interval(Duration.ofSeconds(between(in, 5, 300))).timeout(Duration.ofSeconds(between(in, 2, 60)))
            .retries(between(in, 1, 10)).startPeriod(Duration.ofSeconds(between(in, 0, 300))).build());
      }
      if (healthy || kubernetesOnly) {
        probes(in, c);
      }
      boolean essential = i == 0 || between(in, 0, 2) > 0;
      c.essential(essential);
      for (int d = between(in, 0, 2); d > 0 && i > 0; d--) {
        Container target = containers.get(between(in, 0, containers.size() - 1));
        c.putDependsOn(target.name(), condition(in, target, kubernetesOnly));
      }
      if (between(in, 0, 1) == 1) {
        c.addMount(Mount.of("data", "/mnt/" + names.get(i)));
      }
      if (!windows && between(in, 0, 3) == 0) {
        c.readOnlyRootFilesystem(true);
      }
      c.putEnvironment("NAME", names.get(i));
      if (between(in, 0, 3) == 0) {
        c.envFile("config/" + names.get(i) + ".env");
      }
      if (between(in, 0, 1) == 1) {
        c.putSecret("TOKEN", between(in, 0, 1) == 0 ? SecretRef.ssm("/app/token") : SecretRef.secretsManager("app/token:key::"));
      }
      if (kubernetesOnly && between(in, 0, 1) == 1) {
        c.putEnvironment("POD", dev.sidecars.model.Variable.fromField("metadata.name"));
        c.addConfigMap(dev.sidecars.model.ConfigMap.builder().name("cm-" + names.get(i)).mountPath("/etc/" + names.get(i)).build());
      }
      if (between(in, 0, 1) == 1 && perContainerMib >= 2) {
        long max = between(in, 2, (int) perContainerMib);
        int cpuMin = between(in, 1, 1024);
        c.resources(Resources.builder().memoryMin(Memory.ofMebibytes(between(in, 1, (int) max - 1))).memoryMax(Memory.ofMebibytes(max))
            .cpuMin(dev.sidecars.model.Cpu.ofEcsUnits(cpuMin)).cpuMax(dev.sidecars.model.Cpu.ofEcsUnits(cpuMin + between(in, 0, 1024)))
            .build());
      }
      containers.add(c.build());
    }
    Workload.Builder w = Workload.builder().name("api").type(type)
        .main(containers.get(0)).addAllSidecars(containers.subList(1, containers.size()))
        .addVolume(Volume.builder().name("data").build())
        .cpu(dev.sidecars.model.Cpu.ofEcsUnits(units)).memory(Memory.ofMebibytes(taskMib));
    if (windows) {
      w.platform(dev.sidecars.model.Platform.parse("windows/x86_64"));
    } else if (between(in, 0, 2) == 0) {
      w.platform(between(in, 0, 1) == 0 ? dev.sidecars.model.Platform.linuxX86() : dev.sidecars.model.Platform.linuxArm64());
    }
    if (logging) {
      w.logging(Logging.builder().putDestination("Name", "cloudwatch").build());
    }
    if (type == WorkloadType.SCHEDULED_JOB || between(in, 0, 3) == 0) {
      String[] schedules = {"@daily", "rate(1h)", "0 3 * * *", "none"};
      w.job(dev.sidecars.model.JobSettings.builder().schedule(schedules[between(in, 0, schedules.length - 1)])
          .timeout(Duration.ofSeconds(between(in, 1, 86_400))).retries(between(in, 0, 10)).build());
    }
    List<Container> withPorts = containers.stream().filter(c -> !c.ports().isEmpty()).collect(Collectors.toList());
    if (!withPorts.isEmpty() && between(in, 0, 1) == 1) {
      w.targetContainer(withPorts.get(between(in, 0, withPorts.size() - 1)).name());
    }
    return w.build();
  }

  /** A memory size Fargate offers with these CPU units. */
  private static long fargateMemory(RandomnessSource in, long units) {
    switch ((int) units) {
      case 256:
        return new long[] {512, 1024, 2048}[between(in, 0, 2)];
      case 512:
        return 1024L * between(in, 1, 4);
      case 1024:
        return 1024L * between(in, 2, 8);
      case 2048:
        return 1024L * between(in, 4, 16);
      case 4096:
        return 1024L * between(in, 8, 30);
      case 8192:
        return 4096L * between(in, 4, 15);
      default:
        return 8192L * between(in, 4, 15);
    }
  }

  /** Valid probes of each kind, or none. */
  private static void probes(RandomnessSource in, Container.Builder c) {
    Probe[] kinds = {Probe.tcp("80"), Probe.http("/ready", "8080"), Probe.exec("true")};
    if (between(in, 0, 1) == 1) {
      c.readinessProbe(kinds[between(in, 0, 2)]);
    }
    if (between(in, 0, 2) == 0) {
      c.livenessProbe(kinds[between(in, 0, 2)]);
    }
    if (between(in, 0, 2) == 0) {
      c.startupProbe(Probe.builder().from(kinds[between(in, 0, 2)]).successThreshold(1)
          .failureThreshold(between(in, 0, 30)).build());
    }
  }

  /** A condition the target can meet in every profile (or in Kubernetes, with its probes). */
  private static DependencyCondition condition(RandomnessSource in, Container target, boolean kubernetesOnly) {
    List<DependencyCondition> allowed = new ArrayList<>(List.of(DependencyCondition.START));
    boolean checked = target.healthCheck().isPresent()
        || kubernetesOnly && (target.readinessProbe().isPresent() || target.startupProbe().isPresent());
    if (checked) {
      allowed.add(DependencyCondition.HEALTHY);
    }
    if (!target.isEssential()) {
      allowed.add(DependencyCondition.COMPLETE);
      allowed.add(DependencyCondition.SUCCESS);
    }
    return allowed.get(between(in, 0, allowed.size() - 1));
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
        new Fault("target-container.unknown", "targetContainer", w -> w.toBuilder().targetContainer("nobody").build()),
        new Fault("name.duplicate", "sidecars.main",
            w -> w.toBuilder().addSidecar(Container.builder().name("main").image("x").build()).build()),
        new Fault("image.whitespace", "sidecars.iw.image",
            w -> w.toBuilder().addSidecar(Container.builder().name("iw").image("x :1").build()).build()),
        new Fault("port.duplicate", "sidecars.pe.ports[65000/sctp]",
            w -> w.toBuilder().addSidecar(Container.builder().name("pd").image("x").addPort(Port.of(65000, Protocol.SCTP)).build())
                .addSidecar(Container.builder().name("pe").image("x").addPort(Port.of(65000, Protocol.SCTP)).build()).build()),
        new Fault("mount.path", "sidecars.mp.mounts[relative]",
            w -> w.toBuilder().addSidecar(Container.builder().name("mp").image("x").addMount(Mount.of("data", "relative")).build()).build()),
        new Fault("resources.min-max", "sidecars.rm.resources.cpuMin",
            w -> w.toBuilder().addSidecar(Container.builder().name("rm").image("x").resources(Resources.builder()
                .cpuMin(dev.sidecars.model.Cpu.ofEcsUnits(2)).cpuMax(dev.sidecars.model.Cpu.ofEcsUnits(1)).build()).build()).build()),
        new Fault("depends-on.healthy-without-healthcheck", "sidecars.hw.dependsOn.hx",
            w -> w.toBuilder().addSidecar(Container.builder().name("hw").image("x").putDependsOn("hx", DependencyCondition.HEALTHY).build())
                .addSidecar(Container.builder().name("hx").image("x").build()).build()),
        new Fault("job.retries", "job.retries",
            w -> w.toBuilder().job(dev.sidecars.model.JobSettings.builder().from(w.job().orElse(dev.sidecars.model.JobSettings.empty())).retries(-1).build()).build()));
  }

  /**
   * What else a fault may bring: each one adds containers, which a Request-Driven Web Service
   * refuses and which can pass ECS's ten; two sidecars on one number pass SCTP too, and a sidecar
   * named as the main container collides in Kubernetes as well.
   */
  private static final Set<String> COLLATERAL =
      Set.of("workload.rdws-sidecars", "workload.container-limit", "port.protocol", "name.k8s-collision");

  @Test
  void noFalseAlarms() {
    qt().withExamples(1000).forAll(validWorkloads()).checkAssert(w -> {
      ValidationReport report = ALL.validate(w);
      assertThat(report.errors()).as(w.toString()).isEmpty();
    });
  }

  @Test
  void noFalseAlarmsForKubernetes() {
    qt().withExamples(500).forAll(validKubernetesWorkloads()).checkAssert(w -> {
      ValidationReport report = SidecarValidator.kubernetes().validate(w);
      assertThat(report.errors()).as(w.toString()).isEmpty();
    });
  }

  @Test
  void noMisses() {
    qt().withExamples(300).forAll(validWorkloads(), integers().between(0, faults().size() - 1)).checkAssert((w, index) -> {
      Fault fault = faults().get(index);
      List<Violation> errors = ALL.validate(fault.inject.apply(w)).errors();
      assertThat(errors).extracting(v -> v.code() + " @ " + v.modelPath()).contains(fault.code + " @ " + fault.path);
      // and nothing else, beyond what adding its containers can bring
      assertThat(errors).extracting(Violation::code).allMatch(code -> code.equals(fault.code) || COLLATERAL.contains(code));
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
      assertThat(orderFree(ALL.validate(reordered))).isEqualTo(orderFree(ALL.validate(faulty)));
    });
  }

  /**
   * The findings, where a port exposed twice is reported at the later of its two containers
   * (docs/validation.md): by its port, not by which container came later.
   */
  private static List<String> orderFree(ValidationReport report) {
    return report.violations().stream()
        .map(v -> v.code().equals("port.duplicate")
            ? v.severity() + " port.duplicate " + v.modelPath().substring(v.modelPath().indexOf(".ports["))
            : v.severity() + " " + v.code() + " @ " + v.modelPath() + ": " + v.message())
        .sorted().collect(Collectors.toList());
  }
}
