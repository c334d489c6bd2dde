package dev.sidecars.model;

import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generators for the merge laws. Keys, names, ports and paths come from small pools so that
 * patches often touch what the base has; every patch field and every strategy (upsert,
 * remove, replace whole, either/or image sides, nested merges) is reached.
 */
final class MergeGenerators {
  private MergeGenerators() {}

  static final List<String> KEYS = List.of("A", "B", "C", "D", "E");
  static final List<String> NAMES = List.of("envoy", "xray", "otel", "nginx");
  static final List<String> PATHS = List.of("/a", "/b", "/c", "/d");
  static final List<Integer> PORT_NUMBERS = List.of(80, 443, 2000, 8080);
  static final List<String> TEXTS = List.of("x", "y", "z", "1.0", "", "true");
  /** Image references; a container refuses a blank one. */
  static final List<String> IMAGES = List.of("x", "nginx:1.27", "envoyproxy/envoy:v1.31", "1.0");

  static int between(RandomnessSource in, int min, int max) {
    return integers().between(min, max).generate(in);
  }

  static boolean chance(RandomnessSource in) {
    return between(in, 0, 1) == 1;
  }

  static <T> T pick(RandomnessSource in, List<T> values) {
    return values.get(between(in, 0, values.size() - 1));
  }

  static <E extends Enum<E>> E pick(RandomnessSource in, Class<E> type) {
    return pick(in, List.of(type.getEnumConstants()));
  }

  static <T> Optional<T> maybe(RandomnessSource in, Gen<T> gen) {
    return chance(in) ? Optional.of(gen.generate(in)) : Optional.empty();
  }

  static String text(RandomnessSource in) {
    return pick(in, TEXTS);
  }

  static List<String> texts(RandomnessSource in) {
    List<String> list = new ArrayList<>();
    int size = between(in, 0, 3);
    for (int i = 0; i < size; i++) {
      list.add(text(in));
    }
    return list;
  }

  static <V> Map<String, V> map(RandomnessSource in, Gen<V> values) {
    Map<String, V> map = new LinkedHashMap<>();
    int size = between(in, 0, 4);
    for (int i = 0; i < size; i++) {
      map.put(pick(in, KEYS), values.generate(in));
    }
    return map;
  }

  static <T extends Keyed> List<T> keyed(RandomnessSource in, Gen<T> gen) {
    Map<String, T> byKey = new LinkedHashMap<>();
    int size = between(in, 0, 4);
    for (int i = 0; i < size; i++) {
      T element = gen.generate(in);
      byKey.putIfAbsent(element.key(), element);
    }
    return new ArrayList<>(byKey.values());
  }

  static <V> Gen<MapPatch<V>> mapPatches(Gen<V> values) {
    return in -> {
      MapPatch<V> patch = chance(in) && chance(in) ? MapPatch.replaceWith(map(in, values)) : MapPatch.empty();
      int steps = between(in, 0, 4);
      for (int i = 0; i < steps; i++) {
        patch = chance(in) ? patch.upsert(pick(in, KEYS), values.generate(in)) : patch.remove(pick(in, KEYS));
      }
      return patch;
    };
  }

  static <T extends Keyed> Gen<ListPatch<T>> listPatches(Gen<T> elements, Function<T, String> key) {
    return in -> {
      ListPatch<T> patch = chance(in) && chance(in) ? ListPatch.replaceWith(keyed(in, elements)) : ListPatch.empty();
      int steps = between(in, 0, 4);
      for (int i = 0; i < steps; i++) {
        patch = chance(in) ? patch.upsert(elements.generate(in)) : patch.remove(key.apply(elements.generate(in)));
      }
      return patch;
    };
  }

  static Gen<Variable> variables() {
    return in -> chance(in) ? Variable.plain(text(in)) : Variable.imported(text(in));
  }

  static Gen<SecretRef> secrets() {
    return in -> chance(in) ? SecretRef.ssm(text(in)) : SecretRef.secretsManager(text(in));
  }

  static Gen<Port> ports() {
    return in -> {
      Port port = Port.of(pick(in, PORT_NUMBERS), pick(in, List.of(Protocol.TCP, Protocol.UDP)));
      return chance(in) ? port.named(text(in)) : port;
    };
  }

