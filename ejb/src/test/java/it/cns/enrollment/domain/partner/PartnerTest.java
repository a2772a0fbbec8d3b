package it.cns.enrollment.domain.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class PartnerTest {

  private static final PartnerCertificateId CERT =
      new PartnerCertificateId("cn=partner ca,o=test", "1a2b", "ab".repeat(32));

  private static Partner partner(boolean pin, PartnerOperation... ops) {
    return new Partner(
        "ASL",
        CERT,
        pin,
        ops.length == 0 ? EnumSet.noneOf(PartnerOperation.class) : EnumSet.of(ops[0], ops),
        Instant.EPOCH);
  }

  @Test
  void mayCallOnlyGrantedOperations() {
    Partner p = partner(false, PartnerOperation.REQUEST_CHALLENGE, PartnerOperation.BIND_SMARTCARD);

    assertThat(p.mayCall(PartnerOperation.BIND_SMARTCARD)).isTrue();
    assertThat(p.mayCall(PartnerOperation.ENROLL_FISCONLINE)).isFalse();
    assertThat(p.mayCall(null)).isFalse();
  }

  @Test
  void aDisabledPartnerMayCallNothing() {
    Partner p = partner(false, PartnerOperation.REQUEST_CHALLENGE);
    p.disable();

    assertThat(p.isEnabled()).isFalse();
    assertThat(p.mayCall(PartnerOperation.REQUEST_CHALLENGE)).isFalse();
    p.enable();
    assertThat(p.mayCall(PartnerOperation.REQUEST_CHALLENGE)).isTrue();
  }

  @Test
  void grantsCanChange() {
    Partner p = partner(false);
    assertThat(p.mayCall(PartnerOperation.LIST_BINDINGS)).isFalse();

    p.allow(PartnerOperation.LIST_BINDINGS);
    assertThat(p.mayCall(PartnerOperation.LIST_BINDINGS)).isTrue();
    p.disallow(PartnerOperation.LIST_BINDINGS);
    assertThat(p.operations()).isEmpty();
  }

  @Test
  void isIdentifiedByIssuerAndSerialUnlessAFingerprintIsPinned() {
    PartnerCertificateId sameSerialOtherCert =
        new PartnerCertificateId(CERT.issuer(), CERT.serialHex(), "cd".repeat(32));
    PartnerCertificateId otherSerial = new PartnerCertificateId(CERT.issuer(), "ff", CERT.sha256());

    assertThat(partner(false).isIdentifiedBy(CERT)).isTrue();
    assertThat(partner(false).isIdentifiedBy(sameSerialOtherCert)).isTrue();
    assertThat(partner(false).isIdentifiedBy(otherSerial)).isFalse();
    assertThat(partner(true).isIdentifiedBy(CERT)).isTrue();
    assertThat(partner(true).isIdentifiedBy(sameSerialOtherCert)).isFalse();
    assertThat(partner(true).isIdentifiedBy(otherSerial)).isTrue();
  }
}
