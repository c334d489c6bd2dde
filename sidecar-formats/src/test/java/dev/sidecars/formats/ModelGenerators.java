package dev.sidecars.formats;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.sidecars.model.Architecture;
import dev.sidecars.model.Build;
import dev.sidecars.model.ConfigFile;
import dev.sidecars.model.ConfigMap;
import dev.sidecars.model.Container;
import dev.sidecars.model.Cpu;
import dev.sidecars.model.DependencyCondition;
import dev.sidecars.model.Documentation;
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
import dev.sidecars.model.Resources;
import dev.sidecars.model.SecretMount;
import dev.sidecars.model.SecretRef;
import dev.sidecars.model.SidecarTemplate;
import dev.sidecars.model.TaskDefinitionOverride;
import dev.sidecars.model.Tracing;
import dev.sidecars.model.Variable;
import dev.sidecars.model.Volume;
import dev.sidecars.model.Workload;
import dev.sidecars.model.WorkloadType;
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
 * QuickTheories generators that reach every field of the model: each optional is sometimes
 * empty and sometimes set, each collection sometimes empty and sometimes full, and strings mix
 * plain words, unicode from several scripts, and texts that YAML readers like to mistake for
 * numbers, booleans or null.
 */
public final class ModelGenerators {
  private ModelGenerators() {}

  /** Texts a YAML writer must quote to read them back as strings. */
  public static final List<String> TRICKY =
      List.of("8080", "0x1F", "0o17", "1.0", "1e3", "-1", "+1", ".5", "007", ".inf", ".NaN",
          "true", "False", "yes", "No", "on", "OFF", "y", "n", "null", "Null", "~", "", " ",
          " lead", "trail ", "a: b", "- x", "#c", "x #y", "multi\nline", "tab\there", "'q'",
          "\"dq\"", "{x}", "[y]", "*alias", "&anchor", "!tag", "%p", "@at", "`bt", "?", ":",
          "2026-11-23", "12:30", "1_000", "1:30", "0b101", "1_000.5", "3000/tcp", "-.inf", "+.5e3", "0o", "1e", "5Mi", "<<", "=", "back\\slash", "ünïcødé", "日本語",
          "emoji 😀", "Ελληνικά", "\u00a0nbsp", "a\u2028b");

  private static final int[][] SCRIPTS = {
    {0x21, 0x7e}, {0xa1, 0xff}, {0x391, 0x3c9}, {0x4e00, 0x4fff}, {0x1f600, 0x1f64f}
  };

  public static int between(RandomnessSource in, int min, int max) {
    return integers().between(min, max).generate(in);
  }

  public static boolean chance(RandomnessSource in) {
    return between(in, 0, 1) == 1;
  }

  public static Gen<String> strings() {
    return in -> {
      switch (between(in, 0, 3)) {
        case 0:
          return TRICKY.get(between(in, 0, TRICKY.size() - 1));
        case 1:
          return word(in);
        default:
          int[] script = SCRIPTS[between(in, 0, SCRIPTS.length - 1)];
          StringBuilder text = new StringBuilder();
          int length = between(in, 1, 12);
          for (int i = 0; i < length; i++) {
            text.appendCodePoint(between(in, script[0], script[1]));
          }
          return text.toString();
      }
    };
  }

  public static String word(RandomnessSource in) {
    StringBuilder text = new StringBuilder();
    int length = between(in, 1, 10);
    for (int i = 0; i < length; i++) {
      text.append((char) between(in, 'a', 'z'));
    }
    return text.toString();
  }

  public static Gen<String> words() {
    return ModelGenerators::word;
  }

  public static <T> Optional<T> optional(RandomnessSource in, Gen<T> gen) {
    return chance(in) ? Optional.of(gen.generate(in)) : Optional.empty();
  }

