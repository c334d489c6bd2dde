package dev.sidecars.model;

import static dev.sidecars.model.MergeGenerators.containerPatches;
import static dev.sidecars.model.MergeGenerators.containers;
import static dev.sidecars.model.MergeGenerators.workloadPatches;
import static dev.sidecars.model.MergeGenerators.workloads;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * The merge laws of docs/merge.md, for thousands of generated bases and patches. Equality of
 * values ignores the order of map entries, so results are also compared by their
 * {@code toString()}, which lists entries in order.
 */
class PatchLawsTest {
  private static final int EXAMPLES = 3000;

  private static QuickTheory theory() {
    return qt().withExamples(EXAMPLES).withShrinkCycles(50);
  }

  private static void assertSameInOrder(Object actual, Object expected) {
    assertThat(actual).isEqualTo(expected);
    assertThat(actual.toString()).isEqualTo(expected.toString());
  }

  @Test
  void identity() {
    theory().forAll(containers()).checkAssert(b -> assertSameInOrder(Patches.apply(b, ContainerPatch.empty()), b));
    theory().forAll(workloads()).checkAssert(w -> assertSameInOrder(Patches.apply(w, WorkloadPatch.empty()), w));
  }

  @Test
  void idempotence() {
    theory().forAll(containers(), containerPatches()).checkAssert((b, p) -> {
      Container once = Patches.apply(b, p);
      assertSameInOrder(Patches.apply(once, p), once);
    });
    theory().forAll(workloads(), workloadPatches())
        .checkAssert((w, p) -> {
          Workload once = Patches.apply(w, p);
          assertSameInOrder(Patches.apply(once, p), once);
        });
  }

  @Test
  void composition() {
    theory().forAll(containers(), containerPatches(), containerPatches()).checkAssert((b, p, q) ->
        assertSameInOrder(Patches.apply(b, p.then(q)), Patches.apply(Patches.apply(b, p), q)));
    theory().forAll(workloads(), workloadPatches(), workloadPatches())
        .checkAssert((w, p, q) ->
            assertSameInOrder(Patches.apply(w, p.then(q)), Patches.apply(Patches.apply(w, p), q)));
  }

  @Test
  void compositionIsAssociative() {
    theory().forAll(containers(), containerPatches(), containerPatches(), containerPatches())
        .checkAssert((b, p, q, r) ->
            assertSameInOrder(Patches.apply(b, p.then(q).then(r)), Patches.apply(b, p.then(q.then(r)))));
  }

  @Test
  void patchWins() {
    theory().forAll(containers(), containerPatches()).checkAssert((b, p) -> {
      Container r = Patches.apply(b, p);
      p.credentials().ifPresent(v -> assertThat(r.credentials()).contains(v));
      p.essential().ifPresent(v -> assertThat(r.essential()).contains(v));
      p.envFile().ifPresent(v -> assertThat(r.envFile()).contains(v));
      p.entrypoint().ifPresent(v -> assertThat(r.entrypoint()).contains(v));
      p.command().ifPresent(v -> assertThat(r.command()).contains(v));
      p.livenessProbe().ifPresent(v -> assertThat(r.livenessProbe()).contains(v));
      p.readinessProbe().ifPresent(v -> assertThat(r.readinessProbe()).contains(v));
      p.startupProbe().ifPresent(v -> assertThat(r.startupProbe()).contains(v));
      p.image().flatMap(ImagePatch::location).ifPresent(v -> assertThat(r.image()).isEqualTo(Image.of(v)));
      p.healthCheck().flatMap(HealthCheckPatch::interval)
          .ifPresent(v -> assertThat(r.healthCheck().orElseThrow().interval()).contains(v));
      p.healthCheck().flatMap(HealthCheckPatch::retries)
          .ifPresent(v -> assertThat(r.healthCheck().orElseThrow().retries()).contains(v));
      p.healthCheck().flatMap(HealthCheckPatch::command)
          .ifPresent(v -> assertThat(r.healthCheck().orElseThrow().command()).isEqualTo(v));
      p.healthCheck().flatMap(HealthCheckPatch::timeout)
          .ifPresent(v -> assertThat(r.healthCheck().orElseThrow().timeout()).contains(v));
      p.healthCheck().flatMap(HealthCheckPatch::startPeriod)
          .ifPresent(v -> assertThat(r.healthCheck().orElseThrow().startPeriod()).contains(v));
      p.resources().flatMap(ResourcesPatch::memoryMax)
          .ifPresent(v -> assertThat(r.resources().orElseThrow().memoryMax()).contains(v));
      p.resources().flatMap(ResourcesPatch::memoryMin)
          .ifPresent(v -> assertThat(r.resources().orElseThrow().memoryMin()).contains(v));
      p.resources().flatMap(ResourcesPatch::cpuMin)
          .ifPresent(v -> assertThat(r.resources().orElseThrow().cpuMin()).contains(v));
      p.resources().flatMap(ResourcesPatch::cpuMax)
          .ifPresent(v -> assertThat(r.resources().orElseThrow().cpuMax()).contains(v));
      assertMapPatchWon(p.environment(), r.environment());
      assertMapPatchWon(p.secrets(), r.secrets());
      assertMapPatchWon(p.labels(), r.labels());
      assertMapPatchWon(p.dependsOn(), r.dependsOn());
      assertListPatchWon(p.ports(), r.ports());
      assertListPatchWon(p.mounts(), r.mounts());
      assertListPatchWon(p.configMaps(), r.configMaps());
      assertListPatchWon(p.secretMounts(), r.secretMounts());
    });
  }

