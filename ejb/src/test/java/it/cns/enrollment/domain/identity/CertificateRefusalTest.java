package it.cns.enrollment.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CertificateRefusalTest {

  @ParameterizedTest
  @EnumSource(CertificateRefusal.class)
  void tellsTheCitizenInBothLanguagesUnderAStableCode(CertificateRefusal refusal) {
    assertThat(refusal.code()).isEqualTo(refusal.name());
    assertThat(refusal.messageIt()).isNotBlank().isNotEqualTo(refusal.messageEn());
    assertThat(refusal.messageEn()).isNotBlank();
  }

  @Test
  void explainsWhatToDoWhenNoCertificateArrives() {
    assertThat(CertificateRefusal.NO_CERTIFICATE.messageEn())
        .contains("Insert the card")
        .contains("before opening the page")
        .contains("drivers")
        .contains("browser");
    assertThat(CertificateRefusal.NO_CERTIFICATE.messageIt())
        .contains("Inserisca la carta")
        .contains("driver")
        .contains("browser");
  }

  @Test
  void sendsTheCitizenToTheIssuerWhenTheCertificateHasExpired() {
    assertThat(CertificateRefusal.EXPIRED.messageEn()).contains("expired").contains("renew");
    assertThat(CertificateRefusal.EXPIRED.messageIt()).contains("scaduto").contains("rinnovarlo");
  }

  @Test
  void saysWhenTheIssuerIsNotARecognisedCnsAuthority() {
    assertThat(CertificateRefusal.UNTRUSTED_ISSUER.messageEn()).contains("not issued");
    assertThat(CertificateRefusal.UNTRUSTED_ISSUER.messageIt()).contains("non è stata emessa");
  }

  @Test
  void carriesTheRefusalAndATechnicalDetailForLogsOnly() {
    IllegalStateException cause = new IllegalStateException("bc");
    CertificateRefusedException e =
        new CertificateRefusedException(CertificateRefusal.MALFORMED, "truncated DER", cause);

    assertThat(e.refusal()).isEqualTo(CertificateRefusal.MALFORMED);
    assertThat(e.technicalDetail()).isEqualTo("truncated DER");
    assertThat(e.getMessage()).isEqualTo("MALFORMED: truncated DER");
    assertThat(e.getCause()).isSameAs(cause);
  }
}
