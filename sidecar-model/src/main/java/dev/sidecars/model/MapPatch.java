package dev.sidecars.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
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
public final class MapPatch<V> extends KeyedChanges<Map<String, V>, V, MapPatch<V>> {
  private static final MapPatch<?> EMPTY = new MapPatch<>(Optional.empty(), Set.of(), Map.of());

  private MapPatch(Optional<Map<String, V>> replacement, Set<String> removals, Map<String, V> upserts) {
    super(replacement.map(m -> Collections.unmodifiableMap(new LinkedHashMap<>(m))), removals, upserts);
  }

  @Override
  MapPatch<V> create(Optional<Map<String, V>> replacement, Set<String> removals, Map<String, V> upserts) {
    return new MapPatch<>(replacement, removals, upserts);
  }

  @Override
  Map<String, V> emptyCollection() {
    return Map.of();
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
    return withUpsert(key, value);
  }

  /**
   * This patch, also removing one key; an upsert of the same key by this patch is dropped
   * (the last call wins).
   *
   * @param key the key
   * @return a new patch
   */
  public MapPatch<V> remove(String key) {
    return withRemoval(key);
  }

  /**
   * Applies this patch to a map.
   *
   * @param base the map to change
   * @return the changed map, in order: kept keys in their order, new keys appended
   */
  @Override
  public Map<String, V> apply(Map<String, V> base) {
    if (isEmpty()) {
      return base;
    }
    Map<String, V> result = new LinkedHashMap<>(replacement().orElse(base));
    result.keySet().removeAll(removals());
    result.putAll(upserts());
    return result;
  }
}
