package dev.sidecars.k8s;

/** How sidecars appear in the pod. */
public enum SidecarMode {
  /**
   * Native sidecars (Kubernetes 1.29 and later): init containers with
   * {@code restartPolicy: Always}, started in dependency order before the main container, and
   * stopped after it, so Jobs finish.
   */
  NATIVE,
  /** Extra entries in {@code containers}, for older clusters: no start order is guaranteed. */
  CLASSIC
}
