package it.cns.enrollment.application.partner;

import it.cns.enrollment.application.port.CardPossessionVerifier;
import it.cns.enrollment.application.security.AuditRecorder;
import it.cns.enrollment.application.security.Audited;
import it.cns.enrollment.application.security.RefusalSubject;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditDetails;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.challenge.CardChallenge;
import it.cns.enrollment.domain.challenge.CardProofContent;
import it.cns.enrollment.domain.challenge.ChallengeRepository;
import it.cns.enrollment.domain.challenge.ChallengeSettings;
import it.cns.enrollment.domain.challenge.UnboundProofs;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.partner.PartnerOperation;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Proof that the citizen's card is present: a partner asks for a challenge, has the card sign it,
 * and sends the signature with the certificate; the challenge is accepted once, before it expires
 * ({@code CNS_CHALLENGE_TTL_SECONDS}, 300 s by default), and only from the partner it was issued
 * to. A copied certificate alone enrolls nobody.
 *
 * <p>The proof is a CMS SignedData - the standard envelope that smartcard middleware and the
 * Italian signing tools produce, carrying the signed data and the algorithm identifiers
 * unambiguously - verified by the {@link CardPossessionVerifier} with the citizen's certificate.
 *
 * <p>What the card signs names the operation and the person as well as the challenge ({@link
 * CardProofContent}, contract 1.3), so a signature given for one operation is refused by another; a
 * contract 1.2 proof over the bare challenge is accepted or refused by {@code
 * CNS_CARD_PROOF_UNBOUND}, and each accepted one is audited ({@code CARD_PROOF}, {@code
 * form=UNBOUND}) so the supervisors see which partners still send them.
 *
 * <p>{@link #verifyAndConsume} joins the caller's transaction: the challenge is consumed if and
 * only if the operation it authorises (binding, enrollment) commits; a refused operation leaves it
 * unused, so the partner may retry with the same signature until it expires. Refusals are audited
 * ({@code CARD_PROOF}); issuing a challenge is audited ({@code CARD_CHALLENGE}).
 */
@Stateless
public class CardChallengeService {

  @Inject ChallengeRepository challenges;
  @Inject CardPossessionVerifier possession;
  @Inject AuditRecorder audit;
  @Inject Clock clock;
  @Inject ChallengeSettings settings;

  SecureRandom random = new SecureRandom();
  Duration ttl;
  UnboundProofs unboundProofs;

  @PostConstruct
  void configure() {
    ttl = settings.timeToLive();
    unboundProofs = settings.unboundProofs();
  }

  /**
   * A fresh challenge for this partner: 32 random bytes ({@code SecureRandom}), stored with the
   * partner id, created and expiry instants, unused.
   */
  public IssuedChallenge issue(AuthorisedPartner partner) {
    Objects.requireNonNull(partner, "partner is required");
    byte[] id = new byte[CardChallenge.ID_BYTES];
    byte[] challenge = new byte[CardChallenge.CHALLENGE_BYTES];
    random.nextBytes(id);
    random.nextBytes(challenge);
    Instant now = clock.instant();
    CardChallenge issued = CardChallenge.issue(id, partner.id(), challenge, now, ttl);
    challenges.add(issued);
    audit.recordChange(
        AuditEvent.of(AuditAction.CARD_CHALLENGE, Channel.PARTNER, partner.actor(), now)
            .detail(AuditDetails.of("challenge", issued.id()).and("expiresAt", issued.expiresAt()))
            .build());
    return new IssuedChallenge(id, challenge, issued.expiresAt());
  }

  /**
   * Verifies the proof and consumes the challenge (single use, atomically).
   *
   * <p>The proof is a CMS SignedData (DER), attached or detached, signed by the private key of
   * {@code citizenCertificate}: the SignerInfo must name that certificate (issuer + serial or
   * subject key identifier) and the signature must verify with its public key - a certificate
   * carried inside the CMS is never used. RSA or ECDSA with SHA-256 or stronger; SHA-1 and MD5 are
   * refused. What is signed is the text naming {@code operation}, {@code codiceFiscale} and the
   * challenge ({@link CardProofContent#bound}), or, as contract 1.2 partners do and if {@code
   * CNS_CARD_PROOF_UNBOUND} accepts it, the bare challenge.
   *
   * @param operation the operation the proof is presented to
   * @param codiceFiscale the person the operation is for (the certificate's, upper case)
   * @throws BusinessRefusal {@code CHALLENGE_UNKNOWN} (no such challenge for this partner), {@code
   *     CHALLENGE_EXPIRED}, {@code CHALLENGE_USED}, {@code PROOF_INVALID} (malformed CMS, wrong
   *     signer, bad signature, content not the challenge, weak algorithm), {@code
   *     PROOF_OTHER_OPERATION} (signed for another operation or person), {@code PROOF_UNBOUND} (the
   *     bare challenge, refused by the setting)
   */
  @Audited(AuditAction.CARD_PROOF)
  public void verifyAndConsume(
      AuthorisedPartner partner,
      PartnerOperation operation,
      String codiceFiscale,
      byte[] challengeId,
      byte[] proof,
      X509Certificate citizenCertificate) {
    Objects.requireNonNull(partner, "partner is required");
    Objects.requireNonNull(operation, "operation is required");
    Objects.requireNonNull(codiceFiscale, "codice fiscale is required");
    if (citizenCertificate != null) {
      RefusalSubject.certificateOf(
          truncate(citizenCertificate.getIssuerX500Principal().getName(), 1000),
          citizenCertificate.getSerialNumber().toString(16));
    }
    RefusalSubject.about(codiceFiscale);
    RefusalSubject.detail("operation", operation.contractName());
    consume(partner, operation, codiceFiscale, challengeId, proof, citizenCertificate);
  }

  private void consume(
      AuthorisedPartner partner,
      PartnerOperation operation,
      String codiceFiscale,
      byte[] challengeId,
      byte[] proof,
      X509Certificate citizenCertificate) {
    if (citizenCertificate == null) {
      throw new BusinessRefusal(ErrorCode.NO_CERTIFICATE, "no citizen certificate");
    }
    Optional<CardChallenge> found =
        CardChallenge.isWellFormedId(challengeId)
            ? challenges.find(CardChallenge.hexId(challengeId))
            : Optional.empty();
    // Another partner's challenge is unknown to this one: nothing says it exists.
    CardChallenge challenge =
        found
            .filter(c -> c.isIssuedTo(partner.id()))
            .orElseThrow(
                () ->
                    new BusinessRefusal(
                        ErrorCode.CHALLENGE_UNKNOWN, "no such challenge for this partner"));
    Instant now = clock.instant();
    if (challenge.isUsed()) {
      throw used(challenge);
    }
    if (challenge.isExpiredAt(now)) {
      throw expired(challenge);
    }
    byte[] signed =
        possession.signedContent(
            proof,
            CardProofContent.candidates(operation, codiceFiscale, challenge.challenge()),
            citizenCertificate);
    CardProofContent.Form form =
        CardProofContent.judge(
            signed, operation, codiceFiscale, challenge.challenge(), unboundProofs);
    if (!challenges.consume(challenge.id(), partner.id(), now)) {
      // Lost a race with a concurrent use of the same challenge (or it expired meanwhile).
      throw challenge.isExpiredAt(now) ? expired(challenge) : used(challenge);
    }
    if (form == CardProofContent.Form.UNBOUND) {
      // In the operation's transaction: on record only if the proof was really spent.
      audit.recordChange(
          AuditEvent.of(AuditAction.CARD_PROOF, Channel.PARTNER, partner.actor(), now)
              .subject(codiceFiscale)
              .detail(
                  AuditDetails.of("challenge", challenge.id())
                      .and("operation", operation.contractName())
                      .and("form", form.name()))
              .build());
    }
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  private static BusinessRefusal used(CardChallenge challenge) {
    return new BusinessRefusal(
        ErrorCode.CHALLENGE_USED, "challenge " + challenge.id() + " already used");
  }

  private static BusinessRefusal expired(CardChallenge challenge) {
    return new BusinessRefusal(
        ErrorCode.CHALLENGE_EXPIRED,
        "challenge " + challenge.id() + " expired at " + challenge.expiresAt());
  }
}
