package dev.sidecars.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reference to a secret held by a secret store; the model never holds a secret's value.
 *
 * <table>
 * <caption>Sources and what {@link #name()} and {@link #key()} hold</caption>
 * <tr><th>source</th><th>name()</th><th>key()</th><th>from</th></tr>
 * <tr><td>{@link Source#SSM_PARAMETER}</td><td>parameter name or ARN</td><td>empty</td>
 * <td>Copilot string</td></tr>
 * <tr><td>{@link Source#SECRETS_MANAGER}</td><td>secret name, may be
 * {@code name:jsonkey::}</td><td>empty</td><td>Copilot {@code secretsmanager}</td></tr>
 * <tr><td>{@link Source#IMPORTED}</td><td>CloudFormation export holding an SSM name or
 * ARN</td><td>empty</td><td>Copilot {@code from_cfn}</td></tr>
 * <tr><td>{@link Source#KUBERNETES}</td><td>Secret name</td><td>key in the Secret</td>
 * <td>Mia {@code secret} variable</td></tr>
 * </table>
 */
@Value.Immutable
public abstract class SecretRef {

  /** The store a secret lives in. */
  public enum Source {
    /** AWS Systems Manager Parameter Store. */
    SSM_PARAMETER,
    /** AWS Secrets Manager. */
    SECRETS_MANAGER,
    /** An SSM parameter whose name or ARN is a CloudFormation export. */
    IMPORTED,
    /** A key of a Kubernetes Secret. */
    KUBERNETES
  }

  /** @return the store */
  public abstract Source source();

  /** @return the parameter, secret or export name, by {@link #source()} */
  public abstract String name();

  /** @return the key in a Kubernetes Secret; empty for the other sources */
  public abstract Optional<String> key();

  @Value.Check
  void check() {
    if (source() == Source.KUBERNETES && key().isEmpty()) {
      throw new ModelException("secrets", "a Kubernetes secret reference needs a key");
    }
    if (source() != Source.KUBERNETES && key().isPresent()) {
      throw new ModelException("secrets", "only a Kubernetes secret reference has a key");
    }
  }

  /**
   * An SSM parameter, by name ({@code /app/db/password}) or ARN.
   *
   * @param nameOrArn the parameter name or ARN
   * @return the reference
   */
  public static SecretRef ssm(String nameOrArn) {
    return ImmutableSecretRef.builder().source(Source.SSM_PARAMETER).name(nameOrArn).build();
  }

  /**
   * A Secrets Manager secret, by name; {@code name:jsonkey::} selects a JSON key.
   *
   * @param name the secret name
   * @return the reference
   */
  public static SecretRef secretsManager(String name) {
    return ImmutableSecretRef.builder().source(Source.SECRETS_MANAGER).name(name).build();
  }

  /**
   * An SSM parameter whose name or ARN is exported by another CloudFormation stack.
   *
   * @param exportName the export name
   * @return the reference
   */
  public static SecretRef imported(String exportName) {
    return ImmutableSecretRef.builder().source(Source.IMPORTED).name(exportName).build();
  }

  /**
   * A key of a Kubernetes Secret.
   *
   * @param secretName the Secret's name
   * @param key the key in the Secret
   * @return the reference
   */
  public static SecretRef kubernetes(String secretName, String key) {
    return ImmutableSecretRef.builder()
        .source(Source.KUBERNETES)
        .name(secretName)
        .key(key)
        .build();
  }

  /** The reference, for example {@code secretsmanager:demo/mysql}; never a value. */
  @Override
  public String toString() {
    switch (source()) {
      case SSM_PARAMETER:
        return "ssm:" + name();
      case SECRETS_MANAGER:
        return "secretsmanager:" + name();
      case IMPORTED:
        return "from_cfn:" + name();
      default:
        return "secret:" + name() + "/" + key().orElse("");
    }
  }
}
