package dev.sidecars.validation.internal;

import dev.sidecars.model.Container;
import dev.sidecars.model.Port;
import dev.sidecars.model.Protocol;
import dev.sidecars.model.Workload;
import dev.sidecars.validation.Profile;
import java.util.Set;

/** {@code port.protocol}: ECS and Copilot take TCP and UDP; Kubernetes also SCTP. */
final class PortProtocolsFitTheTarget implements Rule {

  @Override
  public Set<Profile> profiles() {
    return Rules.ECS_AND_COPILOT;
  }

  @Override
  public void check(Workload workload, Findings findings) {
    for (Container container : workload.containers()) {
      for (Port port : container.ports()) {
        if (port.protocol() == Protocol.SCTP) {
          findings.error("port.protocol", Findings.pathOf(workload, container) + ".ports[" + port.key() + "]",
              "invalid protocol SCTP; valid protocols include TCP and UDP");
        }
      }
    }
  }
}
