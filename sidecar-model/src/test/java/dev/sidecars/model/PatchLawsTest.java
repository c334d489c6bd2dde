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
