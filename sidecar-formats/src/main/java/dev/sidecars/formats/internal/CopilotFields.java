package dev.sidecars.formats.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The keys Copilot reads in a workload manifest of each type, from {@code copilot-fields.txt}
 * (derived from Copilot's own Go structs; the file says how). One table serves both the check
 * for unknown keys and the readers, so the two cannot drift apart.
 *
 * <p>A schema path names a place in a manifest with {@code *} for any key of a map and
 * {@code []} for an item of a list: {@code sidecars.*.mount_points[].path}.
 */
public final class CopilotFields {
  /** Copilot's name of the workload type without containers. */
  public static final String STATIC_SITE = "Static Site";

  private static final Map<String, String> CODES = Map.of(
      "Load Balanced Web Service", "LB",
      "Backend Service", "BE",
      "Worker Service", "WK",
      "Scheduled Job", "JOB",
      "Request-Driven Web Service", "RD",
      STATIC_SITE, "SS");

  /** Paths by type code. */
  private static final Map<String, Set<String>> PATHS = load();
  /** Named keys by type code and parent path. */
  private static final Map<String, Map<String, Set<String>>> KEYS = keysByParent();

  private final String type;
  private final Set<String> paths;
  private final Map<String, Set<String>> keys;

  private CopilotFields(String type, String code) {
    this.type = type;
    this.paths = PATHS.get(code);
    this.keys = KEYS.get(code);
  }

  /**
   * The keys of one workload type.
   *
   * @param copilotType Copilot's name of the type, for example {@code "Backend Service"}
   * @return the keys, or empty for a name Copilot does not know
   */
  public static Optional<CopilotFields> of(String copilotType) {
    return Optional.ofNullable(CODES.get(copilotType)).map(code -> new CopilotFields(copilotType, code));
  }

  /** @return Copilot's names of the workload types it knows, in the order of its documentation */
  public static List<String> types() {
    return List.of("Load Balanced Web Service", "Backend Service", "Worker Service", "Scheduled Job",
        "Request-Driven Web Service", STATIC_SITE);
  }

  /** @return Copilot's name of this workload type */
  public String type() {
    return type;
  }

  /**
   * Whether a key exists at a schema path.
   *
   * @param path for example {@code storage.readonly_fs}
   * @return true when Copilot reads it for this type
   */
  public boolean has(String path) {
    return paths.contains(path);
  }

  /**
   * The named keys of the map at a schema path.
   *
   * @param path the map's path, {@code ""} for the root
   * @return its keys, in the table's order
   */
  public Set<String> keys(String path) {
    return keys.getOrDefault(path, Set.of());
  }

  /**
   * Whether the map at a schema path takes any key ({@code variables}, {@code sidecars}).
   *
   * @param path the map's path
   * @return true when it does
   */
  public boolean anyKey(String path) {
    return paths.contains(path.isEmpty() ? "*" : path + ".*");
  }

  /**
   * Whether anything at all may stand below a schema path ({@code taskdef_overrides[].value}).
   *
   * @param path the path
   * @return true when nothing below it is checked
   */
  public boolean open(String path) {
    return paths.contains(path + ".**");
  }

  /**
   * Whether the value at a schema path may be a list.
   *
   * @param path the path
   * @return true when it may
   */
  public boolean list(String path) {
    return paths.contains(path + "[]");
  }

  /**
   * The schema paths of this type that end in a key, for telling where a misplaced key
   * belongs.
   *
   * @param key the key
   * @return the paths, shortest first
   */
  public List<String> placesOf(String key) {
    List<String> found = new ArrayList<>();
    for (String path : paths) {
      if (path.equals(key) || path.endsWith("." + key)) {
        found.add(path);
      }
    }
    found.sort((a, b) -> Integer.compare(a.length(), b.length()));
    return found;
  }

  /**
   * The other workload types that have a key at a schema path.
   *
   * @param path the path
   * @return their Copilot names
   */
  public List<String> otherTypesWith(String path) {
    List<String> others = new ArrayList<>();
    for (String other : types()) {
      if (!other.equals(type) && PATHS.get(CODES.get(other)).contains(path)) {
        others.add(other);
      }
    }
    return others;
  }

  private static Map<String, Map<String, Set<String>>> keysByParent() {
    Map<String, Map<String, Set<String>>> byCode = new LinkedHashMap<>();
    PATHS.forEach((code, paths) -> {
      Map<String, Set<String>> byParent = new LinkedHashMap<>();
      for (String path : paths) {
        int dot = path.lastIndexOf('.');
        String parent = dot < 0 ? "" : path.substring(0, dot);
        String key = dot < 0 ? path : path.substring(dot + 1);
        if (!key.equals("*") && !key.equals("**") && !key.endsWith("[]")) {
          byParent.computeIfAbsent(parent, p -> new LinkedHashSet<>()).add(key);
        }
      }
      byCode.put(code, byParent);
    });
    return byCode;
  }

  private static Map<String, Set<String>> load() {
    Map<String, Set<String>> byCode = new LinkedHashMap<>();
    CODES.values().forEach(code -> byCode.put(code, new LinkedHashSet<>()));
    try (InputStream in = CopilotFields.class.getResourceAsStream("copilot-fields.txt")) {
      if (in == null) {
        throw new IllegalStateException("copilot-fields.txt is missing from the sidecar-formats jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.trim().split("\\s+");
        for (String code : columns[0].split(",")) {
          byCode.get(code).add(columns[1]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byCode.replaceAll((code, paths) -> Collections.unmodifiableSet(paths));
    return Collections.unmodifiableMap(byCode);
  }
}
