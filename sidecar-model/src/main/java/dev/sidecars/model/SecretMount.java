package dev.sidecars.model;

import org.immutables.value.Value;

/** A secret's files mounted into a container at a directory (Mia-Platform's {@code defaultSecrets}). */
@Value.Immutable
public abstract class SecretMount implements Keyed {

  /** @return the secret's name */
  @Value.Parameter
  public abstract String name();

  /** @return the directory the secret's files appear in */
  @Value.Parameter
  public abstract String mountPath();

  /**
   * A secret mount.
   *
   * @param name the secret name
   * @param mountPath the directory
   * @return the mount
   */
  public static SecretMount of(String name, String mountPath) {
    return ImmutableSecretMount.of(name, mountPath);
  }

  /** {@code name -> mountPath}. */
  @Override
  public String toString() {
    return name() + " -> " + mountPath();
  }

  /**
   * The key of a secret mount in its container: the secret name.
   *
   * @return the key
   */
  @Override
  public String key() {
    return name();
  }
}
