package dev.sidecars.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PortTest {

  @Test
  void copilotNotationWithAndWithoutProtocol() {
    assertThat(Port.parse("80")).isEqualTo(Port.tcp(80));
    assertThat(Port.parse("2000/udp")).isEqualTo(Port.udp(2000));
    assertThat(Port.parse("2000/UDP")).isEqualTo(Port.udp(2000));
  }

  @Test
  void portsKeyedByNumberAndProtocol() {
    assertThat(Port.tcp(2000).key()).isEqualTo("2000/tcp");
    assertThat(Port.tcp(2000)).isNotEqualTo(Port.udp(2000));
    assertThat(Port.tcp(80).named("http").key()).isEqualTo("80/tcp");
  }

  @Test
  void printsTheUsersNotation() {
    assertThat(Port.udp(2000)).hasToString("2000/udp");
    assertThat(Port.tcp(5000).named("http").exposedAs(80)).hasToString("5000/tcp (http) <- 80");
  }

  @Test
  void unknownProtocolIsAnErrorNotTcp() {
    assertThatThrownBy(() -> Port.parse("80/icmp"))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("unknown protocol 'icmp'; expected one of tcp, udp, sctp");
  }

  @Test
  void malformedNotationIsAnError() {
    assertThatThrownBy(() -> Port.parse("80/tcp/x")).hasMessageContaining("cannot parse port mapping");
    assertThatThrownBy(() -> Port.parse("http")).hasMessageContaining("'http' is not a port number");
  }

  @Test
  void noPortIsMadeOutsideOneTo65535() {
    assertThat(Port.tcp(1).number()).isEqualTo(1);
    assertThat(Port.udp(65535).number()).isEqualTo(65535);
    assertThatThrownBy(() -> Port.tcp(0)).isInstanceOf(ModelException.class)
        .hasMessage("port: port 0 is outside 1-65535");
    assertThatThrownBy(() -> Port.parse("70000/udp")).isInstanceOf(ModelException.class)
        .hasMessage("port: port 70000 is outside 1-65535");
    assertThatThrownBy(() -> Port.tcp(8080).exposedAs(65536)).isInstanceOf(ModelException.class)
        .hasMessage("port: service port 65536 (in front of port 8080) is outside 1-65535");
    assertThat(Port.tcp(8080).exposedAs(1).servicePort()).contains(1);
  }
}
