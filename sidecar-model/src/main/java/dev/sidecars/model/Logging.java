package dev.sidecars.model;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The FireLens log-routing pattern: a Fluent Bit router container that receives the main
 * container's logs through the {@code awsfirelens} log driver. Copilot's {@code logging}.
 */
@Value.Immutable
public abstract class Logging {
  /** The image Copilot runs when none is given. */
  public static final String DEFAULT_IMAGE =
      "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable";

  /** @return the Fluent Bit image, if given; see {@link #imageOrDefault()} */
  public abstract Optional<String> image();

  /** @return options passed to the log driver (Fluent Bit output settings), in order */
  public abstract Map<String, String> destination();

  /** @return whether to add ECS metadata to log records, if given (default true) */
  public abstract Optional<Boolean> enableMetadata();

  /** @return secrets passed to the log driver's options, in order */
  public abstract Map<String, SecretRef> secretOptions();

  /** @return the path of a config file inside a custom Fluent Bit image, if given */
  public abstract Optional<String> configFilePath();

  /** @return environment variables of the router container, in order */
  public abstract Map<String, Variable> variables();

  /** @return secrets exposed to the router container, in order */
  public abstract Map<String, SecretRef> secrets();

  /** @return a {@code .env} file of variables for the router container, if given */
  public abstract Optional<String> envFile();

  /** @return days to keep the workload's log group, if given (Copilot default 30) */
  public abstract Optional<Integer> retention();

  /**
   * Whether these settings route logs through a FireLens router. Copilot's rule: every field
   * but {@link #retention()} turns the router on; {@code logging: {retention: 7}} alone only
   * sets how long the log group keeps logs.
   *
   * @return true when any field other than retention is set
   */
  public boolean routesLogs() {
    return image().isPresent() || !destination().isEmpty() || enableMetadata().isPresent()
        || !secretOptions().isEmpty() || configFilePath().isPresent() || !variables().isEmpty()
        || !secrets().isEmpty() || envFile().isPresent();
  }

  /** @return the image, or {@link #DEFAULT_IMAGE} */
  public String imageOrDefault() {
    return image().orElse(DEFAULT_IMAGE);
  }

  /** @return whether ECS metadata is added, default {@code true} */
  public boolean isMetadataEnabled() {
    return enableMetadata().orElse(true);
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Logging}. */
  public static final class Builder extends ImmutableLogging.Builder {
    Builder() {}
  }
}
