package dev.sidecars.model;

import java.util.Optional;
import jakarta.validation.Valid;
import org.immutables.value.Value;

/**
 * A reusable sidecar published to a catalog (Mia-Platform's marketplace item of type
 * {@code sidecar}): who publishes it, what it is, and the container it gives by default.
 *
 * <p>Identity is tenant, item id and, where the catalog versions items, the version.
 */
@Value.Immutable
public abstract class SidecarTemplate {

  /** @return the publishing tenant (company) id, Mia's {@code tenantId} */
  public abstract String tenantId();

  /** @return the item id, unique in the tenant, Mia's {@code itemId} */
  public abstract String itemId();

  /** @return the version, if the catalog versions this item */
  public abstract Optional<String> version();

  /** @return the display name, Mia's top-level {@code name} */
  public abstract String title();

  /** @return a description for the catalog, if given */
  public abstract Optional<String> description();

  /** @return where the sidecar is documented, if given */
  public abstract Optional<Documentation> documentation();

  /** @return the container an instance starts from, Mia's {@code resources} */
  @Valid
  public abstract Container defaults();

  /**
   * The container a service gets when it attaches this sidecar with its own changes: the
   * template's defaults with the patch applied. The template itself does not change.
   *
   * @param patch the service's changes, or {@link ContainerPatch#empty()}
   * @return the instance
   */
  public Container instantiate(ContainerPatch patch) {
    return patch.applyTo(defaults());
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link SidecarTemplate}. {@link #build()} throws a {@link ModelException} naming
   * the missing fields.
   */
  public static final class Builder extends ImmutableSidecarTemplate.Builder {
    Builder() {}
  }
}
