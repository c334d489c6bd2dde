package dev.sidecars.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A port a container listens on, keyed by number and protocol ({@code 8080/tcp} and
 * {@code 8080/udp} are two ports).
 *
 * <p>{@link #servicePort()} is Mia-Platform's {@code from}: the port a Kubernetes Service
 * exposes in front of this container port ({@code to}).
 */
@Value.Immutable
public abstract class Port implements Keyed {

  /**
   * The container port number, 1-65535.
   *
   * @return the port number
   */
  public abstract int number();

  /**
   * The transport protocol.
   *
   * @return the protocol
   */
  public abstract Protocol protocol();

  /**
   * A name for the port (Kubernetes port name, ECS port mapping name).
   *
   * @return the name, if given
   */
  public abstract Optional<String> name();

  /**
   * The port a Service exposes in front of this one (Mia-Platform's {@code from}).
   *
   * @return the service port, if given
   */
  public abstract Optional<Integer> servicePort();

  /** No platform has a port outside 1-65535, so no port is made with one. */
  @Value.Check
  void check() {
    if (number() < 1 || number() > MAX) {
      throw new ModelException("port", "port " + number() + " is outside 1-65535");
    }
    servicePort().filter(p -> p < 1 || p > MAX).ifPresent(p -> {
      throw new ModelException("port", "service port " + p + " (in front of port " + number() + ") is outside 1-65535");
    });
  }

  private static final int MAX = 65535;

  /**
   * A port of the given number and protocol.
   *
   * @param number the port number
   * @param protocol the protocol
   * @return the port
   */
  public static Port of(int number, Protocol protocol) {
    return ImmutablePort.builder().number(number).protocol(protocol).build();
  }

  /**
   * A TCP port.
   *
   * @param number the port number
   * @return {@code number/tcp}
   */
  public static Port tcp(int number) {
    return of(number, Protocol.TCP);
  }

  /**
   * A UDP port.
   *
   * @param number the port number
   * @return {@code number/udp}
   */
  public static Port udp(int number) {
    return of(number, Protocol.UDP);
  }

  /**
   * Parses Copilot's and Docker's notation: {@code "80"} (TCP, Docker's and Copilot's
   * documented default) or {@code "2000/udp"}.
   *
   * @param text the notation
   * @return the port
   * @throws ModelException when the text is not a number with an optional known protocol
   */
  public static Port parse(String text) {
    String[] parts = text.split("/", -1);
    if (parts.length > 2) {
      throw new ModelException("port", "cannot parse port mapping from '" + text + "'");
    }
    int number;
    try {
      number = Integer.parseInt(parts[0].trim());
    } catch (NumberFormatException e) {
      throw new ModelException(
          "port", "'" + text + "' is not a port number, optionally followed by /tcp or /udp");
    }
    return of(number, parts.length == 2 ? Protocol.parse(parts[1].trim()) : Protocol.TCP);
  }

  /**
   * This port with a name.
   *
   * @param name the port name
   * @return a copy with the name set
   */
  public Port named(String name) {
    return ImmutablePort.builder().from(this).name(name).build();
  }

  /**
   * This port with a Service port in front of it.
   *
   * @param servicePort the Service port (Mia-Platform {@code from})
   * @return a copy with the service port set
   */
  public Port exposedAs(int servicePort) {
    return ImmutablePort.builder().from(this).servicePort(servicePort).build();
  }

  /**
   * The key that identifies this port in a container: number and protocol.
   *
   * @return for example {@code "8080/tcp"}
   */
  @Override
  public String key() {
    return number() + "/" + protocol();
  }

  /** The port's notation, for example {@code 2000/udp}, with name and service port if set. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(key());
    name().ifPresent(n -> text.append(" (").append(n).append(')'));
    servicePort().ifPresent(p -> text.append(" <- ").append(p));
    return text.toString();
  }
}
