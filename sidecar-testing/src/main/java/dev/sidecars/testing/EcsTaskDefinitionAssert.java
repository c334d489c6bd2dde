package dev.sidecars.testing;

import dev.sidecars.ecs.EcsContainerDefinition;
import dev.sidecars.ecs.EcsTaskDefinition;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/** Assertions on an {@link EcsTaskDefinition}. */
public final class EcsTaskDefinitionAssert extends AbstractAssert<EcsTaskDefinitionAssert, EcsTaskDefinition> {

  EcsTaskDefinitionAssert(EcsTaskDefinition actual) {
    super(actual, EcsTaskDefinitionAssert.class);
  }

  /**
   * Moves to one container definition.
   *
   * @param name the container's name
   * @return its assertions
   */
  public EcsContainerAssert container(String name) {
    isNotNull();
    EcsContainerDefinition container = actual.container(name).orElse(null);
    if (container == null) {
      failWithMessage("%nExpecting task definition %s to have a container named:%n  %s%nbut its containers are:%n  %s",
          actual.family(), name, actual.containerNames());
    }
    return new EcsContainerAssert(container, actual.family());
  }

  /**
   * Checks that the task's logs go through a FireLens router: a container with a
   * {@code firelensConfiguration}, and a container whose log driver is {@code awsfirelens}.
   *
   * @return this
   */
  public EcsTaskDefinitionAssert routesLogsThroughFireLens() {
    isNotNull();
    List<String> routers = actual.containerDefinitions().stream()
        .filter(c -> c.firelensConfiguration().isPresent()).map(EcsContainerDefinition::name)
        .collect(Collectors.toList());
    List<String> routed = actual.containerDefinitions().stream()
        .filter(EcsContainerDefinition::routesLogsThroughFireLens).map(EcsContainerDefinition::name)
        .collect(Collectors.toList());
    if (routers.isEmpty() || routed.isEmpty()) {
      failWithMessage("%nExpecting task definition %s to route logs through FireLens%nbut it has %s and %s",
          actual.family(), routers.isEmpty() ? "no FireLens router (no container has a firelensConfiguration)"
              : "the router " + routers, routed.isEmpty() ? "no container logs with the awsfirelens driver"
              : routed + " logging with awsfirelens");
    }
    return this;
  }

  /**
   * Checks the rules ECS applies when it registers a task definition (every broken rule is
   * listed): at most 10 containers, unique names, one essential container at least, ports in
   * range, dependencies on containers of the task and not on themselves, at most one FireLens
   * router and one for {@code awsfirelens}, an execution role for secrets and private ECR images
   * on Fargate, and on Fargate a task size Fargate offers.
   *
   * @return this
   */
  public EcsTaskDefinitionAssert isRegistrable() {
    isNotNull();
    List<String> broken = RegistrationRules.broken(actual);
    if (!broken.isEmpty()) {
      failWithMessage("%nExpecting task definition %s to be registrable%nbut ECS would refuse it:%n  %s",
          actual.family(), String.join("%n  ".formatted(), broken));
    }
    return this;
  }
}
