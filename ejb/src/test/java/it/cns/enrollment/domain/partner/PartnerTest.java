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

  private static final PartnerCertificateId RENEWAL =
      new PartnerCertificateId("cn=partner ca,o=test", "3c4d", "cd".repeat(32));
  private static final Instant DAY_100 = Instant.EPOCH.plus(java.time.Duration.ofDays(100));

  private static Partner expiringAt(Instant notAfter) {
    return new Partner(
        "ASL", CERT, notAfter, true, EnumSet.of(PartnerOperation.REQUEST_CHALLENGE), Instant.EPOCH);
  }

  @Test
  void duringARenewalBothCertificatesIdentifyThePartnerAndAfterItOnlyTheNewOne() {
    Partner p = expiringAt(DAY_100);
    p.addRenewal(RENEWAL, DAY_100.plus(java.time.Duration.ofDays(365)));

    assertThat(p.isIdentifiedBy(CERT)).isTrue();
    assertThat(p.isIdentifiedBy(RENEWAL)).isTrue();

    p.completeRenewal();

    assertThat(p.isIdentifiedBy(CERT)).isFalse();
    assertThat(p.isIdentifiedBy(RENEWAL)).isTrue();
    assertThat(p.renewal()).isEmpty();
    assertThat(p.certificateNotAfter()).contains(DAY_100.plus(java.time.Duration.ofDays(365)));
  }

  @Test
  void aWithdrawnRenewalCertificateNoLongerIdentifiesThePartner() {
    Partner p = expiringAt(DAY_100);
    p.addRenewal(RENEWAL, DAY_100);
    p.withdrawRenewal();

    assertThat(p.isIdentifiedBy(RENEWAL)).isFalse();
    assertThat(p.isIdentifiedBy(CERT)).isTrue();
  }

  @Test
  void needsRenewalWhenTheCertificateExpiresBeforeTheHorizonAndNoRenewalOutlastsIt() {
    Partner p = expiringAt(DAY_100);

    assertThat(p.needsRenewalBefore(DAY_100.minusSeconds(1))).isFalse();
    assertThat(p.needsRenewalBefore(DAY_100.plusSeconds(1))).isTrue();
    p.addRenewal(RENEWAL, DAY_100.plus(java.time.Duration.ofDays(365)));
    assertThat(p.needsRenewalBefore(DAY_100.plusSeconds(1))).isFalse();
    assertThat(partner(true).needsRenewalBefore(Instant.MAX)).isFalse();
  }

  @Test
  void theCurrentCertificateCannotAlsoBeTheRenewal() {
    Partner p = expiringAt(DAY_100);

    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> p.addRenewal(CERT, DAY_100));
  }

  @Test
  void anUnsignedMessageIsRefusedOnlyWhileSignatureIsRequired() {
    Partner p = partner(false, PartnerOperation.REQUEST_CHALLENGE);

    p.requireSignature(true);
    assertThat(p.requiresSignature()).isTrue();
    p.requireSignature(false);
    assertThat(p.requiresSignature()).isFalse();
  }

  @Test
  void allowOnlyReplacesTheGrantsInsteadOfAddingToThem() {
    Partner p = partner(false, PartnerOperation.REQUEST_CHALLENGE, PartnerOperation.BIND_SMARTCARD);

    p.allowOnly(EnumSet.of(PartnerOperation.ENROLL_FISCONLINE));

    assertThat(p.operations()).containsExactly(PartnerOperation.ENROLL_FISCONLINE);
    assertThat(p.mayCall(PartnerOperation.BIND_SMARTCARD)).isFalse();
  }

  @Test
  void aReplacedCertificateIdentifiesThePartnerNoMoreAndItsWarningIsForgotten() {
    Partner p = partner(true, PartnerOperation.REQUEST_CHALLENGE);
    p.expiryWarned(Instant.EPOCH);
    PartnerCertificateId next =
        new PartnerCertificateId("cn=partner ca,o=test", "3C4D", "cd".repeat(32));

    p.replaceCertificate(next);

    assertThat(p.isIdentifiedBy(next)).isTrue();
    assertThat(p.isIdentifiedBy(CERT)).isFalse();
    assertThat(p.certificateIssuer()).isEqualTo("cn=partner ca,o=test");
    assertThat(p.certificateSerial()).isEqualTo("3c4d");
    assertThat(p.certificateSha256()).contains("cd".repeat(32));
    assertThat(p.expiryWarnedAt()).isEmpty();
    assertThat(p.certificateNotAfter()).isEmpty();
  }
}
