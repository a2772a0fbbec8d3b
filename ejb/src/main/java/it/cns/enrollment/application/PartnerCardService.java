package it.cns.enrollment.application;

import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.identity.CertificateRefusedException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The partner channel's card operations: nothing is enrolled or bound before the card has proven it
 * is present (it signed this partner's single-use challenge); then the same use cases as the
 * citizen's pages run, under the partner's name and request id.
 */
@Stateless
public class PartnerCardService {

  @Inject CertificateIdentityService certificates;
  @Inject CardChallengeService challenges;
  @Inject AuditRecorder audit;
  @Inject CardBindingService bindings;
  @Inject FisconlineEnrollmentService enrollments;

  /** Primo accesso through a partner. */
  public BindingReceipt bind(AuthorisedPartner partner, String requestId, CardPresence card) {
    return bindings.bind(
        proven(partner, requestId, card, AuditAction.CARD_BIND), context(partner, requestId));
  }

  /** Abilitazione through a partner: the receipt holds the PIN and password, to be shown once. */
  public EnrollmentReceipt enroll(AuthorisedPartner partner, String requestId, CardPresence card) {
    return enrollments.enroll(
        proven(partner, requestId, card, AuditAction.FISCONLINE_ENROLLMENT),
        context(partner, requestId));
  }

  /**
   * The card's certificate is judged first (its refusal is the most useful answer: expired,
   * revoked...), once; then the proof that the card signed this partner's challenge.
   */
  private IdentifiedCard proven(
      AuthorisedPartner partner, String requestId, CardPresence card, AuditAction action) {
    IdentifiedCard identified;
    try {
      identified = certificates.identify(card.certificate(), Channel.PARTNER);
    } catch (CertificateRefusedException e) {
      audit.recordRefusal(action, context(partner, requestId), null, e);
      throw e;
    }
    challenges.verifyAndConsume(
        partner,
        card.challengeId(),
        card.proof(),
        CertificateIdentityService.x509(card.certificate()),
        requestId);
    return identified;
  }

  private static RequestContext context(AuthorisedPartner partner, String requestId) {
    return new RequestContext(Channel.PARTNER, partner.actor(), requestId);
  }
}
