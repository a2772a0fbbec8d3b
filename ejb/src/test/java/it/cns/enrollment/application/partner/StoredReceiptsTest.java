package it.cns.enrollment.application.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cns.enrollment.application.card.BindingReceipt;
import it.cns.enrollment.application.card.EnrollmentReceipt;
import it.cns.enrollment.application.card.RevocationReceipt;
import it.cns.enrollment.application.counter.ActivationOutcome;
import it.cns.enrollment.application.counter.ActivationReceipt;
import it.cns.enrollment.application.counter.CodeHalves;
import it.cns.enrollment.domain.account.AccountType;
import it.cns.enrollment.domain.activation.ActivationCase;
import it.cns.enrollment.domain.credential.IssuedPin;
import it.cns.enrollment.domain.credential.Password;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StoredReceiptsTest {

  private static final Instant AT = Instant.parse("2026-03-02T10:15:30.123456789Z");

  static BindingReceipt entratelBinding() {
    return new BindingReceipt(
        "RSSMRA80A01H501U", AccountType.ENTRATEL, "000", "CN=Demo CA", "1234****5678", "0a1b", AT);
  }

  static BindingReceipt fisconlineBinding() {
    return new BindingReceipt(
        "RSSMRA80A01H501U", AccountType.FISCONLINE, null, "CN=Demo CA", "1234****5678", "0a1b", AT);
  }

  @Test
  void aBindingReadsBackAsItWasWhetherOrNotItHasASite() {
    for (BindingReceipt receipt : new BindingReceipt[] {entratelBinding(), fisconlineBinding()}) {
      assertThat(StoredReceipts.BINDING.decode(StoredReceipts.BINDING.encode(receipt)))
          .isEqualTo(receipt);
    }
  }

  @Test
  void anEnrollmentReadsBackWithTheSamePinAndPassword() {
    EnrollmentReceipt receipt =
        new EnrollmentReceipt(
            "RSSMRA80A01H501U",
            "Mario Rossi",
            IssuedPin.of("0123456789".toCharArray()),
            Password.of("Abcdef12!x".toCharArray()),
            AT,
            fisconlineBinding());

    EnrollmentReceipt back =
        StoredReceipts.ENROLLMENT.decode(StoredReceipts.ENROLLMENT.encode(receipt));

    assertThat(back.pin().reveal()).isEqualTo("0123456789");
    assertThat(back.password().reveal()).isEqualTo("Abcdef12!x");
    assertThat(back.codiceFiscale()).isEqualTo("RSSMRA80A01H501U");
    assertThat(back.displayName()).isEqualTo("Mario Rossi");
    assertThat(back.enabledAt()).isEqualTo(AT);
    assertThat(back.binding()).isEqualTo(fisconlineBinding());
  }

  @Test
  void anActivationReadsBackWithItsCodeHalvesAndForm() {
    byte[] form = "%PDF-1.7 form".getBytes(StandardCharsets.US_ASCII);
    ActivationOutcome outcome =
        new ActivationOutcome(
            new ActivationReceipt(
                42,
                "8038****0001",
                "RSSMRA80A01H501U",
                ActivationCase.PARENT_OF_MINOR,
                new CodeHalves("1234".toCharArray(), "5678".toCharArray(), "90".toCharArray()),
                AT,
                3,
                "activation:42"),
            form);

    ActivationOutcome back =
        StoredReceipts.ACTIVATION.decode(StoredReceipts.ACTIVATION.encode(outcome));

    assertThat(back.receipt()).isEqualTo(outcome.receipt());
    assertThat(back.form()).isEqualTo(form);
  }

  @Test
  void anActivationWithoutFormReadsBackWithout() {
    ActivationOutcome outcome =
        new ActivationOutcome(
            new ActivationReceipt(
                7,
                "8038****0001",
                "RSSMRA80A01H501U",
                ActivationCase.HOLDER,
                new CodeHalves("1".toCharArray(), "2".toCharArray(), "3".toCharArray()),
                AT,
                1,
                null),
            null);

    ActivationOutcome back =
        StoredReceipts.ACTIVATION.decode(StoredReceipts.ACTIVATION.encode(outcome));

    assertThat(back.hasForm()).isFalse();
    assertThat(back.receipt()).isEqualTo(outcome.receipt());
  }

  @Test
  void aRevocationReadsBackAsItWas() {
    RevocationReceipt receipt = new RevocationReceipt("8038****0001", "RSSMRA80A01H501U", AT, 2);

    assertThat(StoredReceipts.REVOCATION.decode(StoredReceipts.REVOCATION.encode(receipt)))
        .isEqualTo(receipt);
  }

  @Test
  void aReceiptOfAnotherKindIsNotMisread() {
    byte[] binding = StoredReceipts.BINDING.encode(entratelBinding());

    assertThatThrownBy(() -> StoredReceipts.REVOCATION.decode(binding))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("binding/1");
  }

  @Test
  void anAnswerInAnotherFormatIsRefusedRatherThanMisread() {
    byte[] contractXml =
        "<answer xmlns=\"urn:cns-enrollment:partner:v1\"><maskedCardId/></answer>"
            .getBytes(StandardCharsets.UTF_8);
    byte[] truncated = StoredReceipts.REVOCATION.encode(new RevocationReceipt("a", "b", AT, 1));
    byte[] cut = java.util.Arrays.copyOf(truncated, truncated.length - 2);

    assertThatThrownBy(() -> StoredReceipts.REVOCATION.decode(contractXml))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> StoredReceipts.REVOCATION.decode(cut))
        .isInstanceOf(IllegalStateException.class);
  }
}
