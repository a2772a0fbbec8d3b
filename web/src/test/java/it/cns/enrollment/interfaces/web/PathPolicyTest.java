package it.cns.enrollment.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathPolicyTest {

  @Test
  void partnerListenerServesOnlyThePartnerApi() {
    assertThat(PathPolicy.allows(Listener.PARTNER, "/partner/v1/enrollment")).isTrue();
    assertThat(PathPolicy.allows(Listener.PARTNER, "/smartcard/primo-accesso.xhtml")).isFalse();
    assertThat(PathPolicy.allows(Listener.PARTNER, "/index.xhtml")).isFalse();
    assertThat(PathPolicy.allows(Listener.PARTNER, "/resources/css/cns.css")).isFalse();
  }

  @Test
  void smartcardListenerServesTheSmartcardAreaAndItsStylesheets() {
    assertThat(PathPolicy.allows(Listener.SMARTCARD, "/smartcard/primo-accesso.xhtml")).isTrue();
    assertThat(PathPolicy.allows(Listener.SMARTCARD, "/jakarta.faces.resource/css/cns.css.xhtml"))
        .isTrue();
    assertThat(PathPolicy.allows(Listener.SMARTCARD, "/partner/v1/enrollment")).isFalse();
    assertThat(PathPolicy.allows(Listener.SMARTCARD, "/index.xhtml")).isFalse();
    assertThat(PathPolicy.allows(Listener.SMARTCARD, "/uscita.xhtml")).as("logged out").isTrue();
  }

  @Test
  void publicListenerServesEverythingButTheTwoCertificateAreas() {
    assertThat(PathPolicy.allows(Listener.PUBLIC, "/index.xhtml")).isTrue();
    assertThat(PathPolicy.allows(Listener.PUBLIC, "/")).isTrue();
    assertThat(PathPolicy.allows(Listener.PUBLIC, "/smartcard/primo-accesso.xhtml")).isFalse();
    assertThat(PathPolicy.allows(Listener.PUBLIC, "/partner/v1/enrollment?wsdl")).isFalse();
  }

  @Test
  void theCounterAgentsEndpointIsServedOnlyWhereAWorkstationCertificateIsRequired() {
    assertThat(PathPolicy.allows(Listener.PARTNER, "/agente/codici")).isTrue();
    assertThat(PathPolicy.allows(Listener.PUBLIC, "/agente/codici")).isFalse();
    assertThat(PathPolicy.allows(Listener.HTTP, "/agente/codici")).isFalse();
    assertThat(PathPolicy.allows(Listener.SMARTCARD, "/agente/codici")).isFalse();
  }

  @Test
  void anUnknownListenerServesNothing() {
    assertThat(PathPolicy.allows(Listener.UNKNOWN, "/index.xhtml")).isFalse();
  }
}
