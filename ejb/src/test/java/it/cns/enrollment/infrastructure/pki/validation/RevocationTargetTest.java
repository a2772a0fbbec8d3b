package it.cns.enrollment.infrastructure.pki.validation;

import static it.cns.enrollment.infrastructure.pki.validation.TestPki.CA;
import static it.cns.enrollment.infrastructure.pki.validation.TestPki.ROOT;
import static it.cns.enrollment.infrastructure.pki.validation.TestPki.card;
import static it.cns.enrollment.infrastructure.pki.validation.TestPki.profile;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.security.cert.X509Certificate;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.junit.jupiter.api.Test;

/** What the revocation checks read from a certificate, decoded once (issue #19). */
class RevocationTargetTest {

  @Test
  void readsTheCertificatesPointersOnce() {
    X509Certificate certificate =
        card(
            profile()
                .withOcspResponder("http://ocsp.regione.test/")
                .withCrlDistributionPoint("http://crl.regione.test/ca.crl"));

    RevocationTarget target = RevocationTarget.of(certificate, CA.certificate());

    assertThat(target.ocspResponders()).containsExactly(URI.create("http://ocsp.regione.test/"));
    assertThat(target.crlDistributionPoints())
        .containsExactly(URI.create("http://crl.regione.test/ca.crl"));
    assertThat(target.hasPointers()).isTrue();
  }

  @Test
  void makesTheOcspCertIdOnceAndKeysAnswersByIssuerKeyAndSerial() {
    X509Certificate certificate = card(profile().withOcspResponder("http://ocsp.regione.test/"));
    RevocationTarget target = RevocationTarget.of(certificate, CA.certificate());

    CertificateID id = target.certificateId();

    assertThat(target.certificateId()).isSameAs(id);
    assertThat(id.getSerialNumber()).isEqualTo(certificate.getSerialNumber());
    assertThat(target.ocspCacheKey()).endsWith(":" + certificate.getSerialNumber());
    assertThat(RevocationTarget.of(certificate, CA.certificate()).ocspCacheKey())
        .as("the same certificate decoded again finds the same remembered answers")
        .isEqualTo(target.ocspCacheKey());
    assertThat(RevocationTarget.of(certificate, ROOT.certificate()).ocspCacheKey())
        .as("another issuer key")
        .isNotEqualTo(target.ocspCacheKey());
  }

  @Test
  void aCaCertificateWithoutPointersHasNone() {
    RevocationTarget target = RevocationTarget.of(ROOT.certificate(), ROOT.certificate());

    assertThat(target.hasPointers()).isFalse();
    assertThat(target.ocspResponders()).isEmpty();
    assertThat(target.crlDistributionPoints()).isEmpty();
  }
}