  public static <T> List<T> list(RandomnessSource in, Gen<T> gen, int max) {
    int size = between(in, 0, max);
    List<T> values = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      values.add(gen.generate(in));
    }
    return values;
  }

  public static <T> Map<String, T> map(RandomnessSource in, Gen<String> keys, Gen<T> values, int max) {
    Map<String, T> map = new LinkedHashMap<>();
    int size = between(in, 0, max);
    for (int i = 0; i < size; i++) {
      map.put(keys.generate(in), values.generate(in));
    }
    return map;
  }

  /** List items unique by a key, as keyed lists are. */
  public static <T> List<T> keyedList(RandomnessSource in, Gen<T> gen, Function<T, Object> key, int max) {
    Map<Object, T> byKey = new LinkedHashMap<>();
    for (T value : list(in, gen, max)) {
      byKey.putIfAbsent(key.apply(value), value);
    }
    return new ArrayList<>(byKey.values());
  }

  public static <T> T pick(RandomnessSource in, List<T> values) {
    return values.get(between(in, 0, values.size() - 1));
  }

  public static <E extends Enum<E>> E pick(RandomnessSource in, Class<E> type) {
    E[] values = type.getEnumConstants();
    return values[between(in, 0, values.length - 1)];
  }

  public static Gen<Duration> durations() {
    return in -> {
      switch (between(in, 0, 3)) {
        case 0:
          return Duration.ofSeconds(between(in, 0, 600));
        case 1:
          return Duration.ofMillis(between(in, 0, 100_000));
        case 2:
          return Duration.ofNanos(longs().between(0, 1_000_000_000_000_000L).generate(in));
        default:
          return Duration.ofMinutes(between(in, 0, 5000)).plusSeconds(between(in, 0, 59));
      }
    };
  }

  public static Gen<Cpu> cpus() {
    return in -> {
      switch (between(in, 0, 2)) {
        case 0:
          return Cpu.ofMillicores(between(in, 0, 64_000));
        case 1:
          return Cpu.ofEcsUnits(between(in, 0, 16_384));
        default:
          return Cpu.parseKubernetes(between(in, 0, 64) + "");
      }
    };
  }

  public static Gen<Memory> memories() {
    return in -> {
      switch (between(in, 0, 2)) {
        case 0:
          return Memory.ofMebibytes(between(in, 0, 120_000));
        case 1:
          return Memory.ofBytes(longs().between(0, Long.MAX_VALUE).generate(in));
        default:
          return Memory.parse(between(in, 0, 9999) + "M");
      }
    };
  }

  public static Gen<Port> ports() {
    return in -> {
      // no port outside 1-65535 can be made
      Port port = Port.of(between(in, 1, 65_535), pick(in, Protocol.class));
      if (chance(in)) {
        port = port.named(strings().generate(in));
      }
      if (chance(in)) {
        port = port.exposedAs(between(in, 1, 65_535));
      }
      return port;
    };
  }

  public static Gen<Image> images() {
    return in -> {
      Optional<String> location = optional(in, nonBlank());
      Optional<Build> build =
          location.isEmpty() || chance(in) ? Optional.of(builds().generate(in)) : Optional.empty();
      return Image.of(location, build);
    };
  }

  public static Gen<Build> builds() {
    return in -> Build.builder()
        .dockerfile(optional(in, strings()))
        .context(optional(in, strings()))
        .target(optional(in, strings()))
        .putAllArgs(map(in, strings(), strings(), 3))
        .addAllCacheFrom(list(in, strings(), 3))
        .build();
  }

  public static Gen<Variable> variables() {
    return in -> {
      switch (between(in, 0, 4)) {
        case 0:
          return Variable.imported(strings().generate(in));
        case 1:
          return Variable.fromConfigMap(strings().generate(in), strings().generate(in));
        case 2:
          return Variable.fromField(strings().generate(in));
        case 3:
          return Variable.fromResource(strings().generate(in), strings().generate(in));
        default:
          return Variable.plain(strings().generate(in));
      }
    };
  }

  public static Gen<SecretRef> secrets() {
    return in -> {
      switch (between(in, 0, 3)) {
        case 0:
          return SecretRef.ssm(strings().generate(in));
        case 1:
          return SecretRef.secretsManager(strings().generate(in));
        case 2:
          return SecretRef.imported(strings().generate(in));
        default:
          return SecretRef.kubernetes(strings().generate(in), strings().generate(in));
      }
    };
  }

  public static Gen<Mount> mounts() {
    return in -> chance(in)
        ? Mount.of(strings().generate(in), strings().generate(in))
        : Mount.of(strings().generate(in), strings().generate(in), chance(in));
  }

  public static Gen<HealthCheck> healthChecks() {
    return in -> HealthCheck.builder()
        .addAllCommand(list(in, strings(), 3))
        .interval(optional(in, durations()))
        .retries(optional(in, in2 -> between(in2, -1, 100)))
        .timeout(optional(in, durations()))
        .startPeriod(optional(in, durations()))
        .build();
  }

  public static Gen<Probe> probes() {
    return in -> Probe.builder()
        .path(optional(in, strings()))
        .port(optional(in, strings()))
        .command(optional(in, in2 -> list(in2, strings(), 3)))
        .initialDelay(optional(in, durations()))
        .period(optional(in, durations()))
        .timeout(optional(in, durations()))
        .successThreshold(optional(in, in2 -> between(in2, 0, 10)))
        .failureThreshold(optional(in, in2 -> between(in2, 0, 10)))
        .build();
  }

  public static Gen<Resources> resources() {
    return in -> Resources.builder()
        .cpuMin(optional(in, cpus()))
        .cpuMax(optional(in, cpus()))
        .memoryMin(optional(in, memories()))
        .memoryMax(optional(in, memories()))
        .build();
  }

  public static Gen<ConfigMap> configMaps() {
    return in -> ConfigMap.builder()
        .name(strings().generate(in))
        .mountPath(strings().generate(in))
        .addAllFiles(list(in, in2 -> ConfigFile.of(strings().generate(in2), strings().generate(in2) + "\n" + strings().generate(in2)), 3))
        .preserveDirectory(optional(in, in2 -> chance(in2)))
        .build();
  }

  /** Strings with something visible in them: a container refuses a blank name or image. */
  public static Gen<String> nonBlank() {
    return in -> {
      String text = strings().generate(in);
      return text.isBlank() ? "c" + text : text;
    };
  }

  public static Gen<Container> containers() {
    return in -> Container.builder()
        .name(nonBlank().generate(in))
        .image(images().generate(in))
        .credentials(optional(in, strings()))
        .addAllPorts(keyedList(in, ports(), Port::key, 3))
        .essential(optional(in, ModelGenerators::chance))
        .entrypoint(optional(in, in2 -> list(in2, strings(), 3)))
        .command(optional(in, in2 -> list(in2, strings(), 3)))
        .putAllEnvironment(map(in, strings(), variables(), 4))
        .putAllSecrets(map(in, strings(), secrets(), 3))
        .envFile(optional(in, strings()))
        .addAllMounts(keyedList(in, mounts(), Mount::path, 3))
        .putAllLabels(map(in, strings(), strings(), 3))
        .putAllDependsOn(map(in, strings(), in2 -> pick(in2, DependencyCondition.class), 3))
        .healthCheck(optional(in, healthChecks()))
        .livenessProbe(optional(in, probes()))
        .readinessProbe(optional(in, probes()))
        .startupProbe(optional(in, probes()))
        .resources(optional(in, resources()))
        .readOnlyRootFilesystem(optional(in, ModelGenerators::chance))
        .addAllConfigMaps(keyedList(in, configMaps(), ConfigMap::name, 2))
        .addAllSecretMounts(keyedList(in, in2 -> SecretMount.of(strings().generate(in2), strings().generate(in2)), SecretMount::name, 2))
        .build();
  }

  public static Gen<Volume> volumes() {
    return in -> Volume.builder()
        .name(strings().generate(in))
        .path(optional(in, strings()))
        .readOnly(optional(in, ModelGenerators::chance))
        .efs(optional(in, efsVolumes()))
        .build();
  }

  public static Gen<EfsVolume> efsVolumes() {
    return in -> {
      EfsVolume.Builder efs = EfsVolume.builder();
      if (chance(in)) {
        efs.fileSystemId(optional(in, strings()));
      } else {
        efs.fileSystemExport(optional(in, strings()));
      }
      return efs
        .rootDirectory(optional(in, strings()))
        .rootDirectory(optional(in, strings()))
        .accessPointId(optional(in, strings()))
        .iam(optional(in, ModelGenerators::chance))
        .uid(optional(in, in2 -> longs().between(0, 4_294_967_295L).generate(in2)))
        .gid(optional(in, in2 -> longs().between(0, 4_294_967_295L).generate(in2)))
        .build();
    };
  }

  /** A value of a task definition override: a tree of maps, lists, strings, numbers and booleans. */
  public static Gen<Object> overrideValues(int depth) {
    return in -> {
      switch (between(in, 0, depth > 0 ? 6 : 3)) {
        case 0:
          return strings().generate(in);
        case 1:
          return (long) between(in, -5, 70000);
        case 2:
          return chance(in);
        case 3:
          return new java.math.BigDecimal(between(in, 0, 999) + "." + between(in, 1, 99));
        case 4:
        case 5:
          return map(in, strings(), overrideValues(depth - 1), 3);
        default:
          return list(in, overrideValues(depth - 1), 3);
      }
    };
  }

  public static Gen<TaskDefinitionOverride> taskDefinitionOverrides() {
    return in -> TaskDefinitionOverride.of(
        pick(in, List.of("ContainerDefinitions[0].Ulimits[-]", "ContainerDefinitions[2].LinuxParameters.InitProcessEnabled",
            "PidMode", "Volumes[0].Host.SourcePath")),
        overrideValues(2).generate(in));
  }

  public static Gen<JobSettings> jobs() {
    return in -> JobSettings.builder()
        .schedule(optional(in, strings()))
        .timeout(optional(in, durations()))
        .retries(optional(in, in2 -> between(in2, 0, 10)))
        .build();
  }

  public static Gen<Logging> loggings() {
    return in -> Logging.builder()
        .image(optional(in, strings()))
        .putAllDestination(map(in, strings(), strings(), 4))
        .enableMetadata(optional(in, ModelGenerators::chance))
        .putAllSecretOptions(map(in, strings(), secrets(), 3))
        .configFilePath(optional(in, strings()))
        .putAllVariables(map(in, strings(), variables(), 3))
        .putAllSecrets(map(in, strings(), secrets(), 3))
        .envFile(optional(in, strings()))
        .retention(optional(in, in2 -> between(in2, 1, 3653)))
        .build();
  }

  public static Gen<Workload> workloads() {
    return in -> Workload.builder()
        .name(strings().generate(in))
        .type(pick(in, WorkloadType.class))
        .platform(optional(in, in2 -> Platform.of(pick(in2, OperatingSystem.class), pick(in2, Architecture.class))))
        .main(containers().generate(in))
        .addAllSidecars(keyedList(in, containers(), Container::name, 3))
        .addAllVolumes(keyedList(in, volumes(), Volume::name, 2))
        .logging(optional(in, loggings()))
        .targetContainer(optional(in, strings()))
        .cpu(optional(in, cpus()))
        .memory(optional(in, memories()))
        .ephemeralStorage(optional(in, memories()))
        .tracing(optional(in, in2 -> Tracing.AWS_XRAY))
        .addAllTaskDefinitionOverrides(list(in, taskDefinitionOverrides(), 2))
        .job(optional(in, jobs()))
        .build();
  }

  public static Gen<SidecarTemplate> templates() {
    return in -> SidecarTemplate.builder()
        .tenantId(strings().generate(in))
        .itemId(strings().generate(in))
        .version(optional(in, strings()))
        .title(strings().generate(in))
        .description(optional(in, strings()))
        .documentation(optional(in, in2 -> Documentation.of(pick(in2, Documentation.Type.class), strings().generate(in2))))
        .defaults(containers().generate(in))
        .mainDependsOn(optional(in, in2 -> pick(in2, DependencyCondition.class)))
        .logRouter(optional(in, in2 -> map(in2, words(), strings(), 3)))
        .build();
  }
}
