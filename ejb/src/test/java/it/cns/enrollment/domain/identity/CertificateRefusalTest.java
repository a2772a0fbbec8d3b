package it.cns.enrollment.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import it.cns.enrollment.application.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CertificateRefusalTest {

  @ParameterizedTest
  @EnumSource(CertificateRefusal.class)
  void tellsTheCitizenInBothLanguagesUnderAStableCode(CertificateRefusal refusal) {
    assertThat(refusal.code()).isEqualTo(refusal.name());
    assertThat(Messages.ITALIAN.of(refusal))
        .isNotBlank()
        .isNotEqualTo(Messages.ENGLISH.of(refusal));
    assertThat(Messages.ENGLISH.of(refusal)).isNotBlank();
  }

  @Test
  void explainsWhatToDoWhenNoCertificateArrives() {
    assertThat(Messages.ENGLISH.of(CertificateRefusal.NO_CERTIFICATE))
        .contains("Insert the card")
        .contains("before opening the page")
        .contains("drivers")
        .contains("browser");
    assertThat(Messages.ITALIAN.of(CertificateRefusal.NO_CERTIFICATE))
        .contains("Inserisca la carta")
        .contains("driver")
        .contains("browser");
  }

  @Test
  void sendsTheCitizenToTheIssuerWhenTheCertificateHasExpired() {
    assertThat(Messages.ENGLISH.of(CertificateRefusal.EXPIRED))
        .contains("expired")
        .contains("renew");
    assertThat(Messages.ITALIAN.of(CertificateRefusal.EXPIRED))
        .contains("scaduto")
        .contains("rinnovarlo");
  }

  @Test
  void saysWhenTheIssuerIsNotARecognisedCnsAuthority() {
    assertThat(Messages.ENGLISH.of(CertificateRefusal.UNTRUSTED_ISSUER)).contains("not issued");
    assertThat(Messages.ITALIAN.of(CertificateRefusal.UNTRUSTED_ISSUER))
        .contains("non è stata emessa");
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
