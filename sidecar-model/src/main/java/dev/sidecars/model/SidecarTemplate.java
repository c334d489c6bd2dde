package dev.sidecars.model;

import jakarta.validation.Valid;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
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

  /**
   * How a catalog names the template: {@code TENANT/ITEM}, and {@code @VERSION} when it is
   * versioned ({@code acme/otel-collector@1.2.0}).
   *
   * @return the reference
   */
  public String reference() {
    return tenantId() + "/" + itemId() + version().map(v -> "@" + v).orElse("");
  }

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
   * What the main container of a workload the sidecar is attached to waits for: a proxy's
   * {@code HEALTHY}, a setup job's {@code SUCCESS}. {@code sidecar inject} adds the dependency
   * with the sidecar (on Kubernetes, the native sidecar's start order, startup probe or init
   * container does).
   *
   * @return the condition, or empty when the main container does not wait for the sidecar
   */
  public abstract Optional<DependencyCondition> mainDependsOn();

  /**
   * Whether the sidecar is a FireLens log router (Fluent Bit), and the log options of the
   * main container it routes: attached on ECS, the sidecar gets the FireLens configuration and
   * the main container logs through it ({@code awsfirelens}) with these options, Copilot's
   * {@code logging.destination}. Kubernetes has no FireLens: there it is a sidecar like any
   * other.
   *
   * @return the options (empty for none), or empty when the sidecar routes no logs
   */
  public abstract Optional<Map<String, String>> logRouter();

  private static final Class<?> FROZEN = Collections.unmodifiableMap(new LinkedHashMap<>()).getClass();

  /** Keeps the log router's options as given, in order, and out of the caller's reach. */
  @Value.Check
  protected SidecarTemplate freeze() {
    Optional<Map<String, String>> options = logRouter();
    if (options.isEmpty() || options.get().getClass() == FROZEN) {
      return this;
    }
    return builder().from(this).logRouter(Collections.unmodifiableMap(new LinkedHashMap<>(options.get()))).build();
  }

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
