package dev.sidecars.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A change to a workload's sidecars, keyed by container name. Same three steps as {@link
 * MapPatch}, except that an upsert is a {@link ContainerPatch}: a sidecar already present is
 * deep-merged field by field (Copilot's rule for {@code environments.<env>.sidecars}), a new
 * one is created from the patch alone and appended.
 */
public final class SidecarsPatch extends KeyedChanges<List<Container>, ContainerPatch, SidecarsPatch> {
  private static final SidecarsPatch EMPTY = new SidecarsPatch(Optional.empty(), Set.of(), Map.of());

  private SidecarsPatch(
      Optional<List<Container>> replacement, Set<String> removals, Map<String, ContainerPatch> upserts) {
    super(replacement.map(l -> Collections.unmodifiableList(new ArrayList<>(l))), removals, upserts);
  }

  @Override
  SidecarsPatch create(
      Optional<List<Container>> replacement, Set<String> removals, Map<String, ContainerPatch> upserts) {
    return new SidecarsPatch(replacement, removals, upserts);
  }

  @Override
  List<Container> emptyCollection() {
    return List.of();
  }

  /** Two changes of one sidecar in a row compose. */
  @Override
  ContainerPatch combine(ContainerPatch first, ContainerPatch second) {
    return first.then(second);
  }

  /** @return the patch that changes nothing */
  public static SidecarsPatch empty() {
    return EMPTY;
  }

  /**
   * A patch that replaces all sidecars.
   *
   * @param sidecars the new sidecars
   * @return the patch
   */
  public static SidecarsPatch replaceWith(List<Container> sidecars) {
    return new SidecarsPatch(Optional.of(sidecars), Set.of(), Map.of());
  }

  /**
   * A patch that changes (or adds) many sidecars at once, in the map's order. Building a patch
   * of n sidecars this way costs n, where n calls of {@link #upsert} cost n&sup2;.
   *
   * @param patches the changes by sidecar name
   * @return the patch
   */
  public static SidecarsPatch upsertAll(Map<String, ContainerPatch> patches) {
    return new SidecarsPatch(Optional.empty(), Set.of(), patches);
  }

  /**
   * This patch, also changing (or adding) one sidecar. An earlier change or removal of the
   * same sidecar in this patch is dropped (the last call wins); use
   * {@link ContainerPatch#then} to combine two changes.
   *
   * @param name the sidecar's name
   * @param patch the change; to add a sidecar it must set an image
   * @return a new patch
   */
  public SidecarsPatch upsert(String name, ContainerPatch patch) {
    return withUpsert(name, patch);
  }

  /**
   * This patch, also adding a sidecar, or making an existing one of the same name look like it
   * (see {@link ContainerPatch#of(Container)}).
   *
   * @param sidecar the sidecar
   * @return a new patch
   */
  public SidecarsPatch add(Container sidecar) {
    return upsert(sidecar.name(), ContainerPatch.of(sidecar));
  }

  /**
   * This patch, also removing a sidecar.
   *
   * @param name the sidecar's name
   * @return a new patch
   */
  public SidecarsPatch remove(String name) {
    return withRemoval(name);
  }

  /**
   * Applies this patch to a list of sidecars.
   *
   * @param base the sidecars
   * @return the changed sidecars: kept ones in their order, new ones appended
   * @throws ModelException when a new sidecar's patch sets no image
   */
  @Override
  public List<Container> apply(List<Container> base) {
    if (isEmpty()) {
      return base;
    }
    List<Container> result = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Container sidecar : replacement().orElse(base)) {
      if (removals().contains(sidecar.name())) {
        continue;
      }
      seen.add(sidecar.name());
      ContainerPatch patch = upserts().get(sidecar.name());
      result.add(patch == null ? sidecar : patch.applyTo(sidecar));
    }
    upserts().forEach((name, patch) -> {
      if (!seen.contains(name)) {
        result.add(patch.toContainer(name));
      }
    });
    return result;
  }
}
