package dev.sidecars.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A change to a container: every field optional, maps and keyed lists with an explicit
 * strategy. The rules, field by field, are in {@code docs/merge.md}:
 *
 * <ul>
 *   <li>a scalar set in the patch wins, an explicit {@code false} or {@code 0} included;
 *   <li>image location and build are either/or: the side the patch sets wins ({@link ImagePatch});
 *   <li>entrypoint and command are replaced whole;
 *   <li>environment, secrets, labels and dependencies are {@link MapPatch}es (upsert by key,
 *       removal only when asked, or replace whole);
 *   <li>ports (by number and protocol), mounts (by path), ConfigMaps and secret mounts (by
 *       name) are {@link ListPatch}es;
 *   <li>the health check and resources merge field by field; probes are replaced whole.
 * </ul>
 *
 * <p>The container's name is not part of a patch: it is the key the patch is applied under.
 *
 * <pre>{@code
 * ContainerPatch prod = ContainerPatch.builder()
 *     .image(ImagePatch.location("ghcr.io/my-sidecar:2.0"))
 *     .environment(MapPatch.<Variable>empty().upsert("LOG_LEVEL", Variable.plain("warn")))
 *     .build();
 * Container instance = prod.applyTo(template.defaults());
 * }</pre>
 */
@Value.Immutable
public abstract class ContainerPatch {
  private static final ContainerPatch EMPTY = builder().build();

  /** @return the change to the image, if any */
  public abstract Optional<ImagePatch> image();

  /** @return the new registry credentials ARN, if changed */
  public abstract Optional<String> credentials();

  /** @return the change to the ports, keyed by number and protocol */
  @Value.Default
  public ListPatch<Port> ports() {
    return ListPatch.empty();
  }

  /** @return the new essential flag, if changed */
  public abstract Optional<Boolean> essential();

  /** @return the new entrypoint, replacing the old one whole, if changed */
  public abstract Optional<List<String>> entrypoint();

  /** @return the new command, replacing the old one whole, if changed */
  public abstract Optional<List<String>> command();

  /** @return the change to the environment variables */
  @Value.Default
  public MapPatch<Variable> environment() {
    return MapPatch.empty();
  }

  /** @return the change to the secrets */
  @Value.Default
  public MapPatch<SecretRef> secrets() {
    return MapPatch.empty();
  }

  /** @return the new env file, if changed */
  public abstract Optional<String> envFile();

  /** @return the change to the mounts, keyed by path */
  @Value.Default
  public ListPatch<Mount> mounts() {
    return ListPatch.empty();
  }

  /** @return the change to the Docker labels */
  @Value.Default
  public MapPatch<String> labels() {
    return MapPatch.empty();
  }

  /** @return the change to the dependencies */
  @Value.Default
  public MapPatch<DependencyCondition> dependsOn() {
    return MapPatch.empty();
  }

  /** @return the change to the health check, merged field by field, if any */
  public abstract Optional<HealthCheckPatch> healthCheck();

  /** @return the new liveness probe, replacing the old one whole, if changed */
  public abstract Optional<Probe> livenessProbe();

  /** @return the new readiness probe, replacing the old one whole, if changed */
  public abstract Optional<Probe> readinessProbe();

  /** @return the new startup probe, replacing the old one whole, if changed */
  public abstract Optional<Probe> startupProbe();

  /** @return the change to the resources, merged bound by bound, if any */
  public abstract Optional<ResourcesPatch> resources();

  /** @return the new read-only root file system setting, if changed */
  public abstract Optional<Boolean> readOnlyRootFilesystem();

  /** @return the change to the ConfigMaps, keyed by name */
  @Value.Default
  public ListPatch<ConfigMap> configMaps() {
    return ListPatch.empty();
  }

  /** @return the change to the secret mounts, keyed by name */
  @Value.Default
  public ListPatch<SecretMount> secretMounts() {
    return ListPatch.empty();
  }

  /** @return the patch that changes nothing */
  public static ContainerPatch empty() {
    return EMPTY;
  }

  /** @return whether applying this patch changes nothing */
  public boolean isEmpty() {
    return equals(EMPTY);
  }

  /**
   * A patch that makes a container look like the given one: every optional field it sets wins,
   * and its maps and lists replace the base's whole. Applied to a container of the same name,
   * fields the given container leaves unset keep the base's values.
   *
   * @param container the container
   * @return the patch
   */
  public static ContainerPatch of(Container container) {
    return builder()
        .image(ImagePatch.of(container.image()))
        .credentials(container.credentials())
        .ports(ListPatch.replaceWith(container.ports()))
        .essential(container.essential())
        .entrypoint(container.entrypoint())
        .command(container.command())
        .environment(MapPatch.replaceWith(container.environment()))
        .secrets(MapPatch.replaceWith(container.secrets()))
        .envFile(container.envFile())
        .mounts(ListPatch.replaceWith(container.mounts()))
        .labels(MapPatch.replaceWith(container.labels()))
        .dependsOn(MapPatch.replaceWith(container.dependsOn()))
        .healthCheck(container.healthCheck().map(HealthCheckPatch::of))
        .livenessProbe(container.livenessProbe())
        .readinessProbe(container.readinessProbe())
        .startupProbe(container.startupProbe())
        .resources(container.resources().map(ResourcesPatch::of))
        .readOnlyRootFilesystem(container.readOnlyRootFilesystem())
        .configMaps(ListPatch.replaceWith(container.configMaps()))
        .secretMounts(ListPatch.replaceWith(container.secretMounts()))
        .build();
  }