  @Test
  void workloadPatchWins() {
    theory().forAll(workloads(), workloadPatches()).checkAssert((w, p) -> {
      Workload r = Patches.apply(w, p);
      p.platform().ifPresent(v -> assertThat(r.platform()).contains(v));
      p.cpu().ifPresent(v -> assertThat(r.cpu()).contains(v));
      p.memory().ifPresent(v -> assertThat(r.memory()).contains(v));
      p.ephemeralStorage().ifPresent(v -> assertThat(r.ephemeralStorage()).contains(v));
      p.tracing().ifPresent(v -> assertThat(r.tracing()).contains(v));
      p.targetContainer().ifPresent(v -> assertThat(r.targetContainer()).contains(v));
      p.taskDefinitionOverrides().ifPresent(v -> assertThat(r.taskDefinitionOverrides()).isEqualTo(v));
      p.job().ifPresent(job -> {
        job.schedule().ifPresent(v -> assertThat(r.job().orElseThrow().schedule()).contains(v));
        job.timeout().ifPresent(v -> assertThat(r.job().orElseThrow().timeout()).contains(v));
        job.retries().ifPresent(v -> assertThat(r.job().orElseThrow().retries()).contains(v));
      });
      p.main().ifPresent(main -> assertThat(r.main()).isEqualTo(Patches.apply(w.main(), main)));
      p.logging().ifPresent(logging -> {
        Logging result = r.logging().orElseThrow();
        logging.image().ifPresent(v -> assertThat(result.image()).contains(v));
        logging.enableMetadata().ifPresent(v -> assertThat(result.enableMetadata()).contains(v));
        logging.configFilePath().ifPresent(v -> assertThat(result.configFilePath()).contains(v));
        logging.envFile().ifPresent(v -> assertThat(result.envFile()).contains(v));
        logging.retention().ifPresent(v -> assertThat(result.retention()).contains(v));
        assertMapPatchWon(logging.destination(), result.destination());
        assertMapPatchWon(logging.secretOptions(), result.secretOptions());
        assertMapPatchWon(logging.variables(), result.variables());
        assertMapPatchWon(logging.secrets(), result.secrets());
      });
      assertListPatchWon(p.volumes(), r.volumes());
      p.sidecars().removals().stream().filter(name -> !p.sidecars().upserts().containsKey(name))
          .forEach(name -> assertThat(r.sidecars()).extracting(Container::name).doesNotContain(name));
      p.sidecars().upserts().forEach((name, patch) -> {
        Container sidecar = r.container(name).orElseThrow();
        patch.image().flatMap(ImagePatch::location).ifPresent(v -> assertThat(sidecar.image()).isEqualTo(Image.of(v)));
        patch.essential().ifPresent(v -> assertThat(sidecar.essential()).contains(v));
        assertMapPatchWon(patch.environment(), sidecar.environment());
      });
    });
  }

