package it.cns.enrollment.application.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cns.enrollment.application.security.CredentialFakes;
import it.cns.enrollment.devpki.CertificateAuthority;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.partner.Partner;
import it.cns.enrollment.domain.partner.PartnerCacheSettings;
import it.cns.enrollment.domain.partner.PartnerCertificateId;
import it.cns.enrollment.domain.partner.PartnerChanged;
import it.cns.enrollment.domain.partner.PartnerOperation;
import it.cns.enrollment.domain.partner.PartnerRepository;
import it.cns.enrollment.testing.MovableClock;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class PartnerAuthorizationTest {

  private static final CertificateAuthority PARTNER_CA =
      CertificateAuthority.newRoot("CNS Enrollment TEST - Partner CA", "CNS Enrollment TEST");
  private static final X509Certificate ASL =
      PARTNER_CA.issuePartner("Demo ASL Partner", "Azienda ULSS Demo").certificate();
  private static final X509Certificate UNKNOWN =
      PARTNER_CA.issuePartner("Unknown Partner", "Nobody").certificate();

  private final PartnerFakes.Partners partners = new PartnerFakes.Partners();
  private final CredentialFakes.Audit audit = new CredentialFakes.Audit();
  private final PartnerAuthorization authorization = new PartnerAuthorization();
  private final Partner asl =
      new Partner(
          "Demo ASL Partner",
          PartnerCertificateId.of(ASL),
          false,
          EnumSet.of(PartnerOperation.REQUEST_CHALLENGE, PartnerOperation.BIND_SMARTCARD),
          Instant.now());

  private final MovableClock clock = new MovableClock(Instant.now());

  PartnerAuthorizationTest() {
    authorization.known = known(partners, Duration.ofSeconds(10));
    authorization.audit = audit;
    authorization.clock = clock;
    partners.add(asl);
  }

  private KnownPartners known(PartnerRepository repository, Duration ttl) {
    KnownPartners known = new KnownPartners();
    known.partners = repository;
    known.settings = new PartnerCacheSettings(ttl);
    known.clock = clock;
    return known;
  }

  private void assertNotAuthorised(X509Certificate certificate, PartnerOperation op) {
    assertThatThrownBy(() -> authorization.authorise(certificate, op, "req-1"))
        .isInstanceOfSatisfying(
            BusinessRefusal.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_AUTHORISED));
    AuditEvent refusal = audit.refusals.get(audit.refusals.size() - 1);
    assertThat(refusal.action()).isEqualTo(AuditAction.PARTNER_CALL);
    assertThat(refusal.channel()).isEqualTo(Channel.PARTNER);
    assertThat(refusal.outcome()).isEqualTo("NOT_AUTHORISED");
    assertThat(refusal.requestId()).isEqualTo("req-1");
    if (certificate != null) {
      assertThat(refusal.actor()).isEqualTo(certificate.getSubjectX500Principal().getName());
      assertThat(refusal.certificateSerial()).isEqualTo(certificate.getSerialNumber().toString(16));
    }
  }

  @Test
  void aKnownEnabledPartnerMayCallAGrantedOperation() {
    AuthorisedPartner partner =
        authorization.authorise(ASL, PartnerOperation.BIND_SMARTCARD, "req-1");

    assertThat(partner).isEqualTo(new AuthorisedPartner(asl.id(), "Demo ASL Partner"));
    assertThat(partner.actor()).isEqualTo("partner:Demo ASL Partner");
    assertThat(audit.all()).isEmpty();
  }

  @Test
  void anUnknownCertificateIsNotAuthorised() {
    assertNotAuthorised(UNKNOWN, PartnerOperation.REQUEST_CHALLENGE);
  }

  @Test
  void noCertificateIsNotAuthorised() {
    assertNotAuthorised(null, PartnerOperation.REQUEST_CHALLENGE);
    assertThat(audit.refusals.get(0).actor()).isEqualTo("partner:anonymous");
  }

  @Test
  void aDisabledPartnerIsNotAuthorised() {
    asl.disable();

    assertNotAuthorised(ASL, PartnerOperation.BIND_SMARTCARD);
    assertThat(audit.refusals.get(0).detail()).contains("disabled");
  }

  @Test
  void anOperationNotGrantedIsNotAuthorised() {
    assertNotAuthorised(ASL, PartnerOperation.ENROLL_FISCONLINE);
    assertThat(audit.refusals.get(0).detail()).contains("not allowed ENROLL_FISCONLINE");
  }

  @Test
  void aPinnedFingerprintMustMatch() {
    PartnerFakes.Partners pinned = new PartnerFakes.Partners();
    PartnerCertificateId real = PartnerCertificateId.of(ASL);
    // Same issuer and serial, but the record pins another certificate's fingerprint.
    pinned.add(
        new Partner(
            "Pinned",
            new PartnerCertificateId(real.issuer(), real.serialHex(), "0".repeat(64)),
            true,
            EnumSet.allOf(PartnerOperation.class),
            Instant.now()));
    authorization.known = known(pinned, Duration.ofSeconds(10));

    assertNotAuthorised(ASL, PartnerOperation.REQUEST_CHALLENGE);
  }

  @Test
  void anEnabledPartnerIsRememberedUntilItsEntryExpires() {
    authorization.authorise(ASL, PartnerOperation.BIND_SMARTCARD, "req-1");
    asl.disable(); // as another node, or SQL, would: no PartnerChanged here

    clock.advance(Duration.ofSeconds(9));
    authorization.authorise(ASL, PartnerOperation.BIND_SMARTCARD, "req-2");
    clock.advance(Duration.ofSeconds(1));
    assertNotAuthorised(ASL, PartnerOperation.BIND_SMARTCARD);
  }

  @Test
  void aChangeMadeOnThisNodeIsSeenAtTheNextCall() {
    authorization.authorise(ASL, PartnerOperation.BIND_SMARTCARD, "req-1");
    asl.disallow(PartnerOperation.BIND_SMARTCARD);
    authorization.known.forget(new PartnerChanged(asl.id()));

    assertNotAuthorised(ASL, PartnerOperation.BIND_SMARTCARD);
  }

  @Test
  void aDisabledPartnerIsNotRememberedSoItsEnablingIsSeenAtOnce() {
    asl.disable();
    assertNotAuthorised(ASL, PartnerOperation.BIND_SMARTCARD);
    asl.enable();

    assertThat(authorization.authorise(ASL, PartnerOperation.BIND_SMARTCARD, "req-2").id())
        .isEqualTo(asl.id());
  }

  @Test
  void aZeroTimeReadsTheRecordOnEveryCall() {
    authorization.known = known(partners, Duration.ZERO);
    authorization.authorise(ASL, PartnerOperation.BIND_SMARTCARD, "req-1");
    asl.disable();

    assertNotAuthorised(ASL, PartnerOperation.BIND_SMARTCARD);
  }

  @Test
  void anExpiredPartnerCertificateIsNotAuthorised() {
    authorization.clock = new MovableClock(Instant.now().plusSeconds(400L * 86400 * 10));

    assertNotAuthorised(ASL, PartnerOperation.REQUEST_CHALLENGE);
  }
}