  static Gen<Mount> mounts() {
    return in -> chance(in) ? Mount.of(text(in), pick(in, PATHS)) : Mount.of(text(in), pick(in, PATHS), chance(in));
  }

  static Gen<ConfigMap> configMaps() {
    return in -> ConfigMap.builder().name(pick(in, NAMES)).mountPath(pick(in, PATHS))
        .addFiles(ConfigFile.of(text(in), text(in))).build();
  }

  static Gen<SecretMount> secretMounts() {
    return in -> SecretMount.of(pick(in, NAMES), pick(in, PATHS));
  }

  static Gen<Duration> durations() {
    return in -> Duration.ofSeconds(between(in, 0, 60));
  }

  static Gen<Build> builds() {
    return in -> Build.builder()
        .dockerfile(maybe(in, MergeGenerators::text))
        .context(maybe(in, MergeGenerators::text))
        .target(maybe(in, MergeGenerators::text))
        .putAllArgs(map(in, MergeGenerators::text))
        .addAllCacheFrom(texts(in))
        .build();
  }

  /** Bases hold one image side, as valid manifests do. */
  static Gen<Image> images() {
    return in -> chance(in) ? Image.of(pick(in, IMAGES)) : Image.building(builds().generate(in));
  }

  static Gen<HealthCheck> healthChecks() {
    return in -> HealthCheck.builder()
        .addAllCommand(texts(in))
        .interval(maybe(in, durations()))
        .retries(maybe(in, in2 -> between(in2, 0, 5)))
        .timeout(maybe(in, durations()))
        .startPeriod(maybe(in, durations()))
        .build();
  }

  static Gen<Probe> probes() {
    return in -> Probe.builder().path(maybe(in, MergeGenerators::text)).port(maybe(in, MergeGenerators::text))
        .period(maybe(in, durations())).build();
  }

  static Gen<Resources> resources() {
    return in -> Resources.builder()
        .cpuMin(maybe(in, in2 -> Cpu.ofMillicores(between(in2, 0, 4000))))
        .cpuMax(maybe(in, in2 -> Cpu.ofMillicores(between(in2, 0, 4000))))
        .memoryMin(maybe(in, in2 -> Memory.ofMebibytes(between(in2, 0, 4096))))
        .memoryMax(maybe(in, in2 -> Memory.ofMebibytes(between(in2, 0, 4096))))
        .build();
  }

  static Gen<Container> containers() {
    return in -> container(in, pick(in, NAMES));
  }

  static Container container(RandomnessSource in, String name) {
    return Container.builder()
        .name(name)
        .image(images().generate(in))
        .credentials(maybe(in, MergeGenerators::text))
        .addAllPorts(keyed(in, ports()))
        .essential(maybe(in, MergeGenerators::chance))
        .entrypoint(maybe(in, MergeGenerators::texts))
        .command(maybe(in, MergeGenerators::texts))
        .putAllEnvironment(map(in, variables()))
        .putAllSecrets(map(in, secrets()))
        .envFile(maybe(in, MergeGenerators::text))
        .addAllMounts(keyed(in, mounts()))
        .putAllLabels(map(in, MergeGenerators::text))
        .putAllDependsOn(map(in, in2 -> pick(in2, DependencyCondition.class)))
        .healthCheck(maybe(in, healthChecks()))
        .livenessProbe(maybe(in, probes()))
        .readinessProbe(maybe(in, probes()))
        .startupProbe(maybe(in, probes()))
        .resources(maybe(in, resources()))
        .readOnlyRootFilesystem(maybe(in, MergeGenerators::chance))
        .addAllConfigMaps(keyed(in, configMaps()))
        .addAllSecretMounts(keyed(in, secretMounts()))
        .build();
  }

  static Gen<BuildPatch> buildPatches() {
    return in -> BuildPatch.builder()
        .dockerfile(maybe(in, MergeGenerators::text))
        .context(maybe(in, MergeGenerators::text))
        .target(maybe(in, MergeGenerators::text))
        .args(mapPatches(MergeGenerators::text).generate(in))
        .cacheFrom(maybe(in, MergeGenerators::texts))
        .build();
  }

