package dev.sidecars.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A change to the FireLens log router: scalars set here win, the maps are {@link MapPatch}es.
 * Applied to a workload without logging, it turns logging on (Copilot's {@code prod} fixture
 * adds logging in an environment override).
 */
@Value.Immutable
public abstract class LoggingPatch {

  /** @return the new Fluent Bit image, if changed */
  public abstract Optional<String> image();

  /** @return the change to the log driver options */
  @Value.Default
  public MapPatch<String> destination() {
    return MapPatch.empty();
  }

  /** @return the new metadata flag, if changed */
  public abstract Optional<Boolean> enableMetadata();

  /** @return the change to the log driver's secret options */
  @Value.Default
  public MapPatch<SecretRef> secretOptions() {
    return MapPatch.empty();
  }

  /** @return the new config file path, if changed */
  public abstract Optional<String> configFilePath();

  /** @return the change to the router's variables */
  @Value.Default
  public MapPatch<Variable> variables() {
    return MapPatch.empty();
  }

  /** @return the change to the router's secrets */
  @Value.Default
  public MapPatch<SecretRef> secrets() {
    return MapPatch.empty();
  }

  /** @return the new env file, if changed */
  public abstract Optional<String> envFile();

  /** @return the new log retention in days, if changed */
  public abstract Optional<Integer> retention();

  /**
   * Applies this patch to logging settings, or to empty ones when logging is off.
   *
   * @param base the settings, if any
   * @return the changed settings
   */
  public Logging applyTo(Optional<Logging> base) {
    Logging start = base.orElseGet(() -> Logging.builder().build());
    return Logging.builder()
        .image(image().or(start::image))
        .putAllDestination(destination().apply(start.destination()))
        .enableMetadata(enableMetadata().or(start::enableMetadata))
        .putAllSecretOptions(secretOptions().apply(start.secretOptions()))
        .configFilePath(configFilePath().or(start::configFilePath))
        .putAllVariables(variables().apply(start.variables()))
        .putAllSecrets(secrets().apply(start.secrets()))
        .envFile(envFile().or(start::envFile))
        .retention(retention().or(start::retention))
        .build();
  }

  /**
   * This patch followed by another.
   *
   * @param next the patch applied second
   * @return the composed patch
   */
  public LoggingPatch then(LoggingPatch next) {
    return builder()
        .image(next.image().or(this::image))
        .destination(destination().then(next.destination()))
        .enableMetadata(next.enableMetadata().or(this::enableMetadata))
        .secretOptions(secretOptions().then(next.secretOptions()))
        .configFilePath(next.configFilePath().or(this::configFilePath))
        .variables(variables().then(next.variables()))
        .secrets(secrets().then(next.secrets()))
        .envFile(next.envFile().or(this::envFile))
        .retention(next.retention().or(this::retention))
        .build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LoggingPatch}. */
  public static final class Builder extends ImmutableLoggingPatch.Builder {
    Builder() {}
  }
}