  @Test
  void workloadBaseKept() {
    theory().forAll(workloads(), workloadPatches()).checkAssert((w, p) -> {
      Workload r = Patches.apply(w, p);
      assertThat(r.name()).isEqualTo(w.name());
      assertThat(r.type()).isEqualTo(w.type());
      if (p.platform().isEmpty()) {
        assertThat(r.platform()).isEqualTo(w.platform());
      }
      if (p.cpu().isEmpty()) {
        assertThat(r.cpu()).isEqualTo(w.cpu());
      }
      if (p.memory().isEmpty()) {
        assertThat(r.memory()).isEqualTo(w.memory());
      }
      if (p.ephemeralStorage().isEmpty()) {
        assertThat(r.ephemeralStorage()).isEqualTo(w.ephemeralStorage());
      }
      if (p.tracing().isEmpty()) {
        assertThat(r.tracing()).isEqualTo(w.tracing());
      }
      if (p.targetContainer().isEmpty()) {
        assertThat(r.targetContainer()).isEqualTo(w.targetContainer());
      }
      if (p.taskDefinitionOverrides().isEmpty()) {
        assertThat(r.taskDefinitionOverrides()).isEqualTo(w.taskDefinitionOverrides());
      }
      if (p.job().isEmpty()) {
        assertThat(r.job()).isEqualTo(w.job());
      } else {
        JobSettings job = p.job().get();
        JobSettings base = w.job().orElse(JobSettings.empty());
        if (job.schedule().isEmpty()) {
          assertThat(r.job().orElseThrow().schedule()).isEqualTo(base.schedule());
        }
        if (job.timeout().isEmpty()) {
          assertThat(r.job().orElseThrow().timeout()).isEqualTo(base.timeout());
        }
        if (job.retries().isEmpty()) {
          assertThat(r.job().orElseThrow().retries()).isEqualTo(base.retries());
        }
      }
      if (p.main().isEmpty()) {
        assertSameInOrder(r.main(), w.main());
      }
      if (p.volumes().isEmpty()) {
        assertThat(r.volumes()).isEqualTo(w.volumes());
      }
      if (p.logging().isEmpty()) {
        assertThat(r.logging()).isEqualTo(w.logging());
      } else if (w.logging().isPresent()) {
        LoggingPatch logging = p.logging().get();
        Logging base = w.logging().get();
        Logging result = r.logging().orElseThrow();
        if (logging.image().isEmpty()) {
          assertThat(result.image()).isEqualTo(base.image());
        }
        if (logging.enableMetadata().isEmpty()) {
          assertThat(result.enableMetadata()).isEqualTo(base.enableMetadata());
        }
        if (logging.configFilePath().isEmpty()) {
          assertThat(result.configFilePath()).isEqualTo(base.configFilePath());
        }
        if (logging.envFile().isEmpty()) {
          assertThat(result.envFile()).isEqualTo(base.envFile());
        }
        if (logging.retention().isEmpty()) {
          assertThat(result.retention()).isEqualTo(base.retention());
        }
        keptUnnamed(logging.destination(), base.destination(), result.destination());
        keptUnnamed(logging.variables(), base.variables(), result.variables());
        keptUnnamed(logging.secrets(), base.secrets(), result.secrets());
        keptUnnamed(logging.secretOptions(), base.secretOptions(), result.secretOptions());
      }
      // a sidecar the patch does not name is kept as it was, unless the patch replaces them all
      if (p.sidecars().replacement().isEmpty()) {
        for (Container sidecar : w.sidecars()) {
          if (!p.sidecars().removals().contains(sidecar.name()) && !p.sidecars().upserts().containsKey(sidecar.name())) {
            assertSameInOrder(r.container(sidecar.name()).orElseThrow(), sidecar);
          }
        }
      }
    });
  }

  private static <V> void assertMapPatchWon(MapPatch<V> patch, Map<String, V> result) {
    patch.upserts().forEach((key, value) -> assertThat(result).containsEntry(key, value));
    patch.removals().stream()
        .filter(key -> !patch.upserts().containsKey(key))
        .forEach(key -> assertThat(result).doesNotContainKey(key));
    patch.replacement().ifPresent(replacement -> assertThat(result.keySet())
        .allMatch(key -> replacement.containsKey(key) || patch.upserts().containsKey(key)));
  }

  private static <T extends Keyed> void assertListPatchWon(ListPatch<T> patch, List<T> result) {
    patch.upserts().values().forEach(element -> assertThat(result).contains(element));
    List<String> keys = result.stream().map(Keyed::key).collect(Collectors.toList());
    patch.removals().stream()
        .filter(key -> !patch.upserts().containsKey(key))
        .forEach(key -> assertThat(keys).doesNotContain(key));
  }

