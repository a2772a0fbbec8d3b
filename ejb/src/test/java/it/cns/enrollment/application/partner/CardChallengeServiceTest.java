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
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.infrastructure.pki.CmsPossessionVerifier;
import it.cns.enrollment.infrastructure.pki.CmsProofs;
import it.cns.enrollment.testing.MovableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CardChallengeServiceTest {

  private static final CertificateAuthority CA =
      CertificateAuthority.newRoot("Regione Test - CA Cittadini", "Regione Test");
  private static final IssuedCredential CITIZEN =
      CA.issueCard(CardProfile.forCodiceFiscale("RSSMRA80A01H501U"));
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
  }

  private static byte[] proofOf(IssuedChallenge issued) {
    return CmsProofs.sign(issued.challenge(), CITIZEN.privateKey(), CITIZEN.certificate(), true);
  }

  /** As the container calls it for the partner's request: refusals audited by the interceptor. */
  private void verify(AuthorisedPartner partner, IssuedChallenge issued, byte[] proof) {
    Caller caller = Callers.as(new Actor.Partner(partner.id(), partner.name()), Channel.PARTNER);
    new AuditedCalls(audit, caller)
        .call(service, "verifyAndConsume", partner, issued.id(), proof, CITIZEN.certificate());
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
        () -> service.verifyAndConsume(asl, new byte[16], proof, CITIZEN.certificate()),
        ErrorCode.CHALLENGE_UNKNOWN);
    assertRefused(
        () -> service.verifyAndConsume(asl, new byte[3], proof, CITIZEN.certificate()),
        ErrorCode.CHALLENGE_UNKNOWN);
    assertRefused(
        () -> service.verifyAndConsume(asl, null, proof, CITIZEN.certificate()),
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
}
