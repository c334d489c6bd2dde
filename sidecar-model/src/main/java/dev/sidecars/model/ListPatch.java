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
public final class ListPatch<T extends Keyed> {
  private static final ListPatch<?> EMPTY =
      new ListPatch<>(Optional.empty(), Collections.emptySet(), Collections.emptyMap());

  private final Optional<List<T>> replacement;
  private final Set<String> removals;
  private final Map<String, T> upserts;

  private ListPatch(Optional<List<T>> replacement, Set<String> removals, Map<String, T> upserts) {
    this.replacement = replacement.map(l -> Collections.unmodifiableList(new ArrayList<>(l)));
    this.removals = Collections.unmodifiableSet(new LinkedHashSet<>(removals));
    this.upserts = Collections.unmodifiableMap(new LinkedHashMap<>(upserts));
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
    ListPatch<T> patch = empty();
    for (T element : elements) {
      patch = patch.upsert(element);
    }
    return patch;
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
    Objects.requireNonNull(element, "element");
    Map<String, T> next = new LinkedHashMap<>(upserts);
    next.put(element.key(), element);
    Set<String> removed = new LinkedHashSet<>(removals);
    removed.remove(element.key());
    return new ListPatch<>(replacement, removed, next);
  }

  /**
   * This patch, also removing the element with a key; an upsert of that key by this patch is
   * dropped (the last call wins).
   *
   * @param key the key, for example {@code "80/tcp"}
   * @return a new patch
   */
  public ListPatch<T> remove(String key) {
    Objects.requireNonNull(key, "key");
    Set<String> next = new LinkedHashSet<>(removals);
    next.add(key);
    Map<String, T> upserted = new LinkedHashMap<>(upserts);
    upserted.remove(key);
    return new ListPatch<>(replacement, next, upserted);
  }

  /** @return the list that replaces the base, if this patch replaces it whole */
  public Optional<List<T>> replacement() {
    return replacement;
  }

  /** @return the keys this patch removes, in order */
  public Set<String> removals() {
    return removals;
  }

  /** @return the elements this patch upserts, by key, in order */
  public Map<String, T> upserts() {
    return upserts;
  }

  /** @return whether applying this patch changes nothing */
  public boolean isEmpty() {
    return replacement.isEmpty() && removals.isEmpty() && upserts.isEmpty();
  }

  /**
   * Applies this patch to a list. Base elements that share a key (which validation reports)
   * are each replaced by an upsert of that key; none is dropped unless removed.
   *
   * @param base the list to change
   * @return the changed list
   */
  public List<T> apply(List<T> base) {
    if (isEmpty()) {
      return base;
    }
    List<T> result = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (T element : replacement.orElse(base)) {
      String key = element.key();
      if (removals.contains(key)) {
        continue;
      }
      seen.add(key);
      result.add(upserts.getOrDefault(key, element));
    }
    for (Map.Entry<String, T> upsert : upserts.entrySet()) {
      if (!seen.contains(upsert.getKey())) {
        result.add(upsert.getValue());
      }
    }
    return result;
  }

  /**
   * The patch that does what this one does and then {@code next}.
   *
   * @param next the patch applied second
   * @return the composed patch
   */
  public ListPatch<T> then(ListPatch<T> next) {
    if (next.replacement.isPresent() || isEmpty()) {
      return next;
    }
    if (next.isEmpty()) {
      return this;
    }
    if (replacement.isPresent()) {
      return new ListPatch<>(Optional.of(next.apply(apply(List.of()))), Set.of(), Map.of());
    }
    Set<String> removed = new LinkedHashSet<>(removals);
    removed.addAll(next.removals);
    Map<String, T> upserted = new LinkedHashMap<>(upserts);
    upserted.keySet().removeAll(next.removals);
    upserted.putAll(next.upserts);
    return new ListPatch<>(Optional.empty(), removed, upserted);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ListPatch)) {
      return false;
    }
    ListPatch<?> that = (ListPatch<?>) other;
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
    StringBuilder text = new StringBuilder("ListPatch{");
    replacement.ifPresent(r -> text.append("replace=").append(r).append(", "));
    if (!removals.isEmpty()) {
      text.append("remove=").append(removals).append(", ");
    }
    if (!upserts.isEmpty()) {
      text.append("upsert=").append(upserts.values()).append(", ");
    }
    if (text.charAt(text.length() - 1) == ' ') {
      text.setLength(text.length() - 2);
    }
    return text.append('}').toString();
  }
}
