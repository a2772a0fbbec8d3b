package it.cns.enrollment.domain.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;

class OutgoingMailTest {

  static OutgoingMail mail(String recipient, String body) {
    return new OutgoingMail(
        "TSCNS_ACTIVATION_CODES",
        "activation:42",
        recipient,
        "TS-CNS: seconda parte dei codici / second part of the codes",
        body.toCharArray());
  }

  @Test
  void toStringHidesTheBodyAndMasksTheRecipient() {
    OutgoingMail m = mail("mario.rossi@example.it", "PIN 4711 PUK 99887766 CIP 123456");
    assertThat(m.toString())
        .contains("activation:42", "m***@example.it", "hidden")
        .doesNotContain("4711", "99887766", "123456", "mario.rossi");
  }

  @Test
  void keepsTheRecipientNormalised() {
    assertThat(mail(" mario@Example.IT ", "x").recipient()).isEqualTo("mario@example.it");
  }

  @Test
  void refusesAnInvalidRecipientWithInvalidEmail() {
    assertThatThrownBy(() -> mail("mario@example", "x"))
        .isInstanceOf(BusinessRefusal.class)
        .satisfies(
            e -> assertThat(((BusinessRefusal) e).code()).isEqualTo(ErrorCode.INVALID_EMAIL));
  }

  @Test
  void refusesASubjectThatWouldAddHeaders() {
    assertThatThrownBy(
            () ->
                new OutgoingMail(
                    "K", "r", "a@example.it", "hi\r\nBcc: b@example.it", "x".toCharArray()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesMissingOrOversizedParts() {
    assertThatThrownBy(() -> new OutgoingMail("", "r", "a@example.it", "s", "x".toCharArray()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new OutgoingMail("K".repeat(33), "r", "a@example.it", "s", "x".toCharArray()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new OutgoingMail("K", "r".repeat(65), "a@example.it", "s", "x".toCharArray()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new OutgoingMail("K", "r", "a@example.it", "s", new char[0]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new OutgoingMail("K", "r", "a@example.it", "s", null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void wipeBodyOverwritesTheCallersCopy() {
    OutgoingMail m = mail("a@example.it", "secret");
    m.wipeBody();
    assertThat(new String(m.body())).isEqualTo("\0".repeat(6));
  }
}