  static Gen<ImagePatch> imagePatches() {
    return in -> {
      switch (between(in, 0, 2)) {
        case 0:
          return ImagePatch.location(pick(in, IMAGES));
        case 1:
          return ImagePatch.build(buildPatches().generate(in));
        default:
          return ImagePatch.rebuild(buildPatches().generate(in));
      }
    };
  }

  static Gen<HealthCheckPatch> healthCheckPatches() {
    return in -> HealthCheckPatch.builder()
        .command(maybe(in, MergeGenerators::texts))
        .interval(maybe(in, durations()))
        .retries(maybe(in, in2 -> between(in2, 0, 5)))
        .timeout(maybe(in, durations()))
        .startPeriod(maybe(in, durations()))
        .build();
  }

  static Gen<ResourcesPatch> resourcesPatches() {
    return in -> ResourcesPatch.of(resources().generate(in));
  }

  static Gen<ContainerPatch> containerPatches() {
    return in -> {
      if (between(in, 0, 9) == 0) {
        return ContainerPatch.empty();
      }
      return ContainerPatch.builder()
          .image(maybe(in, imagePatches()))
          .credentials(maybe(in, MergeGenerators::text))
          .ports(listPatches(ports(), Port::key).generate(in))
          .essential(maybe(in, MergeGenerators::chance))
          .entrypoint(maybe(in, MergeGenerators::texts))
          .command(maybe(in, MergeGenerators::texts))
          .environment(mapPatches(variables()).generate(in))
          .secrets(mapPatches(secrets()).generate(in))
          .envFile(maybe(in, MergeGenerators::text))
          .mounts(listPatches(mounts(), Mount::key).generate(in))
          .labels(mapPatches(MergeGenerators::text).generate(in))
          .dependsOn(mapPatches(in2 -> pick(in2, DependencyCondition.class)).generate(in))
          .healthCheck(maybe(in, healthCheckPatches()))
          .livenessProbe(maybe(in, probes()))
          .readinessProbe(maybe(in, probes()))
          .startupProbe(maybe(in, probes()))
          .resources(maybe(in, resourcesPatches()))
          .readOnlyRootFilesystem(maybe(in, MergeGenerators::chance))
          .configMaps(listPatches(configMaps(), ConfigMap::key).generate(in))
          .secretMounts(listPatches(secretMounts(), SecretMount::key).generate(in))
          .build();
    };
  }

  static Gen<Logging> loggings() {
    return in -> Logging.builder()
        .image(maybe(in, MergeGenerators::text))
        .putAllDestination(map(in, MergeGenerators::text))
        .enableMetadata(maybe(in, MergeGenerators::chance))
        .putAllSecretOptions(map(in, secrets()))
        .configFilePath(maybe(in, MergeGenerators::text))
        .putAllVariables(map(in, variables()))
        .putAllSecrets(map(in, secrets()))
        .envFile(maybe(in, MergeGenerators::text))
        .retention(maybe(in, in2 -> between(in2, 1, 30)))
        .build();
  }

  static Gen<LoggingPatch> loggingPatches() {
    return in -> LoggingPatch.builder()
        .image(maybe(in, MergeGenerators::text))
        .destination(mapPatches(MergeGenerators::text).generate(in))
        .enableMetadata(maybe(in, MergeGenerators::chance))
        .secretOptions(mapPatches(secrets()).generate(in))
        .configFilePath(maybe(in, MergeGenerators::text))
        .variables(mapPatches(variables()).generate(in))
        .secrets(mapPatches(secrets()).generate(in))
        .envFile(maybe(in, MergeGenerators::text))
        .retention(maybe(in, in2 -> between(in2, 1, 30)))
        .build();
  }

  static Gen<Volume> volumes() {
    return in -> Volume.builder().name(pick(in, NAMES)).path(maybe(in, in2 -> pick(in2, PATHS)))
        .readOnly(maybe(in, MergeGenerators::chance))
        .efs(maybe(in, in2 -> chance(in2) ? EfsVolume.managed() : EfsVolume.of(text(in2)))).build();
  }

