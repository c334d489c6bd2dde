package dev.sidecars.ecs;

import java.util.Optional;
import org.immutables.value.Value;

/** One entry of a container definition's {@code portMappings}. */
@Value.Immutable
public abstract class EcsPortMapping {

  /** @return the container port */
  public abstract int containerPort();

  /** @return {@code tcp} or {@code udp} */
  public abstract String protocol();

  /** @return the port's name, used by Service Connect */
  public abstract Optional<String> name();

  static EcsPortMapping of(int containerPort, String protocol, Optional<String> name) {
    return ImmutableEcsPortMapping.builder().containerPort(containerPort).protocol(protocol).name(name).build();
  }

  /** {@code 8080/tcp}, or {@code 8080/tcp (http)} with a name. */
  @Override
  public String toString() {
    return containerPort() + "/" + protocol() + name().map(n -> " (" + n + ")").orElse("");
  }
}
