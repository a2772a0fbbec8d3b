package it.cns.enrollment.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cns.enrollment.application.port.ListenerPorts;
import it.cns.enrollment.infrastructure.config.ApplicationSettings;
import it.cns.enrollment.infrastructure.config.InvalidSettingException;
import it.cns.enrollment.infrastructure.config.Settings;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListenerTest {

  private static ListenerPorts ports(Map<String, String> settings) {
    return ApplicationSettings.listenerPorts(new Settings(settings::get));
  }

  @Test
  void recognisesTheDefaultPorts() {
    ListenerPorts ports = ports(Map.of());
    assertThat(Listener.ofLocalPort(8443, ports)).isEqualTo(Listener.PUBLIC);
    assertThat(Listener.ofLocalPort(8444, ports)).isEqualTo(Listener.SMARTCARD);
    assertThat(Listener.ofLocalPort(8445, ports)).isEqualTo(Listener.PARTNER);
    assertThat(Listener.ofLocalPort(8080, ports)).isEqualTo(Listener.HTTP);
    assertThat(Listener.ofLocalPort(9990, ports)).isEqualTo(Listener.UNKNOWN);
  }

  @Test
  void followsThePortsAndTheOffsetTheServerIsConfiguredWith() {
    ListenerPorts ports = ports(Map.of("CNS_SMARTCARD_PORT", "9444", "CNS_PORT_OFFSET", "100"));
    assertThat(Listener.ofLocalPort(9544, ports)).isEqualTo(Listener.SMARTCARD);
    assertThat(Listener.ofLocalPort(8543, ports)).isEqualTo(Listener.PUBLIC);
    assertThat(Listener.ofLocalPort(8444, ports)).isEqualTo(Listener.UNKNOWN);
  }

  // The server itself cannot bind a port that is not a number, so the settings refuse it at
  // deployment (it used to be ignored here, silently disagreeing with the server).
  @Test
  void refusesAPortSettingThatIsNotANumberNamingIt() {
    assertThatThrownBy(() -> ports(Map.of("CNS_PARTNER_PORT", "eighty")))
        .isInstanceOf(InvalidSettingException.class)
        .hasMessage("CNS_PARTNER_PORT=eighty is not a whole number");
  }
}
