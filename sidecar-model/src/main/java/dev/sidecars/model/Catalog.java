package dev.sidecars.model;

import dev.sidecars.model.internal.InMemoryCatalog;
import java.util.List;
import java.util.Optional;

/**
 * A catalog of published sidecar templates, keyed by tenant, item id and version, with the
 * contract of {@code miactl marketplace apply}: publishing a template answers whether it was
 * created, updated or already there unchanged.
 *
 * <pre>{@code
 * Catalog catalog = Catalog.inMemory();
 * catalog.apply(mySidecar);                                  // CREATED
 * catalog.apply(mySidecar);                                  // UNCHANGED
 * SidecarTemplate latest = catalog.resolve("my-tenant-id", "my-sidecar").orElseThrow();
 * }</pre>
 *
 * <p>"Latest" is the highest version: versions compare part by part, numbers as numbers
 * ({@code 1.10.0 > 1.9.0}), a pre-release below its release ({@code 2.0.0-rc.1 < 2.0.0}), and a
 * template without a version below every versioned one. {@code sidecar-formats} has a
 * directory-backed catalog.
 */
public interface Catalog {

  /** What {@link #apply(SidecarTemplate)} did. */
  enum ApplyStatus {
    /** No template had this tenant, item id and version; it was added. */
    CREATED,
    /** A different template had this tenant, item id and version; it was replaced. */
    UPDATED,
    /** An equal template was already there; nothing changed. */
    UNCHANGED
  }

  /**
   * Publishes a template, replacing one with the same tenant, item id and version.
   *
   * @param template the template
   * @return whether it was created, updated or unchanged
   */
  ApplyStatus apply(SidecarTemplate template);

  /**
   * The latest template of an item.
   *
   * @param tenantId the tenant
   * @param itemId the item
   * @return the template with the highest version, or empty when the item is unknown
   */
  Optional<SidecarTemplate> resolve(String tenantId, String itemId);

  /**
   * One version of an item.
   *
   * @param tenantId the tenant
   * @param itemId the item
   * @param version the version
   * @return the template, or empty when there is no such version
   */
  Optional<SidecarTemplate> resolve(String tenantId, String itemId, String version);

  /** @return every template, by tenant, item id and version */
  List<SidecarTemplate> list();

  /** @return a new, empty catalog held in memory; safe for use from several threads */
  static Catalog inMemory() {
    return new InMemoryCatalog();
  }
}
