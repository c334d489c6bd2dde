package dev.sidecars.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each element of a model value read from a file came from, by model path. Readers fill
 * it; validation uses it to point at the line of the user's file.
 *
 * <p>Model paths use the model's accessor names: {@code main}, {@code sidecars.nginx} (a
 * container by name), fields after a dot ({@code sidecars.nginx.dependsOn}), map entries after
 * a dot ({@code sidecars.nginx.dependsOn.api}, {@code logging.destination.Name}), and keyed
 * list elements in brackets ({@code main.ports[8080/tcp]}, {@code volumes[data]},
 * {@code sidecars.nginx.mounts[/var/www]}).
 */
public final class SourceMap {
  private static final SourceMap EMPTY = new SourceMap(Map.of());

  private final Map<String, Origin> origins;

  private SourceMap(Map<String, Origin> origins) {
    this.origins = Collections.unmodifiableMap(new LinkedHashMap<>(origins));
  }

  /** @return a map that knows no origins, for values built in code */
  public static SourceMap empty() {
    return EMPTY;
  }

  /**
   * A map of the given origins.
   *
   * @param origins origins by model path
   * @return the map
   */
  public static SourceMap of(Map<String, Origin> origins) {
    return new SourceMap(origins);
  }

  /** @return every origin by model path, in the order read */
  public Map<String, Origin> origins() {
    return origins;
  }

  /**
   * The origin of a model path, or of its nearest recorded ancestor: an unknown
   * {@code sidecars.nginx.ports[80/tcp]} falls back to {@code sidecars.nginx.ports}, then
   * {@code sidecars.nginx}.
   *
   * @param modelPath the model path
   * @return the origin, or empty when neither the path nor an ancestor is recorded
   */
  public Optional<Origin> find(String modelPath) {
    String path = modelPath;
    while (!path.isEmpty()) {
      Origin origin = origins.get(path);
      if (origin != null) {
        return Optional.of(origin);
      }
      path = parent(path);
    }
    return Optional.empty();
  }

  private static String parent(String path) {
    int cut = path.endsWith("]") ? path.lastIndexOf('[') : path.lastIndexOf('.');
    return cut <= 0 ? "" : path.substring(0, cut);
  }

  /**
   * This map with the entries of another laid over it, as when an environment override
   * replaces base values.
   *
   * @param over the map whose entries win
   * @return the combined map
   */
  public SourceMap overlay(SourceMap over) {
    if (over.origins.isEmpty()) {
      return this;
    }
    Map<String, Origin> combined = new LinkedHashMap<>(origins);
    combined.putAll(over.origins);
    return new SourceMap(combined);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SourceMap && ((SourceMap) other).origins.equals(origins);
  }

  @Override
  public int hashCode() {
    return origins.hashCode();
  }

  @Override
  public String toString() {
    return "SourceMap" + origins;
  }
}
