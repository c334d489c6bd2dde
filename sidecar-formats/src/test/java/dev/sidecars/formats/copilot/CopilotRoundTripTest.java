package dev.sidecars.formats.copilot;

import static dev.sidecars.formats.ModelGenerators.between;
import static dev.sidecars.formats.ModelGenerators.chance;
import static dev.sidecars.formats.ModelGenerators.durations;
import static dev.sidecars.formats.ModelGenerators.list;
import static dev.sidecars.formats.ModelGenerators.map;
import static dev.sidecars.formats.ModelGenerators.optional;
import static dev.sidecars.formats.ModelGenerators.pick;
import static dev.sidecars.formats.ModelGenerators.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.sidecars.formats.ManifestException;
import dev.sidecars.formats.ModelGenerators;
import dev.sidecars.formats.internal.Interpolation;
import dev.sidecars.model.Architecture;
import dev.sidecars.model.Build;
import dev.sidecars.model.Container;
import dev.sidecars.model.Cpu;
import dev.sidecars.model.DependencyCondition;
import dev.sidecars.model.EfsVolume;
import dev.sidecars.model.HealthCheck;
import dev.sidecars.model.Image;
import dev.sidecars.model.JobSettings;
import dev.sidecars.model.Logging;
import dev.sidecars.model.Memory;
import dev.sidecars.model.Mount;
import dev.sidecars.model.OperatingSystem;
import dev.sidecars.model.Platform;
import dev.sidecars.model.Port;
import dev.sidecars.model.Probe;
import dev.sidecars.model.Protocol;
import dev.sidecars.model.SecretRef;
import dev.sidecars.model.Tracing;
import dev.sidecars.model.Variable;
import dev.sidecars.model.Volume;
import dev.sidecars.model.Workload;
import dev.sidecars.model.WorkloadType;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

/** Copilot manifest -> model -> Copilot YAML -> model gives the same model, for every environment. */
class CopilotRoundTripTest {
  private static final Map<String, String> VARIABLES = Map.of("TAG", "cicdtest",
      "COPILOT_APPLICATION_NAME", "app", "COPILOT_ENVIRONMENT_NAME", "env");

  @ParameterizedTest
  @ValueSource(strings = {
    "conformance/copilot/svc-manifest.yml", "conformance/copilot/job-manifest.yml",
    "conformance/copilot/backend/http-full-config-manifest.yml", "conformance/copilot/svc-nlb-manifest.yml",
    "seeds/copilot-nginx-lbws.yml", "seeds/copilot-efs-fragment.yml", "seeds/copilot-firelens.yml",
    "seeds/copilot-otel.yml"})
  void manifestsSurviveAWriteFromTheModel(String file) {
    CopilotManifest read = CopilotManifest.reader().variables(VARIABLES).read(Path.of("src/test/resources", file));

    String written = read.withWorkload(read.workload()).write();
    CopilotManifest again = CopilotManifest.reader().variables(VARIABLES).read(written, file + " (written)");

    assertThat(again.workload()).isEqualTo(read.workload());
    assertThat(again.environments()).isEqualTo(read.environments());
    for (String environment : read.environments()) {
      assertThat(again.workload(environment)).as(environment).isEqualTo(read.workload(environment));
    }
    CopilotManifest unchanged = CopilotManifest.reader().variables(VARIABLES).read(read.write(), file + " (as read)");
    assertThat(unchanged.workload()).isEqualTo(read.workload());
    // written unchanged, the manifest keeps every variable as written, for Copilot to substitute
    java.util.Set<String> variables = new java.util.TreeSet<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$\\{[A-Z_]+}").matcher(source(file));
    while (m.find()) {
      variables.add(m.group());
    }
    assertThat(variables).allSatisfy(v -> assertThat(read.write()).contains(v));
  }

