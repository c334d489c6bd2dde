package dev.sidecars.model;

import java.util.Locale;

/** The transport protocol of a container port. */
public enum Protocol {
  /** TCP, the default of Docker, Copilot and Kubernetes when no protocol is written. */
  TCP,
  /** UDP. */
  UDP,
  /** SCTP; Kubernetes only, the ECS validation profile rejects it. */
  SCTP;

  /**
   * Parses a protocol name in any case ({@code "udp"}, {@code "UDP"}).
   *
   * @param text the protocol name
   * @return the protocol
   * @throws ModelException naming the accepted protocols when the name is unknown
   */
  public static Protocol parse(String text) {
    for (Protocol protocol : values()) {
      if (protocol.name().equalsIgnoreCase(text)) {
        return protocol;
      }
    }
    throw new ModelException(
        "protocol", "unknown protocol '" + text + "'; expected one of tcp, udp, sctp");
  }

  /** The lower-case name used in Copilot and ECS notation, for example {@code "udp"}. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
