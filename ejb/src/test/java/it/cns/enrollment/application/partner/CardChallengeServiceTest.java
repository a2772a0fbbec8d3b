package it.cns.enrollment.application.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cns.enrollment.application.security.AuditedCalls;
import it.cns.enrollment.application.security.Caller;
import it.cns.enrollment.application.security.Callers;
import it.cns.enrollment.application.security.CredentialFakes;
import it.cns.enrollment.devpki.CardProfile;
import it.cns.enrollment.devpki.CertificateAuthority;
import it.cns.enrollment.devpki.IssuedCredential;
import it.cns.enrollment.domain.actor.Actor;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.challenge.CardChallenge;
import it.cns.enrollment.domain.challenge.CardProofContent;
import it.cns.enrollment.domain.challenge.UnboundProofs;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.partner.PartnerOperation;
import it.cns.enrollment.infrastructure.pki.CmsPossessionVerifier;
import it.cns.enrollment.infrastructure.pki.CmsProofs;
import it.cns.enrollment.testing.MovableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CardChallengeServiceTest {

  private static final String CF = "RSSMRA80A01H501U";
  private static final PartnerOperation ENROLL = PartnerOperation.ENROLL_FISCONLINE;
  private static final PartnerOperation BIND = PartnerOperation.BIND_SMARTCARD;
  private static final CertificateAuthority CA =
      CertificateAuthority.newRoot("Regione Test - CA Cittadini", "Regione Test");
  private static final IssuedCredential CITIZEN = CA.issueCard(CardProfile.forCodiceFiscale(CF));
  private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

  private final AuthorisedPartner asl = new AuthorisedPartner(1, "ASL Demo");
  private final AuthorisedPartner caf = new AuthorisedPartner(2, "CAF Demo");
  private final PartnerFakes.Challenges challenges = new PartnerFakes.Challenges();
  private final CredentialFakes.Audit audit = new CredentialFakes.Audit();
  private final MovableClock clock = new MovableClock(NOW);
  private final CardChallengeService service = new CardChallengeService();

  CardChallengeServiceTest() {
    service.challenges = challenges;
    service.possession = new CmsPossessionVerifier();
    service.audit = audit;
    service.clock = clock;
    service.ttl = Duration.ofSeconds(300);
    service.unboundProofs = UnboundProofs.ACCEPT;
  }

  /** The card's proof for an enrollment of its holder (contract 1.3), attached. */
  private static byte[] proofOf(IssuedChallenge issued) {
    return signed(CardProofContent.bound(ENROLL, CF, issued.challenge()), true);
  }

  private static byte[] signed(byte[] content, boolean attached) {
    return CmsProofs.sign(content, CITIZEN.privateKey(), CITIZEN.certificate(), attached);
  }

  /** As the container calls it for the partner's request: refusals audited by the interceptor. */
  private void verify(AuthorisedPartner partner, IssuedChallenge issued, byte[] proof) {
    verify(partner, ENROLL, issued, proof);
  }

  private void verify(
      AuthorisedPartner partner, PartnerOperation operation, IssuedChallenge issued, byte[] proof) {
    Caller caller = Callers.as(new Actor.Partner(partner.id(), partner.name()), Channel.PARTNER);
    new AuditedCalls(audit, caller)
        .call(
            service,
            "verifyAndConsume",
            partner,
            operation,
            CF,
            issued.id(),
            proof,
            CITIZEN.certificate());
  }

  private static void assertRefused(Runnable call, ErrorCode code) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(BusinessRefusal.class, e -> assertThat(e.code()).isEqualTo(code));
  }

  @Test
  void issuesRandomChallengesStoredForThePartnerAndAudited() {
    IssuedChallenge a = service.issue(asl);
    IssuedChallenge b = service.issue(asl);

    assertThat(a.id()).hasSize(16).isNotEqualTo(b.id());
    assertThat(a.challenge()).hasSize(32).isNotEqualTo(b.challenge());
    assertThat(a.expiresAt()).isEqualTo(NOW.plusSeconds(300));
    CardChallenge stored = challenges.byId.get(CardChallenge.hexId(a.id()));
    assertThat(stored.partnerId()).isEqualTo(1);
    assertThat(stored.challenge()).isEqualTo(a.challenge());
    assertThat(stored.isUsed()).isFalse();
    assertThat(audit.changes)
        .extracting(AuditEvent::action, AuditEvent::actor)
        .containsOnly(
            org.assertj.core.groups.Tuple.tuple(AuditAction.CARD_CHALLENGE, "partner:ASL Demo"));
  }

  @Test
  void aValidProofConsumesTheChallengeOnce() {
    IssuedChallenge issued = service.issue(asl);
    byte[] proof = proofOf(issued);

    verify(asl, issued, proof);

    assertThat(challenges.byId.get(CardChallenge.hexId(issued.id())).isUsed()).isTrue();
    assertRefused(() -> verify(asl, issued, proof), ErrorCode.CHALLENGE_USED);
    assertThat(audit.refusals)
        .extracting(AuditEvent::action, AuditEvent::outcome)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(AuditAction.CARD_PROOF, "CHALLENGE_USED"));
  }

  @Test
  void anotherPartnersChallengeIsUnknown() {
    IssuedChallenge issued = service.issue(asl);

    assertRefused(() -> verify(caf, issued, proofOf(issued)), ErrorCode.CHALLENGE_UNKNOWN);
    assertThat(challenges.byId.get(CardChallenge.hexId(issued.id())).isUsed()).isFalse();
  }

  @Test
  void anUnknownOrMalformedIdIsUnknown() {
    IssuedChallenge issued = service.issue(asl);
    byte[] proof = proofOf(issued);

    assertRefused(
        () -> service.verifyAndConsume(asl, ENROLL, CF, new byte[16], proof, CITIZEN.certificate()),
        ErrorCode.CHALLENGE_UNKNOWN);
    assertRefused(
        () -> service.verifyAndConsume(asl, ENROLL, CF, new byte[3], proof, CITIZEN.certificate()),
        ErrorCode.CHALLENGE_UNKNOWN);
    assertRefused(
        () -> service.verifyAndConsume(asl, ENROLL, CF, null, proof, CITIZEN.certificate()),
        ErrorCode.CHALLENGE_UNKNOWN);
  }

  @Test
  void aChallengeExpiresAfterItsTimeToLive() {
    IssuedChallenge issued = service.issue(asl);
    byte[] proof = proofOf(issued);
    clock.advance(Duration.ofSeconds(300));

    assertRefused(() -> verify(asl, issued, proof), ErrorCode.CHALLENGE_EXPIRED);
  }

  @Test
  void isStillValidJustBeforeExpiry() {
    IssuedChallenge issued = service.issue(asl);
    clock.advance(Duration.ofSeconds(299));

    verify(asl, issued, proofOf(issued));
  }

  @Test
  void anInvalidProofLeavesTheChallengeUnusedAndIsAudited() {
    IssuedChallenge issued = service.issue(asl);
    IssuedChallenge other = service.issue(asl);

    assertRefused(() -> verify(asl, issued, proofOf(other)), ErrorCode.PROOF_INVALID);

    assertThat(challenges.byId.get(CardChallenge.hexId(issued.id())).isUsed()).isFalse();
    assertThat(challenges.consumeCalls).isZero();
    AuditEvent refusal = audit.refusals.get(0);
    assertThat(refusal.outcome()).isEqualTo("PROOF_INVALID");
    assertThat(refusal.actor()).isEqualTo("partner:ASL Demo");
    assertThat(refusal.channel()).isEqualTo(Channel.PARTNER);
    assertThat(refusal.certificateSerial())
        .isEqualTo(CITIZEN.certificate().getSerialNumber().toString(16));
  }

  @Test
  void losingTheRaceToConsumeIsChallengeUsed() {
    IssuedChallenge issued = service.issue(asl);
    byte[] proof = proofOf(issued);
    challenges.concurrentConsumerWins = true;

    assertRefused(() -> verify(asl, issued, proof), ErrorCode.CHALLENGE_USED);
  }

  // --- the operation and person the card signed for (issue #15) -------------------------------

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void aProofForAnEnrollmentIsRefusedByABindingAndLeavesTheChallengeUnused(boolean attached) {
    IssuedChallenge issued = service.issue(asl);
    byte[] forEnrollment = signed(CardProofContent.bound(ENROLL, CF, issued.challenge()), attached);

    assertRefused(() -> verify(asl, BIND, issued, forEnrollment), ErrorCode.PROOF_OTHER_OPERATION);

    assertThat(challenges.consumeCalls).isZero();
    assertThat(audit.refusals)
        .extracting(AuditEvent::action, AuditEvent::outcome)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(AuditAction.CARD_PROOF, "PROOF_OTHER_OPERATION"));
    verify(asl, ENROLL, issued, forEnrollment);
    assertThat(challenges.byId.get(CardChallenge.hexId(issued.id())).isUsed()).isTrue();
  }

  @Test
  void aProofForAnotherPersonIsRefused() {
    IssuedChallenge issued = service.issue(asl);
    byte[] forSomebodyElse =
        signed(CardProofContent.bound(ENROLL, "VRDGPP75B02F205X", issued.challenge()), true);

    assertRefused(() -> verify(asl, issued, forSomebodyElse), ErrorCode.PROOF_OTHER_OPERATION);
  }

  @Test
  void aBoundProofIsNotAudited() {
    IssuedChallenge issued = service.issue(asl);
    audit.changes.clear();

    verify(asl, issued, proofOf(issued));

    assertThat(audit.changes).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void anUnboundProofIsAcceptedAndAuditedWhileTheSettingAllows(boolean attached) {
    IssuedChallenge issued = service.issue(asl);
    audit.changes.clear();

    verify(asl, BIND, issued, signed(issued.challenge(), attached));

    assertThat(challenges.byId.get(CardChallenge.hexId(issued.id())).isUsed()).isTrue();
    assertThat(audit.changes).hasSize(1);
    AuditEvent unbound = audit.changes.get(0);
    assertThat(unbound.action()).isEqualTo(AuditAction.CARD_PROOF);
    assertThat(unbound.actor()).isEqualTo("partner:ASL Demo");
    assertThat(unbound.subjectCf()).isEqualTo(CF);
    assertThat(unbound.detail()).contains("UNBOUND").contains("bindSmartcard");
  }

  @Test
  void anUnboundProofIsRefusedWhenTheSettingSaysSo() {
    service.unboundProofs = UnboundProofs.REFUSE;
    IssuedChallenge issued = service.issue(asl);

    assertRefused(
        () -> verify(asl, issued, signed(issued.challenge(), true)), ErrorCode.PROOF_UNBOUND);
    assertThat(challenges.consumeCalls).isZero();
    verify(asl, issued, proofOf(issued));
  }
}
