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
 * A change to a keyed list (ports, mounts, ConfigMaps, secret mounts, volumes), with the same
 * three steps as {@link MapPatch}: start from {@link #replacement()} if set, drop the elements
 * whose key is in {@link #removals()}, then upsert {@link #upserts()}: an element with a key
 * already present replaces it in place, a new one is appended in the patch's order.
 *
 * <pre>{@code
 * ListPatch<Port> ports = ListPatch.<Port>empty().upsert(Port.udp(2000)).remove("80/tcp");
 * }</pre>
 *
 * @param <T> the element type
 */
public final class ListPatch<T extends Keyed> extends KeyedChanges<List<T>, T, ListPatch<T>> {
  private static final ListPatch<?> EMPTY = new ListPatch<>(Optional.empty(), Set.of(), Map.of());

  private ListPatch(Optional<List<T>> replacement, Set<String> removals, Map<String, T> upserts) {
    super(replacement.map(l -> Collections.unmodifiableList(new ArrayList<>(l))), removals, upserts);
  }

  @Override
  ListPatch<T> create(Optional<List<T>> replacement, Set<String> removals, Map<String, T> upserts) {
    return new ListPatch<>(replacement, removals, upserts);
  }

  @Override
  List<T> emptyCollection() {
    return List.of();
  }

  /**
   * The patch that changes nothing.
   *
   * @param <T> the element type
   * @return the empty patch
   */
  @SuppressWarnings("unchecked")
  public static <T extends Keyed> ListPatch<T> empty() {
    return (ListPatch<T>) EMPTY;
  }

  /**
   * A patch that upserts each element, in order.
   *
   * @param elements the elements
   * @param <T> the element type
   * @return the patch
   */
  public static <T extends Keyed> ListPatch<T> upsertAll(List<? extends T> elements) {
    // one map for all, as repeated upsert() would copy the map for each element
    Map<String, T> upserts = new LinkedHashMap<>();
    for (T element : elements) {
      upserts.put(Objects.requireNonNull(element.key(), "key"), element);
    }
    return new ListPatch<>(Optional.empty(), Set.of(), upserts);
  }

  /**
   * A patch that replaces the whole list (Copilot's rule for {@code mount_points}).
   *
   * @param elements the new list
   * @param <T> the element type
   * @return the patch
   */
  public static <T extends Keyed> ListPatch<T> replaceWith(List<? extends T> elements) {
    return new ListPatch<>(Optional.of(new ArrayList<>(elements)), Set.of(), Map.of());
  }

  /**
   * This patch, also upserting one element; a removal of its key by this patch is dropped
   * (the last call wins).
   *
   * @param element the element; its key says which base element it replaces
   * @return a new patch
   */
  public ListPatch<T> upsert(T element) {
    return withUpsert(element.key(), element);
  }

  /**
   * This patch, also removing the element with a key; an upsert of that key by this patch is
   * dropped (the last call wins).
   *
   * @param key the key, for example {@code "80/tcp"}
   * @return a new patch
   */
  public ListPatch<T> remove(String key) {
    return withRemoval(key);
  }

  /**
   * Applies this patch to a list. Base elements that share a key (which validation reports)
   * are each replaced by an upsert of that key; none is dropped unless removed.
   *
   * @param base the list to change
   * @return the changed list
   */
  @Override
  public List<T> apply(List<T> base) {
    if (isEmpty()) {
      return base;
    }
    List<T> result = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (T element : replacement().orElse(base)) {
      String key = element.key();
      if (removals().contains(key)) {
        continue;
      }
      seen.add(key);
      result.add(upserts().getOrDefault(key, element));
    }
    upserts().forEach((key, element) -> {
      if (!seen.contains(key)) {
        result.add(element);
      }
    });
    return result;
  }
}
