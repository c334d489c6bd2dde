package dev.sidecars.model.internal;

import dev.sidecars.model.Catalog;
import dev.sidecars.model.SidecarTemplate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** A {@link Catalog} in memory, guarded by its own lock. */
public final class InMemoryCatalog implements Catalog {
  private final Map<String, SidecarTemplate> templates = new TreeMap<>();

  /**
   * The catalog key of a template: tenant, item id and version, separated by NUL so that no
   * two distinct triples share a key.
   *
   * @param tenantId the tenant
   * @param itemId the item
   * @param version the version, if any
   * @return the key
   */
  public static String key(String tenantId, String itemId, Optional<String> version) {
    return tenantId + '\0' + itemId + '\0' + version.map(v -> "v" + v).orElse("");
  }

  /**
   * The key of a template.
   *
   * @param template the template
   * @return the key
   */
  public static String key(SidecarTemplate template) {
    return key(template.tenantId(), template.itemId(), template.version());
  }

  /**
   * Orders templates by tenant, item id and version.
   *
   * @return the order
   */
  public static Comparator<SidecarTemplate> order() {
    return Comparator.comparing(SidecarTemplate::tenantId)
        .thenComparing(SidecarTemplate::itemId)
        .thenComparing(SidecarTemplate::version, Versions.ORDER);
  }

  @Override
  public synchronized ApplyStatus apply(SidecarTemplate template) {
    Objects.requireNonNull(template, "template");
    SidecarTemplate previous = templates.put(key(template), template);
    if (previous == null) {
      return ApplyStatus.CREATED;
    }
    return previous.equals(template) ? ApplyStatus.UNCHANGED : ApplyStatus.UPDATED;
  }

  @Override
  public synchronized Optional<SidecarTemplate> resolve(String tenantId, String itemId) {
    return templates.values().stream()
        .filter(t -> t.tenantId().equals(tenantId) && t.itemId().equals(itemId))
        .max(Comparator.comparing(SidecarTemplate::version, Versions.ORDER));
  }

  @Override
  public synchronized Optional<SidecarTemplate> resolve(String tenantId, String itemId, String version) {
    return Optional.ofNullable(templates.get(key(tenantId, itemId, Optional.of(version))));
  }

  @Override
  public synchronized List<SidecarTemplate> list() {
    List<SidecarTemplate> all = new ArrayList<>(templates.values());
    all.sort(order());
    return all;
  }
}
