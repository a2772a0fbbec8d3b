package it.cns.enrollment.application.intranet;

import static org.assertj.core.api.Assertions.assertThat;

import it.cns.enrollment.application.mail.MailFakes;
import it.cns.enrollment.application.partner.PartnerFakes;
import it.cns.enrollment.application.security.AuditedCalls;
import it.cns.enrollment.application.security.Caller;
import it.cns.enrollment.application.security.OperatorAuthorization;
import it.cns.enrollment.application.security.SupervisionFakes;
import it.cns.enrollment.devpki.CertificateAuthority;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.error.InvalidRequestException;
import it.cns.enrollment.domain.partner.PartnerCertificateId;
import it.cns.enrollment.domain.partner.PartnerCertificates;
import it.cns.enrollment.domain.partner.PartnerChanged;
import it.cns.enrollment.domain.partner.PartnerOperation;
import it.cns.enrollment.domain.partner.SelfSignedCertificates;
import it.cns.enrollment.testing.MovableClock;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.junit.jupiter.api.Test;

class PartnerAdministrationTest {

  private static final CertificateAuthority PARTNER_CA =
      CertificateAuthority.newRoot("CNS Enrollment TEST - Partner CA", "CNS Enrollment TEST");
  private static final X509Certificate ASL =
      PARTNER_CA.issuePartner("ASL Uno", "Azienda ULSS Uno").certificate();
  private static final X509Certificate ASL_RENEWED =
      PARTNER_CA.issuePartner("ASL Uno", "Azienda ULSS Uno").certificate();
  private static final X509Certificate CAF =
      PARTNER_CA.issuePartner("CAF Due", "CAF Due").certificate();
  // Refused by the fake partner trust store (KeyStorePartnerTrustTest checks the real one).
  private static final X509Certificate UNTRUSTED =
      PARTNER_CA.issuePartner("Estranea", "Altra CA").certificate();

  private final PartnerFakes.Partners partners = new PartnerFakes.Partners();
  private final SupervisionFakes.Events table = new SupervisionFakes.Events();
  private final SupervisionFakes.Recorder audit = new SupervisionFakes.Recorder(table);
  private final PartnerAdministration admin = new PartnerAdministration();
  private final MailFakes.Fired<PartnerChanged> changed = new MailFakes.Fired<>();
  private final OperatorAuthorization authorization;
  private AuditedCalls calls;

  PartnerAdministrationTest() {
    admin.partners = partners;
    admin.audit = audit;
    admin.clock = new MovableClock(Instant.now());
    admin.trust = (certificate, intermediates, at) -> !certificate.equals(UNTRUSTED);
    admin.changed = changed;
    authorization = SupervisionFakes.authorization(audit, admin.clock);
    as("boss");
  }

  /** The container's principal for the calls that follow. */
  private void as(String username) {
    Caller caller = SupervisionFakes.caller(username);
    admin.caller = caller;
    calls = new AuditedCalls(audit, caller, authorization);
  }

