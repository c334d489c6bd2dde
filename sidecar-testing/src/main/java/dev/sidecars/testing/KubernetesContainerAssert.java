package dev.sidecars.testing;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/** Assertions on one container of a pod. */
public final class KubernetesContainerAssert extends AbstractAssert<KubernetesContainerAssert, Container> {

  KubernetesContainerAssert(Container actual) {
    super(actual, KubernetesContainerAssert.class);
  }

  /**
   * Checks an environment variable with a value (not one read from a Secret or ConfigMap).
   *
   * @param name the variable
   * @param value its value
   * @return this
   */
  public KubernetesContainerAssert hasEnv(String name, String value) {
    isNotNull();
    List<EnvVar> env = actual.getEnv() == null ? List.of() : actual.getEnv();
    EnvVar found = env.stream().filter(e -> e.getName().equals(name)).findFirst().orElse(null);
    if (found == null || !value.equals(found.getValue())) {
      failWithMessage("%nExpecting container %s to have the variable:%n  %s=%s%nbut %s", actual.getName(), name, value,
          found == null ? "its variables are " + env.stream().map(EnvVar::getName).collect(Collectors.toList())
              : found.getValue() != null ? "it is " + name + "=" + found.getValue()
              : "it is read from " + (found.getValueFrom().getSecretKeyRef() != null ? "a Secret" : "elsewhere"));
    }
    return this;
  }
}
