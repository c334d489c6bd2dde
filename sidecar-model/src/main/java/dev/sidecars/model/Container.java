package dev.sidecars.model;

import dev.sidecars.model.internal.ShellWords;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One container of a workload, main or sidecar, with every field that Copilot's sidecar
 * documents and Mia-Platform's sidecar items name, in target-neutral terms.
 *
 * <p>Build one with {@link #builder()}:
 *
 * <pre>{@code
 * Container envoy = Container.builder()
 *     .name("envoy")
 *     .image("envoyproxy/envoy:v1.31")
 *     .addPort(Port.tcp(9901))
 *     .healthCheck(HealthCheck.cmdShell("curl -f http://localhost:9901/ready || exit 1"))
 *     .build();
 * }</pre>
 *
 * <p>Docker's ENTRYPOINT is {@link #entrypoint()} and Docker's CMD is {@link #command()}
 * (Kubernetes calls them {@code command} and {@code args}).
 */
@Value.Immutable
public abstract class Container {

  /** @return the container name, unique in its workload; never blank */
  public abstract String name();

  /** @return where the image comes from */
  public abstract Image image();

  /**
   * The ARN of a secret holding private registry credentials (Copilot's
   * {@code credentialsParameter} and {@code image.credentials}).
   *
   * @return the credentials ARN, if given
   */
  public abstract Optional<String> credentials();

  /** @return the ports the container listens on, in order, keyed by number and protocol */
  public abstract List<@Valid Port> ports();

  /** @return whether the task stops when this container stops, if given; see {@link #isEssential()} */
  public abstract Optional<Boolean> essential();

  /** @return the entrypoint (Docker ENTRYPOINT), if overridden; an empty list is an override */
  public abstract Optional<List<String>> entrypoint();

  /** @return the command (Docker CMD, Mia {@code defaultArgs}), if overridden */
  public abstract Optional<List<String>> command();

  /** @return environment variables, in order */
  public abstract Map<String, Variable> environment();

  /** @return secrets exposed as environment variables, in order */
  public abstract Map<String, SecretRef> secrets();

  /** @return a {@code .env} file of variables (Copilot's {@code env_file}), if given */
  public abstract Optional<String> envFile();

  /** @return workload volumes mounted into this container, keyed by path */
  public abstract List<@Valid Mount> mounts();

  /** @return Docker labels, in order */
  public abstract Map<String, String> labels();

  /** @return containers this one waits for, with the condition, in order */
  public abstract Map<String, DependencyCondition> dependsOn();

  /** @return the Docker-style health check, if any */
  public abstract Optional<HealthCheck> healthCheck();

  /** @return the Kubernetes liveness probe, if any */
  public abstract Optional<@Valid Probe> livenessProbe();

  /** @return the Kubernetes readiness probe, if any */
  public abstract Optional<@Valid Probe> readinessProbe();

  /** @return the Kubernetes startup probe, if any */
  public abstract Optional<@Valid Probe> startupProbe();

  /** @return CPU and memory bounds, if any */
  public abstract Optional<Resources> resources();

  /**
   * Whether the container's root file system is read-only (Copilot's
   * {@code storage.readonly_fs}, ECS's {@code readonlyRootFilesystem}), if given.
   *
   * @return the setting; unset means writable, as on both platforms
   */
  public abstract Optional<Boolean> readOnlyRootFilesystem();

  /** @return files mounted from ConfigMaps, keyed by name */
  public abstract List<ConfigMap> configMaps();

  /** @return secrets mounted as files, keyed by name */
  public abstract List<SecretMount> secretMounts();

  /**
   * Whether the task stops when this container stops; Copilot and ECS default to true.
   *
   * @return {@code essential().orElse(true)}
   */
  public boolean isEssential() {
    return essential().orElse(true);
  }

  /**
   * Refuses what no target can run, naming the container: a blank name or a blank image
   * reference (a port outside 1-65535 cannot be made at all). What a target may refuse is
   * validation's to report, all at once.
   */
  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new ModelException("name", "a container needs a name, and the one "
          + image().location().map(l -> "with image " + l).orElse("that builds its image") + " has a blank one");
    }
    if (image().location().filter(String::isBlank).isPresent()) {
      throw new ModelException("image", "container " + name() + " has a blank image; give an image reference");
    }
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder initialised from this container, to derive a changed copy.
   *
   * @return a builder holding every field of this container
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.from(this);
    return builder;
  }

  /**
   * Builds a {@link Container}. {@link #build()} throws a {@link ModelException} naming the
   * missing fields when {@code name} or {@code image} is not set.
   */
  public static final class Builder extends ImmutableContainer.Builder {
    Builder() {}

    /**
     * Sets an existing image.
     *
     * @param location the image reference, for example {@code "nginx:1.27"}
     * @return this builder
     */
    public Builder image(String location) {
      image(Image.of(location));
      return this;
    }

    /**
     * Adds a port in Docker notation.
     *
     * @param notation {@code "80"} (TCP) or {@code "2000/udp"}
     * @return this builder
     */
    public Builder addPort(String notation) {
      addPort(Port.parse(notation));
      return this;
    }

    /**
     * Sets the entrypoint to the given words.
     *
     * @param words the program and its arguments
     * @return this builder
     */
    public Builder entrypoint(String... words) {
      entrypoint(List.of(words));
      return this;
    }

    /**
     * Sets the entrypoint from a command line split with shell rules, as Copilot splits its
     * string form: {@code "/bin/sh -c 'echo hi'"} gives {@code [/bin/sh, -c, echo hi]}.
     *
     * @param line the command line
     * @return this builder
     * @throws ModelException when a quote is not closed
     */
    public Builder entrypointLine(String line) {
      entrypoint(split("entrypoint", line));
      return this;
    }

    /**
     * Sets the command (Docker CMD) to the given words.
     *
     * @param words the arguments
     * @return this builder
     */
    public Builder command(String... words) {
      command(List.of(words));
      return this;
    }

    /**
     * Sets the command from a command line split with shell rules.
     *
     * @param line the command line, for example {@code "ps au"}
     * @return this builder
     * @throws ModelException when a quote is not closed
     */
    public Builder commandLine(String line) {
      command(split("command", line));
      return this;
    }

    /**
     * Adds a plain environment variable.
     *
     * @param name the variable name
     * @param value the value
     * @return this builder
     */
    public Builder putEnvironment(String name, String value) {
      putEnvironment(name, Variable.plain(value));
      return this;
    }

    static List<String> split(String field, String line) {
      try {
        return ShellWords.split(line);
      } catch (IllegalArgumentException e) {
        throw new ModelException(field, e.getMessage());
      }
    }
  }
}
