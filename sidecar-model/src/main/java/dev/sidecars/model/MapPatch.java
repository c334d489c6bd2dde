package dev.sidecars.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A change to a map such as environment variables, secrets, labels or dependencies, with an
 * explicit strategy per key.
 *
 * <p>Applying it to a map takes three steps, in this order: start from {@link #replacement()}
 * if one is set, else from the map; drop the keys in {@link #removals()}; then upsert
 * {@link #upserts()}: a key already present takes the new value in its old position, a new
 * key is appended in the patch's order. A patch built with {@link #upsert} and {@link #remove}
 * never does both to one key (the last call wins); a composed patch ({@link #then}) may, when
 * the first patch removes a key and the second adds it back, and then the key ends up at the
 * end, exactly as applying the two in turn puts it.
 *
 * <pre>{@code
 * MapPatch<String> labels = MapPatch.<String>empty().upsert("team", "platform").remove("owner");
 * }</pre>
 *
 * @param <V> the value type
 */
public final class MapPatch<V> {
  private static final MapPatch<?> EMPTY =
      new MapPatch<>(Optional.empty(), Collections.emptySet(), Collections.emptyMap());

  private final Optional<Map<String, V>> replacement;
  private final Set<String> removals;
  private final Map<String, V> upserts;

  private MapPatch(Optional<Map<String, V>> replacement, Set<String> removals, Map<String, V> upserts) {
    this.replacement = replacement.map(m -> Collections.unmodifiableMap(new LinkedHashMap<>(m)));
    this.removals = Collections.unmodifiableSet(new LinkedHashSet<>(removals));
    this.upserts = Collections.unmodifiableMap(new LinkedHashMap<>(upserts));
  }

  /**
   * The patch that changes nothing.
   *
   * @param <V> the value type
   * @return the empty patch
   */
  @SuppressWarnings("unchecked")
  public static <V> MapPatch<V> empty() {
    return (MapPatch<V>) EMPTY;
  }

  /**
   * A patch that upserts every entry of a map, in its order.
   *
   * @param entries the entries to set
   * @param <V> the value type
   * @return the patch
   */
  public static <V> MapPatch<V> upsertAll(Map<String, ? extends V> entries) {
    return new MapPatch<>(Optional.empty(), Set.of(), new LinkedHashMap<>(entries));
  }

  /**
   * A patch that replaces the whole map.
   *
   * @param entries the new map
   * @param <V> the value type
   * @return the patch
   */
  public static <V> MapPatch<V> replaceWith(Map<String, ? extends V> entries) {
    return new MapPatch<>(Optional.of(new LinkedHashMap<>(entries)), Set.of(), Map.of());
  }

  /**
   * This patch, also setting one key; a removal of the same key by this patch is dropped (the
   * last call wins).
   *
   * @param key the key
   * @param value its new value
   * @return a new patch
   */
  public MapPatch<V> upsert(String key, V value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    Map<String, V> next = new LinkedHashMap<>(upserts);
    next.put(key, value);
    Set<String> removed = new LinkedHashSet<>(removals);
    removed.remove(key);
    return new MapPatch<>(replacement, removed, next);
  }

  /**
   * This patch, also removing one key; an upsert of the same key by this patch is dropped
   * (the last call wins).
   *
   * @param key the key
   * @return a new patch
   */
  public MapPatch<V> remove(String key) {
    Objects.requireNonNull(key, "key");
    Set<String> next = new LinkedHashSet<>(removals);
    next.add(key);
    Map<String, V> upserted = new LinkedHashMap<>(upserts);
    upserted.remove(key);
    return new MapPatch<>(replacement, next, upserted);
  }

  /** @return the map that replaces the base, if this patch replaces it whole */
  public Optional<Map<String, V>> replacement() {
    return replacement;
  }

  /** @return the keys this patch removes, in order */
  public Set<String> removals() {
    return removals;
  }

  /** @return the entries this patch sets, in order */
  public Map<String, V> upserts() {
    return upserts;
  }

  /** @return whether applying this patch changes nothing */
  public boolean isEmpty() {
    return replacement.isEmpty() && removals.isEmpty() && upserts.isEmpty();
  }

  /**
   * Applies this patch to a map.
   *
   * @param base the map to change
   * @return the changed map, in order: kept keys in their order, new keys appended
   */
  public Map<String, V> apply(Map<String, V> base) {
    if (isEmpty()) {
      return base;
    }
    Map<String, V> result = new LinkedHashMap<>(replacement.orElse(base));
    result.keySet().removeAll(removals);
    result.putAll(upserts);
    return result;
  }

  /**
   * The patch that does what this one does and then {@code next}:
   * {@code a.then(b).apply(m)} equals {@code b.apply(a.apply(m))}.
   *
   * @param next the patch applied second
   * @return the composed patch
   */
  public MapPatch<V> then(MapPatch<V> next) {
    if (next.replacement.isPresent() || isEmpty()) {
      return next;
    }
    if (next.isEmpty()) {
      return this;
    }
    if (replacement.isPresent()) {
      return new MapPatch<>(Optional.of(next.apply(apply(Map.of()))), Set.of(), Map.of());
    }
    Set<String> removed = new LinkedHashSet<>(removals);
    removed.addAll(next.removals);
    Map<String, V> upserted = new LinkedHashMap<>(upserts);
    upserted.keySet().removeAll(next.removals);
    upserted.putAll(next.upserts);
    return new MapPatch<>(Optional.empty(), removed, upserted);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof MapPatch)) {
      return false;
    }
    MapPatch<?> that = (MapPatch<?>) other;
    return replacement.equals(that.replacement)
        && removals.equals(that.removals)
        && upserts.equals(that.upserts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(replacement, removals, upserts);
  }

  /** For example {@code MapPatch{replace={...}, remove=[a], upsert={b=1}}}, parts only when set. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("MapPatch{");
    replacement.ifPresent(r -> text.append("replace=").append(r).append(", "));
    if (!removals.isEmpty()) {
      text.append("remove=").append(removals).append(", ");
    }
    if (!upserts.isEmpty()) {
      text.append("upsert=").append(upserts).append(", ");
    }
    if (text.charAt(text.length() - 1) == ' ') {
      text.setLength(text.length() - 2);
    }
    return text.append('}').toString();
  }
}
