package dev.sidecars.k8s.internal;

import dev.sidecars.k8s.KubernetesEmitException;

/** Kubernetes versions as a cluster reports them ({@code 1.29}, {@code v1.30.2}, {@code 1.31+}). */
public final class KubernetesVersions {
  private KubernetesVersions() {}

  /**
   * Whether a version is at least another.
   *
   * @param version the cluster's version
   * @param major the major version asked for
   * @param minor the minor version asked for
   * @return true when {@code version} is {@code major.minor} or later
   * @throws KubernetesEmitException when the version is not one
   */
  public static boolean atLeast(String version, int major, int minor) {
    String[] parts = version.replaceFirst("^v", "").split("\\.");
    try {
      int actualMajor = Integer.parseInt(parts[0]);
      int actualMinor = parts.length > 1 ? Integer.parseInt(parts[1].replaceAll("[^0-9].*", "")) : 0;
      return actualMajor > major || (actualMajor == major && actualMinor >= minor);
    } catch (NumberFormatException e) {
      throw new KubernetesEmitException("kubernetesVersion", "'" + version + "' is not a Kubernetes version such as 1.29");
    }
  }
}
