package dev.sidecars.k8s.internal;

import dev.sidecars.model.ConfigMap;
import dev.sidecars.model.Container;
import dev.sidecars.model.SecretMount;
import dev.sidecars.model.Volume;
import dev.sidecars.model.Workload;
import java.util.Locale;
import java.util.regex.Pattern;

/** Kubernetes names derived by documented rules (docs/mapping.md). */
public final class Names {
  private static final Pattern OTHER = Pattern.compile("[^a-z0-9]+");
  private static final Pattern DASHES_AT_ENDS = Pattern.compile("^-+|-+$");
  private static final Pattern VALID = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");

  private Names() {}

  /**
   * A DNS-1123 label from any text: lower case, every run of other characters a {@code -},
   * no {@code -} at the ends, at most 63 characters.
   *
   * @param text the text
   * @return the label, {@code x} when nothing is left
   */
  public static String label(String text) {
    if (VALID.matcher(text).matches()) {
      return text;
    }
    String label = DASHES_AT_ENDS.matcher(OTHER.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
    if (label.length() > 63) {
      label = DASHES_AT_ENDS.matcher(label.substring(0, 63)).replaceAll("");
    }
    return label.isEmpty() ? "x" : label;
  }

  /** The ConfigMap that holds the values of CloudFormation exports a workload imports. */
  public static final String EXPORTS_CONFIG_MAP = "cloudformation-exports";

  /**
   * A ConfigMap key from any text: every character but letters, digits, {@code -}, {@code _}
   * and {@code .} becomes {@code -}.
   *
   * @param text the text, for example a CloudFormation export's name
   * @return the key
   */
  public static String configMapKey(String text) {
    String key = text.replaceAll("[^-._a-zA-Z0-9]", "-");
    return key.isEmpty() ? "x" : key;
  }

  /**
   * The ConfigMap an env file becomes.
   *
   * @param c the container
   * @return {@code label(<container>-env)}
   */
  public static String envFileConfigMap(Container c) {
    return label(c.name() + "-env");
  }

  /**
   * The pod volume of a container's ConfigMap.
   *
   * @param c the container
   * @param configMap its ConfigMap
   * @return {@code label(<container>-<configmap>)}
   */
  public static String configMapVolume(Container c, ConfigMap configMap) {
    return label(c.name() + "-" + configMap.name());
  }

  /**
   * The pod volume of a secret mount, shared by the containers that mount the same Secret.
   *
   * @param secret the mount
   * @return {@code label(secret-<name>)}
   */
  public static String secretVolume(SecretMount secret) {
    return label("secret-" + secret.name());
  }

  /**
   * The PersistentVolumeClaim of an EFS volume.
   *
   * @param workload the workload
   * @param volume its volume
   * @return {@code label(<workload>-<volume>)}
   */
  public static String claim(Workload workload, Volume volume) {
    return label(workload.name() + "-" + volume.name());
  }
}