  private static byte[] der(X509Certificate c) {
    try {
      return c.getEncoded();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private PartnerView registerAsl() {
    return admin.register(
        "ASL Uno",
        der(ASL),
        EnumSet.of(PartnerOperation.REQUEST_CHALLENGE, PartnerOperation.BIND_SMARTCARD));
  }

  private static BusinessRefusal refusal(Runnable call) {
    try {
      call.run();
    } catch (BusinessRefusal e) {
      return e;
    }
    throw new AssertionError("refusal expected");
  }

  @Test
  void registersAnEnabledPartnerPinnedToItsCertificateAndAuditsIt() {
    PartnerView view = registerAsl();

    PartnerCertificateId id = PartnerCertificateId.of(ASL);
    assertThat(view.name()).isEqualTo("ASL Uno");
    assertThat(view.enabled()).isTrue();
    assertThat(view.certificateIssuer()).isEqualTo(id.issuer());
    assertThat(view.certificateSerial()).isEqualTo(id.serialHex());
    assertThat(view.certificateSha256()).isEqualTo(id.sha256());
    assertThat(view.operations())
        .containsExactly(PartnerOperation.REQUEST_CHALLENGE, PartnerOperation.BIND_SMARTCARD);
    assertThat(partners.findByCertificate(id.issuer(), id.serialHex(), id.sha256()))
        .hasValueSatisfying(p -> assertThat(p.isIdentifiedBy(id)).isTrue());

    AuditEvent event = audit.changes.get(0);
    assertThat(event.action()).isEqualTo(AuditAction.PARTNER_ADMIN);
    assertThat(event.channel()).isEqualTo(Channel.SUPERVISION);
    assertThat(event.actor()).isEqualTo("supervisor:boss");
    assertThat(event.certificateSerial()).isEqualTo(id.serialHex());
    assertThat(event.detail()).startsWith("change=registered; partner=ASL Uno; ");
  }

  @Test
  void refusesACertificateThatDoesNotChainToThePartnerTrustStore() {
    BusinessRefusal refusal =
        refusal(() -> calls.call(admin, "register", "Estranea", der(UNTRUSTED), Set.of()));

    assertThat(refusal.code()).isEqualTo(ErrorCode.INVALID_REQUEST);
    assertThat(((InvalidRequestException) refusal).problem())
        .isEqualTo(PartnerCertificates.UNTRUSTED);
    assertThat(partners.all).isEmpty();
  }

  @Test
  void requiresSignedMessagesOfAPartnerAndAuditsTheChange() {
    PartnerView registered = registerAsl();
    assertThat(registered.signatureRequired()).isFalse();

    PartnerView required = admin.requireSignature(registered.id(), true);
    admin.requireSignature(registered.id(), true);

    assertThat(required.signatureRequired()).isTrue();
    assertThat(partners.find(registered.id()).orElseThrow().requiresSignature()).isTrue();
    assertThat(audit.changes)
        .extracting(AuditEvent::detail)
        .filteredOn(d -> d.contains("change=signature"))
        .hasSize(1)
        .allMatch(d -> d.contains("required=true"));
    assertThat(admin.requireSignature(registered.id(), false).signatureRequired()).isFalse();
  }

  @Test
  void refusesADuplicateNameOrCertificateWithTypedErrors() {
    registerAsl();

    BusinessRefusal sameName =
        refusal(() -> calls.call(admin, "register", "ASL Uno", der(CAF), Set.of()));
    BusinessRefusal sameCertificate =
        refusal(() -> calls.call(admin, "register", "Altro nome", der(ASL), Set.of()));

    assertThat(sameName.code()).isEqualTo(ErrorCode.PARTNER_NAME_TAKEN);
    assertThat(sameCertificate.code()).isEqualTo(ErrorCode.PARTNER_CERTIFICATE_TAKEN);
    assertThat(partners.all).hasSize(1);
    assertThat(audit.refusals)
        .extracting(AuditEvent::outcome)
        .containsExactly("PARTNER_NAME_TAKEN", "PARTNER_CERTIFICATE_TAKEN");
  }

  @Test
  void refusesACertificateThePartnerListenerWouldNotAccept() {
    Instant now = Instant.now();
    X509Certificate expired =
        SelfSignedCertificates.certificate(
            "Scaduto",
            now.minus(Duration.ofDays(400)),
            now.minus(Duration.ofDays(1)),
            KeyPurposeId.id_kp_clientAuth);
    X509Certificate serverOnly =
        SelfSignedCertificates.certificate(
            "Server",
            now.minus(Duration.ofDays(1)),
            now.plus(Duration.ofDays(100)),
            KeyPurposeId.id_kp_serverAuth);

    BusinessRefusal e1 = refusal(() -> calls.call(admin, "register", "X", der(expired), Set.of()));
    BusinessRefusal e2 =
        refusal(() -> calls.call(admin, "register", "Y", der(serverOnly), Set.of()));
    BusinessRefusal e3 = refusal(() -> calls.call(admin, "register", "Z", new byte[] {1, 2}, null));

    assertThat(List.of(e1, e2, e3))
        .allSatisfy(e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST));
    assertThat(((InvalidRequestException) e1).problem()).isEqualTo(PartnerCertificates.EXPIRED);
    assertThat(((InvalidRequestException) e2).problem())
        .isEqualTo(PartnerCertificates.NOT_FOR_CLIENT_AUTH);
    assertThat(((InvalidRequestException) e3).problem()).isEqualTo(PartnerCertificates.UNREADABLE);
    assertThat(partners.all).isEmpty();
    assertThat(audit.refusals).hasSize(3);
  }

  @Test
  void refusesABlankName() {
    BusinessRefusal e = refusal(() -> calls.call(admin, "register", "  ", der(ASL), Set.of()));
    assertThat(((InvalidRequestException) e).problem())
        .isEqualTo(PartnerAdministration.NAME_MISSING);
  }

  @Test
  void disablesAndEnablesRecordingOnlyRealChanges() {
    long id = registerAsl().id();

    assertThat(admin.disable(id).enabled()).isFalse();
    assertThat(partners.find(id).orElseThrow().mayCall(PartnerOperation.REQUEST_CHALLENGE))
        .isFalse();
    admin.disable(id);
    assertThat(admin.enable(id).enabled()).isTrue();

    assertThat(audit.changes)
        .extracting(AuditEvent::detail)
        .hasSize(3)
        .satisfies(d -> assertThat(d.get(1)).startsWith("change=disabled; "))
        .satisfies(d -> assertThat(d.get(2)).startsWith("change=enabled; "));
    // Each recorded change makes the nodes' remembered access of this partner go (KnownPartners).
    assertThat(changed.events).hasSize(3).allMatch(e -> e.partnerId() == id);
  }

  @Test
  void setsExactlyTheOperationsGiven() {
    long id = registerAsl().id();

    PartnerView view = admin.setOperations(id, Set.of(PartnerOperation.LIST_BINDINGS));

    assertThat(view.operations()).containsExactly(PartnerOperation.LIST_BINDINGS);
    assertThat(audit.changes.get(1).detail())
        .startsWith("change=operations; ")
        .endsWith("; before=[REQUEST_CHALLENGE, BIND_SMARTCARD]; after=[LIST_BINDINGS]");
    assertThat(admin.setOperations(id, Set.of()).operations()).isEmpty();
  }

  @Test
  void replacesTheCertificateSoThatOnlyTheNewOneIdentifiesThePartner() {
    long id = registerAsl().id();
    admin.register("CAF Due", der(CAF), Set.of());

    PartnerView view = admin.replaceCertificate(id, der(ASL_RENEWED));

    PartnerCertificateId renewed = PartnerCertificateId.of(ASL_RENEWED);
    PartnerCertificateId old = PartnerCertificateId.of(ASL);
    assertThat(view.certificateSha256()).isEqualTo(renewed.sha256());
    assertThat(partners.find(id).orElseThrow().isIdentifiedBy(renewed)).isTrue();
    assertThat(partners.find(id).orElseThrow().isIdentifiedBy(old)).isFalse();
    assertThat(audit.changes.get(2).detail())
        .startsWith("change=certificate replaced; ")
        .endsWith(
            "; serialBefore="
                + old.serialHex()
                + "; serial="
                + renewed.serialHex()
                + "; sha256="
                + renewed.sha256());

    BusinessRefusal taken = refusal(() -> calls.call(admin, "replaceCertificate", id, der(CAF)));
    assertThat(taken.code()).isEqualTo(ErrorCode.PARTNER_CERTIFICATE_TAKEN);
  }

  @Test
  void anUnknownPartnerIsAnInvalidRequest() {
    BusinessRefusal e = refusal(() -> calls.call(admin, "enable", 999));
    assertThat(((InvalidRequestException) e).problem()).isEqualTo(PartnerAdministration.UNKNOWN);
  }

  @Test
  void onlyASupervisorManagesPartners() {
    as("clerk");
    BusinessRefusal e = refusal(() -> calls.call(admin, "register", "ASL Uno", der(ASL), Set.of()));
    assertThat(e.code()).isEqualTo(ErrorCode.OPERATOR_NOT_PERMITTED);
    assertThat(refusal(() -> calls.call(admin, "partners")).code())
        .isEqualTo(ErrorCode.OPERATOR_NOT_PERMITTED);
    assertThat(partners.all).isEmpty();
    assertThat(audit.refusals)
        .extracting(AuditEvent::action, AuditEvent::outcome)
        .containsOnly(
            org.assertj.core.groups.Tuple.tuple(
                AuditAction.PARTNER_ADMIN, "OPERATOR_NOT_PERMITTED"));
    assertThat(audit.refusals.get(0).actor()).isEqualTo("operator:clerk");
  }
}
