package dev.sidecars.validation.internal;

import dev.sidecars.model.Container;
import dev.sidecars.model.Port;
import dev.sidecars.model.Workload;
import dev.sidecars.validation.Profile;
import java.util.Set;

/** {@code port.range}: container and service ports are between 1 and 65535. */
final class PortsAreInRange implements Rule {

  @Override
  public Set<Profile> profiles() {
    return Rules.ALL;
  }

  @Override
  public void check(Workload workload, Findings findings) {
    for (Container container : workload.containers()) {
      for (Port port : container.ports()) {
        String path = Findings.pathOf(workload, container) + ".ports[" + port.key() + "]";
        if (port.number() < 1 || port.number() > 65535) {
          findings.error("port.range", path, "port " + port.number() + " must be between 1 and 65535, inclusive");
        }
        port.servicePort().filter(p -> p < 1 || p > 65535).ifPresent(p ->
            findings.error("port.range", path, "service port " + p + " must be between 1 and 65535, inclusive"));
      }
    }
  }
}
