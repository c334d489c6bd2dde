package dev.sidecars.formats.mia;

import static dev.sidecars.formats.ModelGenerators.between;
import static dev.sidecars.formats.ModelGenerators.chance;
import static dev.sidecars.formats.ModelGenerators.list;
import static dev.sidecars.formats.ModelGenerators.map;
import static dev.sidecars.formats.ModelGenerators.nonBlank;
import static dev.sidecars.formats.ModelGenerators.optional;
import static dev.sidecars.formats.ModelGenerators.pick;
import static dev.sidecars.formats.ModelGenerators.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.sidecars.formats.ManifestFormat;
import dev.sidecars.formats.internal.TreeParser;
import dev.sidecars.model.ConfigFile;
import dev.sidecars.model.ConfigMap;
import dev.sidecars.model.Container;
import dev.sidecars.model.Cpu;
import dev.sidecars.model.Documentation;
import dev.sidecars.model.Memory;
import dev.sidecars.model.Port;
import dev.sidecars.model.Probe;
import dev.sidecars.model.Protocol;
import dev.sidecars.model.Resources;
import dev.sidecars.model.SecretMount;
import dev.sidecars.model.SecretRef;
import dev.sidecars.model.SidecarTemplate;
import dev.sidecars.model.Variable;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Generated sidecar items survive template -> item -> template, and item -> model -> item as a tree. */
class MiaRoundTripTest {

  @Test
  void generatedTemplatesRoundTripThroughJsonAndYamlItems() {
    qt().withExamples(500).withShrinkCycles(20).forAll(miaTemplates()).checkAssert(t -> {
      for (ManifestFormat format : ManifestFormat.values()) {
        String text = MiaItem.of(t, format).write();
        MiaItem item = MiaItem.read(text, "generated");
        assertThat(item.template()).as(text).isEqualTo(t);
        String again = item.withTemplate(item.template()).write();
        assertThat(tree(again)).as(text).isEqualTo(tree(text));
      }
    });
  }

  private static Object tree(String text) {
    return new TreeParser("tree", true).parse(text, ManifestFormat.detect(text)).toPlain();
  }

  private static Gen<Duration> seconds() {
    return in -> Duration.ofSeconds(between(in, 0, 600));
  }

  static Gen<SidecarTemplate> miaTemplates() {
    return in -> {
      Container.Builder c = Container.builder()
          .name(nonBlank().generate(in))
          .image(nonBlank().generate(in))
          .addAllPorts(list(in, in2 -> {
            Port p = Port.of(between(in2, 1, 65535), chance(in2) ? Protocol.TCP : Protocol.UDP).exposedAs(between(in2, 1, 65535));
            return chance(in2) ? p.named(strings().generate(in2)) : p;
          }, 3))
          .command(optional(in, in2 -> list(in2, strings(), 3)))
          .putAllEnvironment(map(in, strings(), in2 -> {
            switch (between(in2, 0, 3)) {
              case 0:
                return Variable.fromConfigMap(strings().generate(in2), strings().generate(in2));
              case 1:
                return Variable.fromField(strings().generate(in2));
              case 2:
                return Variable.fromResource(strings().generate(in2), strings().generate(in2));
              default:
                return Variable.plain(strings().generate(in2));
            }
          }, 4))
          .putAllSecrets(map(in, strings(), in2 -> SecretRef.kubernetes(strings().generate(in2), strings().generate(in2)), 2))
          .livenessProbe(optional(in, probes()))
          .readinessProbe(optional(in, probes()))
          .startupProbe(optional(in, probes()))
          .resources(optional(in, in2 -> Resources.builder()
              .cpuMin(optional(in2, in3 -> Cpu.ofMillicores(between(in3, 0, 64000))))
              .cpuMax(optional(in2, in3 -> Cpu.ofMillicores(between(in3, 0, 64000))))
              .memoryMin(optional(in2, in3 -> Memory.ofMebibytes(between(in3, 0, 65536))))
              .memoryMax(optional(in2, in3 -> Memory.ofMebibytes(between(in3, 0, 65536))))
              .build()))
          .addAllConfigMaps(list(in, in2 -> ConfigMap.builder().name(strings().generate(in2))
              .mountPath(strings().generate(in2))
              .addAllFiles(list(in2, in3 -> ConfigFile.of(strings().generate(in3), strings().generate(in3) + "\n"), 2))
              .preserveDirectory(optional(in2, in3 -> chance(in3)))
              .build(), 2))
          .addAllSecretMounts(list(in, in2 -> SecretMount.of(strings().generate(in2), strings().generate(in2)), 2));
      return SidecarTemplate.builder()
          .tenantId(strings().generate(in))
          .itemId(strings().generate(in))
          .version(optional(in, strings()))
          .title(strings().generate(in))
          .description(strings().generate(in))
          .documentation(Documentation.of(pick(in, Documentation.Type.class), strings().generate(in)))
          .defaults(c.build())
          .build();
    };
  }

  private static Gen<Probe> probes() {
    return in -> Probe.builder()
        .path(optional(in, strings()))
        .port(optional(in, strings()))
        .command(optional(in, in2 -> list(in2, strings(), 2)))
        .initialDelay(optional(in, seconds()))
        .period(optional(in, seconds()))
        .timeout(optional(in, seconds()))
        .successThreshold(optional(in, in2 -> between(in2, 0, 10)))
        .failureThreshold(optional(in, in2 -> between(in2, 0, 10)))
        .build();
  }
}
