package dev.sidecars.testing;

import dev.sidecars.model.Container;
import dev.sidecars.model.Port;
import dev.sidecars.model.Workload;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a {@link Workload}. */
public final class WorkloadAssert extends AbstractAssert<WorkloadAssert, Workload> {

  WorkloadAssert(Workload actual) {
    super(actual, WorkloadAssert.class);
  }

  /**
   * Moves to one of the workload's containers, the main one or a sidecar.
   *
   * @param name the container's name
   * @return its assertions
   */
  public ContainerAssert container(String name) {
    isNotNull();
    Container container = actual.container(name).orElse(null);
    if (container == null) {
      failWithMessage("%nExpecting workload %s to have a container named:%n  %s%nbut its containers are:%n  %s",
          actual.name(), name, names(actual.containers()));
    }
    return new ContainerAssert(container, "workload " + actual.name());
  }

  /**
   * Checks that a sidecar of that name is there (the main container does not count).
   *
   * @param name the sidecar's name
   * @return this
   */
  public WorkloadAssert hasSidecar(String name) {
    isNotNull();
    if (actual.sidecars().stream().noneMatch(c -> c.name().equals(name))) {
      failWithMessage("%nExpecting workload %s to have the sidecar:%n  %s%nbut its sidecars are:%n  %s%n"
          + "and its main container is:%n  %s", actual.name(), name, names(actual.sidecars()), actual.main().name());
    }
    return this;
  }

  /**
   * Checks that some container of the workload listens on a port (number and protocol).
   *
   * @param port for example {@code Port.tcp(9901)}
   * @return this
   */
  public WorkloadAssert exposes(Port port) {
    isNotNull();
    if (actual.containers().stream().noneMatch(c -> ContainerAssert.listensOn(c, port))) {
      failWithMessage("%nExpecting a container of workload %s to listen on:%n  %s%nbut the ports are:%n  %s",
          actual.name(), ContainerAssert.portText(port), actual.containers().stream()
              .map(c -> c.name() + " " + ContainerAssert.ports(c)).collect(Collectors.toList()));
    }
    return this;
  }

  static List<String> names(List<Container> containers) {
    return containers.stream().map(Container::name).collect(Collectors.toList());
  }
}