  @Test
  void baseKept() {
    theory().forAll(containers(), containerPatches()).checkAssert((b, p) -> {
      Container r = Patches.apply(b, p);
      assertThat(r.name()).isEqualTo(b.name());
      if (p.image().isEmpty()) {
        assertThat(r.image()).isEqualTo(b.image());
      }
      if (p.credentials().isEmpty()) {
        assertThat(r.credentials()).isEqualTo(b.credentials());
      }
      if (p.essential().isEmpty()) {
        assertThat(r.essential()).isEqualTo(b.essential());
      }
      if (p.entrypoint().isEmpty()) {
        assertThat(r.entrypoint()).isEqualTo(b.entrypoint());
      }
      if (p.command().isEmpty()) {
        assertThat(r.command()).isEqualTo(b.command());
      }
      if (p.envFile().isEmpty()) {
        assertThat(r.envFile()).isEqualTo(b.envFile());
      }
      if (p.healthCheck().isEmpty()) {
        assertThat(r.healthCheck()).isEqualTo(b.healthCheck());
      }
      if (p.resources().isEmpty()) {
        assertThat(r.resources()).isEqualTo(b.resources());
      }
      if (p.livenessProbe().isEmpty()) {
        assertThat(r.livenessProbe()).isEqualTo(b.livenessProbe());
      }
      if (p.environment().isEmpty()) {
        assertSameInOrder(r.environment(), b.environment());
      }
      if (p.ports().isEmpty()) {
        assertThat(r.ports()).isEqualTo(b.ports());
      }
      if (p.mounts().isEmpty()) {
        assertThat(r.mounts()).isEqualTo(b.mounts());
      }
      if (p.readinessProbe().isEmpty()) {
        assertThat(r.readinessProbe()).isEqualTo(b.readinessProbe());
      }
      if (p.startupProbe().isEmpty()) {
        assertThat(r.startupProbe()).isEqualTo(b.startupProbe());
      }
      if (p.secrets().isEmpty()) {
        assertSameInOrder(r.secrets(), b.secrets());
      }
      if (p.dependsOn().isEmpty()) {
        assertSameInOrder(r.dependsOn(), b.dependsOn());
      }
      if (p.configMaps().isEmpty()) {
        assertThat(r.configMaps()).isEqualTo(b.configMaps());
      }
      if (p.secretMounts().isEmpty()) {
        assertThat(r.secretMounts()).isEqualTo(b.secretMounts());
      }
      // keys the patch does not name keep their base value
      keptUnnamed(p.labels(), b.labels(), r.labels());
      keptUnnamed(p.environment(), b.environment(), r.environment());
      keptUnnamed(p.secrets(), b.secrets(), r.secrets());
      keptUnnamed(p.dependsOn(), b.dependsOn(), r.dependsOn());
    });
  }

  private static <V> void keptUnnamed(MapPatch<V> patch, Map<String, V> base, Map<String, V> result) {
    base.forEach((key, value) -> {
      if (patch.replacement().isEmpty() && !patch.removals().contains(key) && !patch.upserts().containsKey(key)) {
        assertThat(result).containsEntry(key, value);
      }
    });
  }

  @Test
  void keyedListsKeepBaseOrderAndAppendNewKeys() {
    theory().forAll(containers(), containerPatches()).checkAssert((b, p) -> {
      List<String> expected = new ArrayList<>();
      for (Port port : p.ports().replacement().orElse(b.ports())) {
        if (!p.ports().removals().contains(port.key())) {
          expected.add(port.key());
        }
      }
      for (String key : p.ports().upserts().keySet()) {
        if (!expected.contains(key)) {
          expected.add(key);
        }
      }
      List<String> actual = Patches.apply(b, p).ports().stream().map(Port::key).collect(Collectors.toList());
      assertThat(actual).isEqualTo(expected);
    });
    theory().forAll(workloads(), workloadPatches()).checkAssert((w, p) -> {
      List<String> expected = new ArrayList<>();
      p.sidecars().replacement().orElse(w.sidecars()).forEach(s -> {
        if (!p.sidecars().removals().contains(s.name())) {
          expected.add(s.name());
        }
      });
      p.sidecars().upserts().keySet().forEach(name -> {
        if (!expected.contains(name)) {
          expected.add(name);
        }
      });
      assertThat(Patches.apply(w, p).sidecars()).extracting(Container::name).containsExactlyElementsOf(expected);
    });
  }

  @Test
  void imageNeverHoldsBothSidesAfterAnImagePatch() {
    theory().forAll(containers(), containerPatches(), MergeGenerators.imagePatches())
        .checkAssert((b, p, image) -> {
          ContainerPatch withImage = ContainerPatch.builder().from(p).image(image).build();
          Image result = Patches.apply(b, withImage).image();
          assertThat(result.location().isPresent()).isNotEqualTo(result.build().isPresent());
        });
    Container both = Container.builder().name("x")
        .image(Image.of(java.util.Optional.of("nginx:1"), java.util.Optional.of(Build.dockerfile("Dockerfile"))))
        .build();
    assertThat(Patches.apply(both, ContainerPatch.builder().image("nginx:2").build()).image())
        .isEqualTo(Image.of("nginx:2"));
    assertThat(Patches.apply(both, ContainerPatch.builder()
            .image(ImagePatch.build(BuildPatch.builder().target("prod").build())).build()).image())
        .isEqualTo(Image.building(Build.builder().dockerfile("Dockerfile").target("prod").build()));
  }
}
