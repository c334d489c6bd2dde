package dev.sidecars.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A change to a workload's sidecars, keyed by container name. Same three steps as {@link
 * MapPatch}, except that an upsert is a {@link ContainerPatch}: a sidecar already present is
 * deep-merged field by field (Copilot's rule for {@code environments.<env>.sidecars}), a new
 * one is created from the patch alone and appended.
 */
public final class SidecarsPatch {
  private static final SidecarsPatch EMPTY =
      new SidecarsPatch(Optional.empty(), Collections.emptySet(), Collections.emptyMap());

  private final Optional<List<Container>> replacement;
  private final Set<String> removals;
  private final Map<String, ContainerPatch> upserts;

  private SidecarsPatch(
      Optional<List<Container>> replacement, Set<String> removals, Map<String, ContainerPatch> upserts) {
    this.replacement = replacement.map(l -> Collections.unmodifiableList(new ArrayList<>(l)));
    this.removals = Collections.unmodifiableSet(new LinkedHashSet<>(removals));
    this.upserts = Collections.unmodifiableMap(new LinkedHashMap<>(upserts));
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
   * This patch, also changing (or adding) one sidecar. An earlier change or removal of the
   * same sidecar in this patch is dropped (the last call wins); use
   * {@link ContainerPatch#then} to combine two changes.
   *
   * @param name the sidecar's name
   * @param patch the change; to add a sidecar it must set an image
   * @return a new patch
   */
  public SidecarsPatch upsert(String name, ContainerPatch patch) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(patch, "patch");
    Map<String, ContainerPatch> next = new LinkedHashMap<>(upserts);
    next.put(name, patch);
    Set<String> removed = new LinkedHashSet<>(removals);
    removed.remove(name);
    return new SidecarsPatch(replacement, removed, next);
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
    Objects.requireNonNull(name, "name");
    Set<String> next = new LinkedHashSet<>(removals);
    next.add(name);
    Map<String, ContainerPatch> upserted = new LinkedHashMap<>(upserts);
    upserted.remove(name);
    return new SidecarsPatch(replacement, next, upserted);
  }

  /** @return the sidecars that replace the base's, if this patch replaces them all */
  public Optional<List<Container>> replacement() {
    return replacement;
  }

  /** @return the names of the sidecars this patch removes */
  public Set<String> removals() {
    return removals;
  }

  /** @return the changes by sidecar name, in order */
  public Map<String, ContainerPatch> upserts() {
    return upserts;
  }

  /** @return whether applying this patch changes nothing */
  public boolean isEmpty() {
    return replacement.isEmpty() && removals.isEmpty() && upserts.isEmpty();
  }

  /**
   * Applies this patch to a list of sidecars.
   *
   * @param base the sidecars
   * @return the changed sidecars: kept ones in their order, new ones appended
   * @throws ModelException when a new sidecar's patch sets no image
   */
  public List<Container> apply(List<Container> base) {
    if (isEmpty()) {
      return base;
    }
    List<Container> result = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Container sidecar : replacement.orElse(base)) {
      if (removals.contains(sidecar.name())) {
        continue;
      }
      seen.add(sidecar.name());
      ContainerPatch patch = upserts.get(sidecar.name());
      result.add(patch == null ? sidecar : patch.applyTo(sidecar));
    }
    for (Map.Entry<String, ContainerPatch> upsert : upserts.entrySet()) {
      if (!seen.contains(upsert.getKey())) {
        result.add(upsert.getValue().toContainer(upsert.getKey()));
      }
    }
    return result;
  }

  /**
   * This patch followed by another.
   *
   * @param next the patch applied second
   * @return the composed patch
   */
  public SidecarsPatch then(SidecarsPatch next) {
    if (next.replacement.isPresent() || isEmpty()) {
      return next;
    }
    if (next.isEmpty()) {
      return this;
    }
    if (replacement.isPresent()) {
      return replaceWith(next.apply(apply(List.of())));
    }
    Set<String> removed = new LinkedHashSet<>(removals);
    removed.addAll(next.removals);
    Map<String, ContainerPatch> upserted = new LinkedHashMap<>(upserts);
    upserted.keySet().removeAll(next.removals);
    next.upserts.forEach((name, patch) -> upserted.merge(name, patch, ContainerPatch::then));
    return new SidecarsPatch(Optional.empty(), removed, upserted);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof SidecarsPatch)) {
      return false;
    }
    SidecarsPatch that = (SidecarsPatch) other;
    return replacement.equals(that.replacement)
        && removals.equals(that.removals)
        && upserts.equals(that.upserts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(replacement, removals, upserts);
  }

  @Override
  public String toString() {
    return "SidecarsPatch{replace=" + replacement.map(Object::toString).orElse("-")
        + ", remove=" + removals + ", upsert=" + upserts + "}";
  }
}
