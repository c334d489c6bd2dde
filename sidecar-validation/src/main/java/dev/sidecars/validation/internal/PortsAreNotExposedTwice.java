package dev.sidecars.validation.internal;

import dev.sidecars.model.Container;
import dev.sidecars.model.Port;
import dev.sidecars.model.Workload;
import dev.sidecars.validation.Profile;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code port.duplicate}: containers share one network namespace, so two containers cannot
 * listen on the same port and protocol; {@code port.protocols}: ECS refuses one container
 * exposing the same port with two protocols.
 */
final class PortsAreNotExposedTwice implements Rule {

  @Override
  public Set<Profile> profiles() {
    return Rules.ALL;
  }

  @Override
  public void check(Workload workload, Findings findings) {
    Map<String, Container> owners = new HashMap<>();
    for (Container container : workload.containers()) {
      Map<Integer, Port> byNumber = new HashMap<>();
      for (Port port : container.ports()) {
        String path = Findings.pathOf(workload, container) + ".ports[" + port.key() + "]";
        Container owner = owners.putIfAbsent(port.key(), container);
        if (owner != null && owner != container) {
          findings.error("port.duplicate", path, "containers \"" + container.name() + "\" and \"" + owner.name()
              + "\" are exposing the same port " + port.number());
        }
        Port other = byNumber.putIfAbsent(port.number(), port);
        if (other != null && other.protocol() != port.protocol()
            && (findings.active(Profile.ECS) || findings.active(Profile.COPILOT))) {
          findings.error("port.protocols", path, "container \"" + container.name() + "\" is exposing the same port "
              + port.number() + " with protocol " + other.protocol().name() + " and " + port.protocol().name());
        }
      }
    }
  }
}
