package dev.sidecars.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The value of an environment variable: a plain text, or a reference resolved where the
 * container runs.
 *
 * <table>
 * <caption>Kinds and what {@link #value()} and {@link #key()} hold</caption>
 * <tr><th>kind</th><th>value()</th><th>key()</th><th>from</th></tr>
 * <tr><td>{@link Kind#PLAIN}</td><td>the text</td><td>empty</td><td>Copilot string, Mia
 * {@code plain}</td></tr>
 * <tr><td>{@link Kind#IMPORTED}</td><td>CloudFormation export name</td><td>empty</td>
 * <td>Copilot {@code from_cfn}</td></tr>
 * <tr><td>{@link Kind#CONFIG_MAP}</td><td>ConfigMap name</td><td>file (key) name</td>
 * <td>Mia {@code configmap}</td></tr>
 * <tr><td>{@link Kind#FIELD}</td><td>field path</td><td>container name, for resource
 * fields</td><td>Mia {@code downwardAPI}</td></tr>
 * </table>
 */
@Value.Immutable
public abstract class Variable {

  /** Where the value comes from. */
  public enum Kind {
    /** The value is the text itself. */
    PLAIN,
    /** The value is a CloudFormation export, imported with {@code Fn::ImportValue}. */
    IMPORTED,
    /** The value is one key of a Kubernetes ConfigMap. */
    CONFIG_MAP,
    /** The value is a pod or container field (Kubernetes downward API). */
    FIELD
  }

  /** @return where the value comes from */
  public abstract Kind kind();

  /** @return the text, export name, ConfigMap name or field path, by {@link #kind()} */
  public abstract String value();

  /** @return the ConfigMap key or, for a resource field, the container name */
  public abstract Optional<String> key();

  @Value.Check
  void check() {
    boolean keyed = kind() == Kind.CONFIG_MAP;
    if (keyed && key().isEmpty()) {
      throw new ModelException("environment", "a ConfigMap variable needs the key to read");
    }
    if ((kind() == Kind.PLAIN || kind() == Kind.IMPORTED) && key().isPresent()) {
      throw new ModelException("environment", "a " + kind() + " variable has no key");
    }
  }

  /**
   * A plain value.
   *
   * @param text the value
   * @return the variable
   */
  public static Variable plain(String text) {
    return ImmutableVariable.builder().kind(Kind.PLAIN).value(text).build();
  }

  /**
   * A CloudFormation export imported at deploy time (Copilot's {@code from_cfn}).
   *
   * @param exportName the export name
   * @return the variable
   */
  public static Variable imported(String exportName) {
    return ImmutableVariable.builder().kind(Kind.IMPORTED).value(exportName).build();
  }

  /**
   * One key of a Kubernetes ConfigMap.
   *
   * @param configMap the ConfigMap name
   * @param key the key (Mia's {@code configMapFileName})
   * @return the variable
   */
  public static Variable fromConfigMap(String configMap, String key) {
    return ImmutableVariable.builder().kind(Kind.CONFIG_MAP).value(configMap).key(key).build();
  }

  /**
   * A pod field, for example {@code metadata.name} or {@code status.podIP}.
   *
   * @param fieldPath the field path
   * @return the variable
   */
  public static Variable fromField(String fieldPath) {
    return ImmutableVariable.builder().kind(Kind.FIELD).value(fieldPath).build();
  }

  /**
   * A resource field of a container, for example {@code resource.limits.cpu}.
   *
   * @param containerName the container whose resources are read
   * @param fieldPath the field path
   * @return the variable
   */
  public static Variable fromResource(String containerName, String fieldPath) {
    return ImmutableVariable.builder()
        .kind(Kind.FIELD)
        .value(fieldPath)
        .key(containerName)
        .build();
  }

  /** The plain text, or the reference in a readable form such as {@code from_cfn:MyDB}. */
  @Override
  public String toString() {
    switch (kind()) {
      case PLAIN:
        return value();
      case IMPORTED:
        return "from_cfn:" + value();
      case CONFIG_MAP:
        return "configMap:" + value() + "/" + key().orElse("");
      default:
        return "field:" + value() + key().map(k -> "@" + k).orElse("");
    }
  }
}
