package it.cns.enrollment.domain.activation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdentityDocumentTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

  private static void refused(IdentityDocument d, String detail) {
    assertThatThrownBy(() -> d.requireValidOn(TODAY))
        .isInstanceOfSatisfying(
            BusinessRefusal.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.IDENTITY_DOCUMENT_INVALID))
        .hasMessageContaining(detail);
  }

  @Test
  void aCompleteDocumentValidThroughItsExpiryDayIsAccepted() {
    IdentityDocument d =
        new IdentityDocument(
            IdentityDocumentType.CARTA_IDENTITA, " CA12345AB ", " Comune di Roma ", TODAY);
    assertThat(d.requireValidOn(TODAY)).isSameAs(d);
    assertThat(d.number()).isEqualTo("CA12345AB");
    assertThat(d.issuer()).isEqualTo("Comune di Roma");
  }

  @Test
  void anExpiredDocumentIsRefused() {
    refused(
        new IdentityDocument(
            IdentityDocumentType.PASSAPORTO, "YA1234567", "Questura di Milano", TODAY.minusDays(1)),
        "expired");
  }

  @Test
  void anIncompleteDocumentIsRefusedSayingWhatIsMissing() {
    LocalDate next = TODAY.plusYears(3);
    refused(new IdentityDocument(null, "X1", "Comune", next), "type");
    refused(new IdentityDocument(IdentityDocumentType.PATENTE_GUIDA, " ", "MCTC", next), "number");
    refused(
        new IdentityDocument(IdentityDocumentType.PATENTE_GUIDA, "U1234", null, next), "issuer");
    refused(
        new IdentityDocument(IdentityDocumentType.PATENTE_NAUTICA, "N1", "Capitaneria", null),
        "expiry");
  }

  @Test
  void aMalformedNumberOrIssuerIsRefused() {
    LocalDate next = TODAY.plusYears(3);
    refused(
        new IdentityDocument(
            IdentityDocumentType.ALTRO_STATALE, "1".repeat(41), "Prefettura", next),
        "number malformed");
    refused(
        new IdentityDocument(IdentityDocumentType.ALTRO_STATALE, "AB<script>", "Prefettura", next),
        "number malformed");
    refused(
        new IdentityDocument(IdentityDocumentType.ALTRO_STATALE, "AB12", "Pref\u0000ettura", next),
        "issuer malformed");
  }
}
