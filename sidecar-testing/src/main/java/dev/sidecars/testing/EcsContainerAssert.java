package dev.sidecars.testing;

import dev.sidecars.ecs.EcsContainerDefinition;
import dev.sidecars.ecs.EcsPortMapping;
import dev.sidecars.model.DependencyCondition;
import dev.sidecars.model.Port;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/** Assertions on one container definition of an ECS task definition. */
public final class EcsContainerAssert extends AbstractAssert<EcsContainerAssert, EcsContainerDefinition> {
  private final String family;

  EcsContainerAssert(EcsContainerDefinition actual, String family) {
    super(actual, EcsContainerAssert.class);
    this.family = family;
  }

  /**
   * Checks one entry of {@code dependsOn}.
   *
   * @param container the container waited for
   * @param condition the condition
   * @return this
   */
  public EcsContainerAssert dependsOn(String container, DependencyCondition condition) {
    isNotNull();
    Optional<DependencyCondition> found = actual.dependency(container);
    if (found.filter(condition::equals).isEmpty()) {
      failWithMessage("%nExpecting container %s of task definition %s to depend on:%n  %s %s%nbut its dependsOn is:%n  %s",
          actual.name(), family, container, condition.name(), actual.dependsOn());
    }
    return this;
  }

  /**
   * Checks that the container has a port mapping of that number and protocol.
   *
   * @param port for example {@code Port.tcp(9901)}
   * @return this
   */
  public EcsContainerAssert exposes(Port port) {
    isNotNull();
    String protocol = port.protocol().name().toLowerCase(Locale.ROOT);
    if (actual.portMappings().stream().noneMatch(p -> p.containerPort() == port.number() && p.protocol().equals(protocol))) {
      failWithMessage("%nExpecting container %s of task definition %s to map the port:%n  %s/%s%nbut its portMappings are:%n  %s",
          actual.name(), family, port.number(), protocol,
          actual.portMappings().stream().map(EcsPortMapping::toString).collect(Collectors.toList()));
    }
    return this;
  }

  /**
   * Checks a plain environment variable.
   *
   * @param name the variable
   * @param value its value
   * @return this
   */
  public EcsContainerAssert hasEnv(String name, String value) {
    isNotNull();
    String found = actual.environment().get(name);
    if (!value.equals(found)) {
      failWithMessage("%nExpecting container %s of task definition %s to have the variable:%n  %s=%s%nbut %s",
          actual.name(), family, name, value, found == null
              ? "its variables are " + actual.environment().keySet()
                  + (actual.secrets().containsKey(name) ? ", and " + name + " is a secret" : "")
              : "it is " + name + "=" + found);
    }
    return this;
  }

  /**
   * Checks that the container's logs go to the FireLens router ({@code logDriver: awsfirelens}).
   *
   * @return this
   */
  public EcsContainerAssert routesLogsThroughFireLens() {
    isNotNull();
    if (!actual.routesLogsThroughFireLens()) {
      failWithMessage("%nExpecting container %s of task definition %s to log through FireLens (awsfirelens)%nbut %s",
          actual.name(), family, actual.logConfiguration().map(l -> "its log driver is " + l.logDriver())
              .orElse("it has no logConfiguration"));
    }
    return this;
  }

  /**
   * Checks that the task stops when this container stops.
   *
   * @return this
   */
  public EcsContainerAssert isEssential() {
    isNotNull();
    if (!actual.essential()) {
      failWithMessage("%nExpecting container %s of task definition %s to be essential%nbut it is not",
          actual.name(), family);
    }
    return this;
  }
}
