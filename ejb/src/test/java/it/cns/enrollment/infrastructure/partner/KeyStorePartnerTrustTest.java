package it.cns.enrollment.infrastructure.partner;

import static org.assertj.core.api.Assertions.assertThat;

import it.cns.enrollment.devpki.CertificateAuthority;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A partner certificate is accepted only if the partner listener's TLS would accept it: issued by a
 * CA of the partner trust store, directly or through the intermediates the partner supplies.
 */
class KeyStorePartnerTrustTest {

  private static final CertificateAuthority PARTNER_CA =
      CertificateAuthority.newRoot("Partner CA", "CNS");
  private static final CertificateAuthority OTHER_CA =
      CertificateAuthority.newRoot("Other CA", "Elsewhere");
  private static final Set<TrustAnchor> ANCHORS =
      Set.of(new TrustAnchor(PARTNER_CA.certificate(), null));

  private static boolean accepts(X509Certificate c, X509Certificate... intermediates) {
    return KeyStorePartnerTrust.accepts(ANCHORS, c, List.of(intermediates), Instant.now());
  }

  @Test
  void acceptsACertificateOfThePartnerCa() {
    assertThat(accepts(PARTNER_CA.issuePartner("ASL", "ASL").certificate())).isTrue();
  }

  @Test
  void refusesACertificateOfAnotherCa() {
    assertThat(accepts(OTHER_CA.issuePartner("ASL", "ASL").certificate())).isFalse();
  }

  @Test
  void refusesACaCertificateEvenOfThePartnerCa() {
    assertThat(accepts(OTHER_CA.certificate())).isFalse();
    assertThat(accepts(PARTNER_CA.certificate())).isFalse();
    assertThat(accepts(PARTNER_CA.newIntermediate("Sub CA", "CNS").certificate())).isFalse();
  }

  @Test
  void acceptsAnIntermediatesCertificateOnlyWithTheIntermediateSupplied() {
    CertificateAuthority sub = PARTNER_CA.newIntermediate("Partner Sub CA", "CNS");
    X509Certificate partner = sub.issuePartner("CAF", "CAF").certificate();

    assertThat(accepts(partner)).isFalse();
    assertThat(accepts(partner, sub.certificate())).isTrue();
  }
}