  static Gen<Workload> workloads() {
    return in -> {
      Map<String, Container> sidecars = new LinkedHashMap<>();
      int count = between(in, 0, 3);
      for (int i = 0; i < count; i++) {
        String name = pick(in, NAMES);
        sidecars.putIfAbsent(name, container(in, name));
      }
      return Workload.builder()
          .name("api")
          .type(pick(in, WorkloadType.class))
          .platform(maybe(in, in2 -> Platform.of(pick(in2, OperatingSystem.class), pick(in2, Architecture.class))))
          .cpu(maybe(in, in2 -> Cpu.ofEcsUnits(between(in2, 128, 4096))))
          .memory(maybe(in, in2 -> Memory.ofMebibytes(between(in2, 128, 8192))))
          .ephemeralStorage(maybe(in, in2 -> Memory.ofGibibytes(between(in2, 20, 200))))
          .tracing(maybe(in, in2 -> Tracing.AWS_XRAY))
          .addAllTaskDefinitionOverrides(overrides(in))
          .job(maybe(in, jobs()))
          .targetContainer(maybe(in, in2 -> pick(in2, NAMES)))
          .main(container(in, "api"))
          .addAllSidecars(sidecars.values())
          .addAllVolumes(keyed(in, volumes()))
          .logging(maybe(in, loggings()))
          .build();
    };
  }

  static Gen<SidecarsPatch> sidecarsPatches() {
    return in -> {
      SidecarsPatch patch = SidecarsPatch.empty();
      if (chance(in) && chance(in)) {
        List<Container> replacement = new ArrayList<>();
        for (String name : NAMES) {
          if (chance(in)) {
            replacement.add(container(in, name));
          }
        }
        patch = SidecarsPatch.replaceWith(replacement);
      }
      int steps = between(in, 0, 3);
      for (int i = 0; i < steps; i++) {
        String name = pick(in, NAMES);
        switch (between(in, 0, 2)) {
          case 0:
            patch = patch.remove(name);
            break;
          case 1:
            patch = patch.add(container(in, name));
            break;
          default:
            // a patch for a sidecar the base may lack must bring an image to create it
            patch = patch.upsert(name, ContainerPatch.builder().from(containerPatches().generate(in))
                .image(imagePatches().generate(in)).build());
            break;
        }
      }
      return patch;
    };
  }

  /** Job settings with any of their fields set: as a patch they merge field by field. */
  static Gen<JobSettings> jobs() {
    return in -> JobSettings.builder()
        .schedule(maybe(in, in2 -> pick(in2, List.of("@daily", "@hourly", "0 12 * * MON", "none"))))
        .timeout(maybe(in, durations()))
        .retries(maybe(in, in2 -> between(in2, 0, 10)))
        .build();
  }

  static List<TaskDefinitionOverride> overrides(RandomnessSource in) {
    List<TaskDefinitionOverride> overrides = new ArrayList<>();
    for (int i = between(in, 0, 2); i > 0; i--) {
      overrides.add(TaskDefinitionOverride.of(
          pick(in, List.of("ContainerDefinitions[0].Ulimits[-]", "ContainerDefinitions[1].Essential", "PidMode")),
          chance(in) ? Map.of("Name", text(in), "SoftLimit", between(in, 0, 4096)) : text(in)));
    }
    return overrides;
  }

  static Gen<WorkloadPatch> workloadPatches() {
    return in -> WorkloadPatch.builder()
        .platform(maybe(in, in2 -> Platform.of(pick(in2, OperatingSystem.class), pick(in2, Architecture.class))))
        .cpu(maybe(in, in2 -> Cpu.ofEcsUnits(between(in2, 128, 4096))))
        .memory(maybe(in, in2 -> Memory.ofMebibytes(between(in2, 128, 8192))))
        .ephemeralStorage(maybe(in, in2 -> Memory.ofGibibytes(between(in2, 20, 200))))
        .tracing(maybe(in, in2 -> Tracing.AWS_XRAY))
        .taskDefinitionOverrides(maybe(in, MergeGenerators::overrides))
        .job(maybe(in, jobs()))
        .targetContainer(maybe(in, in2 -> pick(in2, NAMES)))
        .main(maybe(in, containerPatches()))
        .sidecars(sidecarsPatches().generate(in))
        .volumes(listPatches(volumes(), Volume::key).generate(in))
        .logging(maybe(in, loggingPatches()))
        .build();
  }
}
