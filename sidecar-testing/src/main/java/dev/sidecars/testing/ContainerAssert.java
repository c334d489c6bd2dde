package dev.sidecars.testing;

import dev.sidecars.model.Container;
import dev.sidecars.model.DependencyCondition;
import dev.sidecars.model.Port;
import dev.sidecars.model.Variable;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/** Assertions on one container of a workload. */
public final class ContainerAssert extends AbstractAssert<ContainerAssert, Container> {
  private final String owner;

  ContainerAssert(Container actual, String owner) {
    super(actual, ContainerAssert.class);
    this.owner = owner;
  }

  /**
   * Checks that this container waits for another to reach a condition.
   *
   * @param container the other container
   * @param condition the condition
   * @return this
   */
  public ContainerAssert dependsOn(String container, DependencyCondition condition) {
    isNotNull();
    DependencyCondition found = actual.dependsOn().get(container);
    if (found != condition) {
      failWithMessage("%nExpecting container %s of %s to depend on:%n  %s %s%nbut %s", actual.name(), owner,
          container, condition, found == null ? "it waits for " + actual.dependsOn() : "it waits for " + container
              + " to reach " + found);
    }
    return this;
  }

  /**
   * Checks that this container waits for no other.
   *
   * @return this
   */
  public ContainerAssert hasNoDependencies() {
    isNotNull();
    if (!actual.dependsOn().isEmpty()) {
      failWithMessage("%nExpecting container %s of %s to wait for no container%nbut it waits for:%n  %s",
          actual.name(), owner, actual.dependsOn());
    }
    return this;
  }

  /**
   * Checks that this container listens on a port (number and protocol; a name does not matter).
   *
   * @param port for example {@code Port.tcp(9901)}
   * @return this
   */
  public ContainerAssert exposes(Port port) {
    isNotNull();
    if (!listensOn(actual, port)) {
      failWithMessage("%nExpecting container %s of %s to listen on:%n  %s%nbut its ports are:%n  %s",
          actual.name(), owner, portText(port), ports(actual));
    }
    return this;
  }

  /**
   * Checks that this container has a plain environment variable with that value.
   *
   * @param name the variable
   * @param value its value
   * @return this
   */
  public ContainerAssert hasEnv(String name, String value) {
    isNotNull();
    Variable found = actual.environment().get(name);
    if (found == null || found.kind() != Variable.Kind.PLAIN || !found.value().equals(value)) {
      failWithMessage("%nExpecting container %s of %s to have the variable:%n  %s=%s%nbut %s", actual.name(), owner,
          name, value, found == null ? "its variables are " + actual.environment().keySet()
              : "it is " + (found.kind() == Variable.Kind.PLAIN ? name + "=" + found.value() : found));
    }
    return this;
  }

  static boolean listensOn(Container container, Port port) {
    return container.ports().stream().anyMatch(p -> p.number() == port.number() && p.protocol() == port.protocol());
  }

  static String portText(Port port) {
    return port.number() + "/" + port.protocol().name().toLowerCase(java.util.Locale.ROOT);
  }

  static List<String> ports(Container container) {
    return container.ports().stream().map(ContainerAssert::portText).collect(Collectors.toList());
  }
}
