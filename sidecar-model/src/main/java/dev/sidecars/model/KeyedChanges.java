package dev.sidecars.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The shared part of {@link MapPatch}, {@link ListPatch} and {@link SidecarsPatch}: an optional
 * replacement of the whole collection, keys to remove, and upserts by key, applied in that
 * order, with the builder rule that the last call for a key wins and one composition rule.
 *
 * @param <C> the collection the patch applies to
 * @param <U> the value an upsert carries
 * @param <P> the concrete patch type
 */
abstract class KeyedChanges<C, U, P extends KeyedChanges<C, U, P>> {
  private final Optional<C> replacement;
  private final Set<String> removals;
  private final Map<String, U> upserts;

  KeyedChanges(Optional<C> replacement, Set<String> removals, Map<String, U> upserts) {
    this.replacement = replacement;
    this.removals = Collections.unmodifiableSet(new LinkedHashSet<>(removals));
    this.upserts = Collections.unmodifiableMap(new LinkedHashMap<>(upserts));
  }

  /** A patch of the concrete type with these parts. */
  abstract P create(Optional<C> replacement, Set<String> removals, Map<String, U> upserts);

  /** The empty collection, to apply a replacing patch to. */
  abstract C emptyCollection();

  /**
   * Applies this patch to a collection.
   *
   * @param base the collection to change
   * @return the changed collection
   */
  public abstract C apply(C base);

  /** Two upserts of one key in a row as one; by default the second replaces the first. */
  U combine(U first, U second) {
    return second;
  }

  /** @return the collection that replaces the base, if this patch replaces it whole */
  public Optional<C> replacement() {
    return replacement;
  }

  /** @return the keys this patch removes, in order */
  public Set<String> removals() {
    return removals;
  }

  /** @return the upserts by key, in order */
  public Map<String, U> upserts() {
    return upserts;
  }

  /** @return whether applying this patch changes nothing */
  public boolean isEmpty() {
    return replacement.isEmpty() && removals.isEmpty() && upserts.isEmpty();
  }

  /** This patch with an upsert; a removal of the same key by this patch is dropped. */
  P withUpsert(String key, U value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    Map<String, U> upserted = new LinkedHashMap<>(upserts);
    upserted.put(key, value);
    Set<String> removed = new LinkedHashSet<>(removals);
    removed.remove(key);
    return create(replacement, removed, upserted);
  }

  /** This patch with a removal; an upsert of the same key by this patch is dropped. */
  P withRemoval(String key) {
    Objects.requireNonNull(key, "key");
    Set<String> removed = new LinkedHashSet<>(removals);
    removed.add(key);
    Map<String, U> upserted = new LinkedHashMap<>(upserts);
    upserted.remove(key);
    return create(replacement, removed, upserted);
  }

  /**
   * The patch that does what this one does and then {@code next}: applying the result equals
   * applying this patch, then {@code next}.
   *
   * @param next the patch applied second
   * @return the composed patch
   */
  @SuppressWarnings("unchecked")
  public P then(P next) {
    KeyedChanges<C, U, P> second = next;
    if (second.replacement.isPresent() || isEmpty()) {
      return next;
    }
    if (second.isEmpty()) {
      return (P) this;
    }
    if (replacement.isPresent()) {
      return create(Optional.of(next.apply(apply(emptyCollection()))), Set.of(), Map.of());
    }
    Set<String> removed = new LinkedHashSet<>(removals);
    removed.addAll(second.removals);
    Map<String, U> upserted = new LinkedHashMap<>(upserts);
    upserted.keySet().removeAll(second.removals);
    second.upserts.forEach((key, value) -> upserted.merge(key, value, this::combine));
    return create(Optional.empty(), removed, upserted);
  }

  @Override
  public boolean equals(Object other) {
    if (other == null || other.getClass() != getClass()) {
      return false;
    }
    KeyedChanges<?, ?, ?> that = (KeyedChanges<?, ?, ?>) other;
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
    StringBuilder text = new StringBuilder(getClass().getSimpleName()).append('{');
    String separator = "";
    if (replacement.isPresent()) {
      text.append("replace=").append(replacement.get());
      separator = ", ";
    }
    if (!removals.isEmpty()) {
      text.append(separator).append("remove=").append(removals);
      separator = ", ";
    }
    if (!upserts.isEmpty()) {
      text.append(separator).append("upsert=").append(upserts);
    }
    return text.append('}').toString();
  }
}
