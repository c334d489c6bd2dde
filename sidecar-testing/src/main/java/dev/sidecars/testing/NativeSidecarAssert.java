package dev.sidecars.testing;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a native sidecar of a pod. */
public final class NativeSidecarAssert extends AbstractAssert<NativeSidecarAssert, Container> {
  private final PodSpec pod;

  NativeSidecarAssert(Container actual, PodSpec pod) {
    super(actual, NativeSidecarAssert.class);
    this.pod = pod;
  }

  /**
   * Checks that Kubernetes starts this sidecar before another container: every init container
   * starts before the pod's containers, and init containers start in order.
   *
   * @param other the other container's Kubernetes name
   * @return this
   */
  public NativeSidecarAssert startsBefore(String other) {
    isNotNull();
    List<String> init = KubernetesResultAssert.names(pod.getInitContainers());
    List<String> main = KubernetesResultAssert.names(pod.getContainers());
    boolean before = main.contains(other) || (init.contains(other) && init.indexOf(actual.getName()) < init.indexOf(other));
    if (!before) {
      failWithMessage("%nExpecting %s to start before:%n  %s%nbut %s", actual.getName(), other,
          init.contains(other) ? "the init containers start in the order " + init
              : "the pod has no container of that name; its init containers are " + init + " and its containers "
                  + main);
    }
    return this;
  }

  /**
   * Checks that the sidecar has a startup probe, so that the containers after it wait until it
   * is started (how the emitter keeps a HEALTHY dependency).
   *
   * @return this
   */
  public NativeSidecarAssert isGatedByStartupProbe() {
    isNotNull();
    if (actual.getStartupProbe() == null) {
      failWithMessage("%nExpecting native sidecar %s to have a startup probe, so that the containers after it wait"
          + " for it%nbut it has none%s", actual.getName(), actual.getLivenessProbe() != null
              || actual.getReadinessProbe() != null ? " (it has a liveness or readiness probe, which gates nothing)" : "");
    }
    return this;
  }
}
