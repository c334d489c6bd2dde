package dev.sidecars.testing;

import dev.sidecars.k8s.KubernetesResult;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/** Assertions on what the Kubernetes emitter made. */
public final class KubernetesResultAssert extends AbstractAssert<KubernetesResultAssert, KubernetesResult> {

  KubernetesResultAssert(KubernetesResult actual) {
    super(actual, KubernetesResultAssert.class);
  }

  /**
   * Moves to a native sidecar: an init container with {@code restartPolicy: Always}.
   *
   * @param name the sidecar's Kubernetes name
   * @return its assertions
   */
  public NativeSidecarAssert nativeSidecar(String name) {
    isNotNull();
    PodSpec pod = actual.podSpec();
    List<Container> init = pod.getInitContainers() == null ? List.of() : pod.getInitContainers();
    Container sidecar = init.stream().filter(c -> c.getName().equals(name)).findFirst().orElse(null);
    if (sidecar == null || !"Always".equals(sidecar.getRestartPolicy())) {
      String where = sidecar != null ? "it is an init container that runs to completion (no restartPolicy: Always)"
          : names(pod.getContainers()).contains(name) ? "it is a classic container of the pod, not an init container"
          : "the pod has no container of that name; its init containers are " + names(init) + " and its containers "
              + names(pod.getContainers());
      failWithMessage("%nExpecting the pod to run %s as a native sidecar (an init container with restartPolicy: Always)"
          + "%nbut %s", name, where);
    }
    return new NativeSidecarAssert(sidecar, pod);
  }

  /**
   * Moves to any container of the pod, init containers included.
   *
   * @param name the container's Kubernetes name
   * @return its assertions
   */
  public KubernetesContainerAssert container(String name) {
    isNotNull();
    List<Container> all = all(actual.podSpec());
    Container container = all.stream().filter(c -> c.getName().equals(name)).findFirst().orElse(null);
    if (container == null) {
      failWithMessage("%nExpecting the pod to have a container named:%n  %s%nbut its containers are:%n  %s",
          name, names(all));
    }
    return new KubernetesContainerAssert(container);
  }

  static List<Container> all(PodSpec pod) {
    List<Container> all = new ArrayList<>();
    if (pod.getInitContainers() != null) {
      all.addAll(pod.getInitContainers());
    }
    if (pod.getContainers() != null) {
      all.addAll(pod.getContainers());
    }
    return all;
  }

  static List<String> names(List<Container> containers) {
    return containers == null ? List.of() : containers.stream().map(Container::getName).collect(Collectors.toList());
  }
}
