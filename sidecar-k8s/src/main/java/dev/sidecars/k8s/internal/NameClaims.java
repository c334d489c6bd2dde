package dev.sidecars.k8s.internal;

import dev.sidecars.k8s.KubernetesEmitException;
import java.util.HashMap;
import java.util.Map;

/**
 * The Kubernetes names of one kind of object in a pod (containers, volumes, ConfigMaps,
 * Secrets), each derived from a model name: two model names that become one Kubernetes name
 * are an error naming both, never two objects with one name.
 */
public final class NameClaims {
  private final String kind;
  private final Map<String, String> owners = new HashMap<>();

  /**
   * Creates the claims of one kind.
   *
   * @param kind the objects' kind in messages, plural, for example {@code "containers"}
   */
  public NameClaims(String kind) {
    this.kind = kind;
  }

  /**
   * Claims a Kubernetes name for a model name.
   *
   * @param name the Kubernetes name
   * @param owner the model name it was derived from
   * @param path the model path of the claiming element, which an error names
   * @return true when the name is new, false when the same owner claimed it before
   * @throws KubernetesEmitException when another owner claimed it
   */
  public boolean claim(String name, String owner, String path) {
    String previous = owners.putIfAbsent(name, owner);
    if (previous != null && !previous.equals(owner)) {
      throw new KubernetesEmitException(path, "the " + kind + " " + previous + " and " + owner + " are both named " + name
          + " in Kubernetes; rename one");
    }
    return previous == null;
  }
}