  /**
   * Applies this patch to a container.
   *
   * @param base the container to change
   * @return the changed container, with the base's name
   */
  public Container applyTo(Container base) {
    if (isEmpty()) {
      return base;
    }
    return Container.builder()
        .name(base.name())
        .image(image().map(p -> p.applyTo(base.image())).orElse(base.image()))
        .credentials(credentials().or(base::credentials))
        .addAllPorts(ports().apply(base.ports()))
        .essential(essential().or(base::essential))
        .entrypoint(entrypoint().or(base::entrypoint))
        .command(command().or(base::command))
        .putAllEnvironment(environment().apply(base.environment()))
        .putAllSecrets(secrets().apply(base.secrets()))
        .envFile(envFile().or(base::envFile))
        .addAllMounts(mounts().apply(base.mounts()))
        .putAllLabels(labels().apply(base.labels()))
        .putAllDependsOn(dependsOn().apply(base.dependsOn()))
        .healthCheck(healthCheck().map(p -> p.applyTo(base.healthCheck())).or(base::healthCheck))
        .livenessProbe(livenessProbe().or(base::livenessProbe))
        .readinessProbe(readinessProbe().or(base::readinessProbe))
        .startupProbe(startupProbe().or(base::startupProbe))
        .resources(resources().map(p -> p.applyTo(base.resources())).or(base::resources))
        .readOnlyRootFilesystem(readOnlyRootFilesystem().or(base::readOnlyRootFilesystem))
        .addAllConfigMaps(configMaps().apply(base.configMaps()))
        .addAllSecretMounts(secretMounts().apply(base.secretMounts()))
        .build();
  }

  /**
   * Creates a container from this patch alone, as when an override adds a sidecar the base
   * does not have.
   *
   * @param name the new container's name
   * @return the container
   * @throws ModelException when this patch sets no image
   */
  public Container toContainer(String name) {
    if (image().isEmpty()) {
      throw new ModelException(
          "sidecars." + name, "a new container needs an image, and this patch sets none");
    }
    return applyTo(Container.builder().name(name).image(Image.of(Optional.empty(), Optional.empty())).build());
  }

  /**
   * The patch that does what this one does and then {@code next}:
   * {@code a.then(b).applyTo(c)} equals {@code b.applyTo(a.applyTo(c))}.
   *
   * @param next the patch applied second
   * @return the composed patch
   */
  public ContainerPatch then(ContainerPatch next) {
    if (next.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return next;
    }
    return builder()
        .image(Merging.then(image(), next.image(), ImagePatch::then))
        .credentials(next.credentials().or(this::credentials))
        .ports(ports().then(next.ports()))
        .essential(next.essential().or(this::essential))
        .entrypoint(next.entrypoint().or(this::entrypoint))
        .command(next.command().or(this::command))
        .environment(environment().then(next.environment()))
        .secrets(secrets().then(next.secrets()))
        .envFile(next.envFile().or(this::envFile))
        .mounts(mounts().then(next.mounts()))
        .labels(labels().then(next.labels()))
        .dependsOn(dependsOn().then(next.dependsOn()))
        .healthCheck(Merging.then(healthCheck(), next.healthCheck(), HealthCheckPatch::then))
        .livenessProbe(next.livenessProbe().or(this::livenessProbe))
        .readinessProbe(next.readinessProbe().or(this::readinessProbe))
        .startupProbe(next.startupProbe().or(this::startupProbe))
        .resources(Merging.then(resources(), next.resources(), ResourcesPatch::then))
        .readOnlyRootFilesystem(next.readOnlyRootFilesystem().or(this::readOnlyRootFilesystem))
        .configMaps(configMaps().then(next.configMaps()))
        .secretMounts(secretMounts().then(next.secretMounts()))
        .build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ContainerPatch}. */
  public static final class Builder extends ImmutableContainerPatch.Builder {
    Builder() {}

    /**
     * Sets the image to an existing reference, dropping any build.
     *
     * @param location for example {@code "nginx:1.28"}
     * @return this builder
     */
    public Builder image(String location) {
      image(ImagePatch.location(location));
      return this;
    }

    /**
     * Sets the entrypoint from a command line split with shell rules.
     *
     * @param line the command line
     * @return this builder
     * @throws ModelException when a quote is not closed
     */
    public Builder entrypointLine(String line) {
      entrypoint(Container.Builder.split("entrypoint", line));
      return this;
    }

    /**
     * Sets the command from a command line split with shell rules.
     *
     * @param line the command line
     * @return this builder
     * @throws ModelException when a quote is not closed
     */
    public Builder commandLine(String line) {
      command(Container.Builder.split("command", line));
      return this;
    }
  }
}