  private static String source(String file) {
    try {
      return java.nio.file.Files.readString(Path.of("src/test/resources", file));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void generatedWorkloadsSurviveAWrite() {
    CopilotManifest blank = CopilotManifest.read("name: x\ntype: Worker Service\nimage:\n  location: x\n", "blank.yml");
    qt().withExamples(1000).withShrinkCycles(20).forAll(copilotWorkloads()).checkAssert(w -> {
      String yaml;
      try {
        yaml = blank.withWorkload(w).write();
      } catch (ManifestException e) {
        // Only a string Copilot would read as a JSON list may be refused (see the next test).
        assertThat(e.problem()).contains("as a list and has no escape for it");
        String value = e.problem().substring(e.problem().indexOf('\'') + 1, e.problem().indexOf("' as a list"));
        assertThat(Interpolation.isJsonList(value)).as(value).isTrue();
        return;
      }
      assertThat(CopilotManifest.read(yaml, "generated.yml").workload()).as(yaml).isEqualTo(withCopilotDefaults(w));
    });
  }

  /** What Copilot reads where a manifest is silent: the task size and platform it deploys with. */
  private static Workload withCopilotDefaults(Workload w) {
    boolean appRunner = w.type() == WorkloadType.REQUEST_DRIVEN_WEB_SERVICE;
    return w.toBuilder()
        .cpu(w.cpu().orElse(Cpu.ofEcsUnits(appRunner ? 1024 : 256)))
        .memory(w.memory().orElse(Memory.ofMebibytes(appRunner ? 2048 : 512)))
        .platform(w.platform().orElse(Platform.linuxX86()))
        .build();
  }

  @Test
  void aLiteralVariableReferenceIsWrittenWithCopilotsEscape() {
    CopilotManifest blank = CopilotManifest.read("name: x\ntype: Backend Service\nimage:\n  location: x\n", "blank.yml");
    Workload literal = blank.workload().toBuilder()
        .main(blank.workload().main().toBuilder()
            .putEnvironment("GREETING", Variable.plain("hello ${USER}, \\${HOME} and ${USER}")).build())
        .build();
    String written = blank.withWorkload(literal).write();
    assertThat(written).contains("\\${USER}");
    assertThat(CopilotManifest.read(written, "w.yml").workload()).isEqualTo(literal);
    Workload list = blank.workload().toBuilder()
        .main(blank.workload().main().toBuilder().putEnvironment("HOSTS", Variable.plain("[\"a\", \"b\"]")).build())
        .build();
    assertThatThrownBy(() -> blank.withWorkload(list).write())
        .isInstanceOf(ManifestException.class)
        .hasMessageContaining("variables.HOSTS")
        .hasMessageContaining("as a list and has no escape for it");
    Workload dollars = blank.workload().toBuilder()
        .main(blank.workload().main().toBuilder().putEnvironment("PRICE", Variable.plain("$5 {x} $ {y}")).build())
        .build();
    assertThat(CopilotManifest.read(blank.withWorkload(dollars).write(), "w.yml").workload()).isEqualTo(dollars);
  }

  @Test
  void whatCopilotCannotExpressIsAnErrorNotADrop() {
    CopilotManifest blank = CopilotManifest.read("name: x\ntype: Backend Service\nimage:\n  location: x\n", "blank.yml");
    Workload withProbe = blank.workload().toBuilder()
        .addSidecar(Container.builder().name("envoy").image("envoy").livenessProbe(Probe.tcp("9901")).build())
        .build();
    assertThatThrownBy(() -> blank.withWorkload(withProbe).write())
        .isInstanceOf(ManifestException.class)
        .hasMessageContaining("sidecars.envoy: a Copilot manifest cannot express livenessProbe of container 'envoy'");
    Workload twoPorts = blank.workload().toBuilder()
        .addSidecar(Container.builder().name("envoy").image("envoy").addPort("80").addPort("81").build())
        .build();
    assertThatThrownBy(() -> blank.withWorkload(twoPorts).write())
        .hasMessageContaining("a Copilot container has one port of its own; 'envoy' has [80/tcp, 81/tcp]");
  }

  // ---- workloads Copilot can express ----

  private static Gen<Container> copilotContainers(boolean main) {
    return in -> {
      Container.Builder c = Container.builder()
          .name(main ? "x" : ModelGenerators.nonBlank().generate(in))
          .image(chance(in) ? Image.of(ModelGenerators.nonBlank().generate(in)) : Image.building(Build.builder()
              .dockerfile(optional(in, strings())).context(optional(in, strings())).target(optional(in, strings()))
              .putAllArgs(map(in, strings(), strings(), 2)).addAllCacheFrom(list(in, strings(), 2)).build()))
          .credentials(optional(in, strings()))
          .entrypoint(optional(in, in2 -> list(in2, strings(), 3)))
          .command(optional(in, in2 -> list(in2, strings(), 3)))
          .putAllEnvironment(map(in, strings(), in2 -> chance(in2) ? Variable.plain(strings().generate(in2)) : Variable.imported(ModelGenerators.word(in2)), 3))
          .putAllSecrets(map(in, strings(), in2 -> pick(in2, List.of(SecretRef.ssm("a"), SecretRef.secretsManager("b:k::"), SecretRef.imported("c"))), 3))
          .envFile(optional(in, strings()))
          .putAllLabels(map(in, strings(), strings(), 2))
          .putAllDependsOn(map(in, strings(), in2 -> pick(in2, DependencyCondition.class), 2))
          .healthCheck(optional(in, in2 -> HealthCheck.builder().addAllCommand(list(in2, strings(), 2))
              .interval(optional(in2, durations())).retries(optional(in2, in3 -> between(in3, 0, 10)))
              .timeout(optional(in2, durations())).startPeriod(optional(in2, durations())).build()));
      if (chance(in)) {
        c.addPort(Port.of(between(in, 1, 65535), chance(in) ? Protocol.TCP : Protocol.UDP));
      }
      if (main) {
        c.readOnlyRootFilesystem(optional(in, ModelGenerators::chance));
      } else {
        c.essential(optional(in, ModelGenerators::chance));
        c.addAllMounts(list(in, in2 -> chance(in2) ? Mount.of(strings().generate(in2), "/p" + between(in2, 0, 9))
            : Mount.of(strings().generate(in2), "/q" + between(in2, 0, 9), chance(in2)), 2));
      }
      return c.build();
    };
  }

  private static Gen<Workload> copilotWorkloads() {
    return in -> {
      Map<String, Container> sidecars = new LinkedHashMap<>();
      for (Container sidecar : list(in, copilotContainers(false), 3)) {
        if (!sidecar.name().equals("x")) {
          sidecars.putIfAbsent(sidecar.name(), sidecar);
        }
      }
      Map<String, Volume> volumes = new LinkedHashMap<>();
      for (int i = between(in, 0, 2); i > 0; i--) {
        String name = strings().generate(in);
        EfsVolume efs = chance(in)
            ? EfsVolume.builder().fileSystemId(strings().generate(in)).rootDirectory(optional(in, strings()))
                .iam(optional(in, ModelGenerators::chance)).accessPointId(optional(in, strings())).build()
            : EfsVolume.builder().uid(optional(in, in2 -> (long) between(in2, 1, 65535)))
                .gid(optional(in, in2 -> (long) between(in2, 1, 65535))).build();
        volumes.putIfAbsent(name, Volume.builder().name(name).path(optional(in, strings()))
            .readOnly(optional(in, ModelGenerators::chance)).efs(optional(in, in2 -> efs)).build());
      }
      Workload all = Workload.builder()
          .name("x")
          .type(pick(in, WorkloadType.class))
          .platform(optional(in, in2 -> Platform.of(pick(in2, OperatingSystem.class), pick(in2, Architecture.class))))
          .cpu(optional(in, in2 -> Cpu.ofEcsUnits(between(in2, 1, 16384))))
          .memory(optional(in, in2 -> Memory.ofMebibytes(between(in2, 1, 120000))))
          .targetContainer(optional(in, strings()))
          .ephemeralStorage(optional(in, in2 -> Memory.ofGibibytes(between(in2, 20, 200))))
          .tracing(optional(in, in2 -> Tracing.AWS_XRAY))
          .addAllTaskDefinitionOverrides(list(in, ModelGenerators.taskDefinitionOverrides(), 2))
          .job(optional(in, in2 -> JobSettings.builder().schedule(optional(in2, strings()))
              .timeout(optional(in2, durations())).retries(optional(in2, in3 -> between(in3, 0, 10))).build())
              // a manifest says nothing of a job without its fields
              .filter(job -> !job.equals(JobSettings.empty())))
          .main(copilotContainers(true).generate(in))
          .addAllSidecars(sidecars.values())
          .addAllVolumes(volumes.values())
          .logging(optional(in, in2 -> Logging.builder().image(optional(in2, strings()))
              .putAllDestination(map(in2, strings(), strings(), 3)).enableMetadata(optional(in2, ModelGenerators::chance))
              .putAllSecretOptions(map(in2, strings(), in3 -> SecretRef.ssm(strings().generate(in3)), 2))
              .configFilePath(optional(in2, strings()))
              .putAllVariables(map(in2, strings(), in3 -> Variable.plain(strings().generate(in3)), 2))
              .putAllSecrets(map(in2, strings(), in3 -> SecretRef.imported(strings().generate(in3)), 2))
              .envFile(optional(in2, strings())).retention(optional(in2, in3 -> between(in3, 1, 3653))).build()))
          .build();
      return withinType(all);
    };
  }

  /** A workload reduced to what Copilot's manifest of its type can say (copilot-fields.txt). */
  private static Workload withinType(Workload w) {
    Workload.Builder b = w.toBuilder();
    if (w.type() != WorkloadType.SCHEDULED_JOB) {
      b.job(java.util.Optional.empty());
    }
    switch (w.type()) {
      case LOAD_BALANCED_WEB_SERVICE:
      case BACKEND_SERVICE:
        return b.build();
      case REQUEST_DRIVEN_WEB_SERVICE:
        return b.targetContainer(java.util.Optional.empty()).sidecars(List.of()).volumes(List.of())
            .logging(java.util.Optional.empty()).ephemeralStorage(java.util.Optional.empty()).taskDefinitionOverrides(List.of())
            .main(w.main().toBuilder().entrypoint(java.util.Optional.empty()).healthCheck(java.util.Optional.empty())
                .envFile(java.util.Optional.empty()).readOnlyRootFilesystem(java.util.Optional.empty()).build())
            .build();
      case SCHEDULED_JOB:
        return b.targetContainer(java.util.Optional.empty()).tracing(java.util.Optional.empty())
            .main(w.main().toBuilder().ports(List.of()).build()).build();
      default:
        return b.targetContainer(java.util.Optional.empty())
            .main(w.main().toBuilder().ports(List.of()).build()).build();
    }
  }

  @Test
  void whatTheWorkloadTypeCannotSayIsAnErrorNotADrop() {
    CopilotManifest worker = CopilotManifest.read("name: x\ntype: Worker Service\nimage:\n  location: x\n", "w.yml");
    assertThatThrownBy(() -> worker.withWorkload(worker.workload().toBuilder().targetContainer("x").build()).write())
        .isInstanceOf(ManifestException.class)
        .hasMessageContaining("a Worker Service has no 'http'");
    CopilotManifest web = CopilotManifest.read("name: x\ntype: Request-Driven Web Service\nimage:\n  location: x\n",
        "rd.yml");
    Workload withSidecar = web.workload().toBuilder()
        .addSidecar(Container.builder().name("nginx").image("nginx").build()).build();
    assertThatThrownBy(() -> web.withWorkload(withSidecar).write())
        .isInstanceOf(ManifestException.class)
        .hasMessageContaining("a Request-Driven Web Service has no 'sidecars'");
  }
}
