package it.cns.enrollment.application.partner;

import it.cns.enrollment.application.card.BindingReceipt;
import it.cns.enrollment.application.card.CardBindingService;
import it.cns.enrollment.application.card.CertificateIdentityService;
import it.cns.enrollment.application.card.EnrollmentReceipt;
import it.cns.enrollment.application.card.FisconlineEnrollmentService;
import it.cns.enrollment.application.card.IdentifiedCard;
import it.cns.enrollment.application.security.Audited;
import it.cns.enrollment.application.security.Caller;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.partner.PartnerOperation;
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
  @Inject CardBindingService bindings;
  @Inject FisconlineEnrollmentService enrollments;

  /** Primo accesso through a partner (the {@link Caller}, under its request id). */
  @Audited(AuditAction.CARD_BIND)
  public BindingReceipt bind(AuthorisedPartner partner, CardPresence card) {
    return bindings.bind(proven(partner, PartnerOperation.BIND_SMARTCARD, card));
  }

  /** Abilitazione through a partner: the receipt holds the PIN and password, to be shown once. */
  @Audited(AuditAction.FISCONLINE_ENROLLMENT)
  public EnrollmentReceipt enroll(AuthorisedPartner partner, CardPresence card) {
    return enrollments.enroll(proven(partner, PartnerOperation.ENROLL_FISCONLINE, card));
  }

  /**
   * The card's certificate is judged first (its refusal is the most useful answer: expired,
   * revoked...), once; then the proof that the card signed this partner's challenge (a refused
   * proof is audited there, as CARD_PROOF), which must name this operation and the certificate's
   * codice fiscale.
   */
  private IdentifiedCard proven(
      AuthorisedPartner partner, PartnerOperation operation, CardPresence card) {
    IdentifiedCard identified = certificates.identify(card.certificate(), Channel.PARTNER);
    challenges.verifyAndConsume(
        partner,
        operation,
        identified.certificate().codiceFiscale().value(),
        card.challengeId(),
        card.proof(),
        CertificateIdentityService.x509(card.certificate()));
    return identified;
  }
}
