package it.cns.enrollment.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ListenerTest {

  @Test
  void recognisesTheDefaultPorts() {
    Map<String, String> env = Map.of();
    assertThat(Listener.ofLocalPort(8443, env)).isEqualTo(Listener.PUBLIC);
    assertThat(Listener.ofLocalPort(8444, env)).isEqualTo(Listener.SMARTCARD);
    assertThat(Listener.ofLocalPort(8445, env)).isEqualTo(Listener.PARTNER);
    assertThat(Listener.ofLocalPort(8080, env)).isEqualTo(Listener.HTTP);
    assertThat(Listener.ofLocalPort(9990, env)).isEqualTo(Listener.UNKNOWN);
  }

  @Test
  void followsThePortsAndTheOffsetTheServerIsConfiguredWith() {
    Map<String, String> env = Map.of("CNS_SMARTCARD_PORT", "9444", "CNS_PORT_OFFSET", "100");
    assertThat(Listener.ofLocalPort(9544, env)).isEqualTo(Listener.SMARTCARD);
    assertThat(Listener.ofLocalPort(8543, env)).isEqualTo(Listener.PUBLIC);
    assertThat(Listener.ofLocalPort(8444, env)).isEqualTo(Listener.UNKNOWN);
  }

  @Test
  void ignoresAPortVariableThatIsNotANumber() {
    assertThat(Listener.ofLocalPort(8445, Map.of("CNS_PARTNER_PORT", "eighty")))
        .isEqualTo(Listener.PARTNER);
  }
}
