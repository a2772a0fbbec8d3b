package it.cns.enrollment.application.card;

import it.cns.enrollment.application.security.AuditRecorder;
import it.cns.enrollment.application.security.Audited;
import it.cns.enrollment.application.security.Caller;
import it.cns.enrollment.application.security.RefusalSubject;
import it.cns.enrollment.domain.account.Account;
import it.cns.enrollment.domain.account.EntratelSite;
import it.cns.enrollment.domain.activation.ActivationStatus;
import it.cns.enrollment.domain.activation.TsCnsActivation;
import it.cns.enrollment.domain.activation.TsCnsActivationRepository;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditDetails;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.card.BindingStatus;
import it.cns.enrollment.domain.card.SmartcardBinding;
import it.cns.enrollment.domain.card.SmartcardBindingRepository;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.identity.CnsCertificate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * What every use case that starts from a citizen's card shares: once identified, the card is the
 * subject of a refusal on the way (audited under the use case's action by {@link Audited}) and is
 * refused if revoked at a counter; binding a card records it in the audit trail, with the {@link
 * Caller}, and what validation could not confirm. Runs inside the calling service's transaction.
 */
@ApplicationScoped
class CardUse {

  @Inject SmartcardBindingRepository bindings;
  @Inject TsCnsActivationRepository activations;
  @Inject AuditRecorder audit;
  @Inject Caller caller;

  /**
   * The identified card, for a use: from here on the subject of a refusal; refused when revoked at
   * a counter.
   *
   * @throws BusinessRefusal CARD_REVOKED
   */
  IdentifiedCard use(IdentifiedCard card) {
    RefusalSubject.certificate(card.certificate());
    refuseRevoked(card.certificate());
    return card;
  }

  /**
   * As {@link #use}, handing back the card's binding that the revocation check read, so that a
   * login does not read it again (issue #19).
   */
  Optional<SmartcardBinding> useBound(IdentifiedCard card) {
    RefusalSubject.certificate(card.certificate());
    return refuseRevoked(card.certificate());
  }

  /**
   * A card revoked at a counter (TS-CNS revocation with the CIP) is refused for every use, whether
   * the revocation shows on its activation or on its binding: its certificate may well still be
   * valid, since the counter does not reach the issuer's CRL. Returns the binding it read.
   */
  private Optional<SmartcardBinding> refuseRevoked(CnsCertificate certificate) {
    Optional<TsCnsActivation> activation = certificate.cardId().flatMap(activations::findByCardId);
    if (activation.filter(a -> a.status() == ActivationStatus.REVOKED).isPresent()) {
      throw new BusinessRefusal(
          ErrorCode.CARD_REVOKED, "card " + certificate.cardKey() + " revoked at a counter");
    }
    Optional<SmartcardBinding> binding = bindings.findByCard(certificate.cardKey());
    if (binding.filter(b -> b.status() == BindingStatus.REVOKED).isPresent()) {
      throw new BusinessRefusal(
          ErrorCode.CARD_REVOKED, "binding of card " + certificate.cardKey() + " revoked");
    }
    return binding;
  }

  /** Binds the card to the account (Entratel: site 000) and records the action. */
  SmartcardBinding bind(Account account, IdentifiedCard card, AuditAction action, Instant at) {
    SmartcardBinding binding =
        SmartcardBinding.bind(account, card.certificate(), caller.channel(), at);
    bindings.add(binding);
    audit.recordChange(
        AuditEvent.of(action, caller.channel(), caller.auditName(), at)
            .certificate(card.certificate())
            .requestId(caller.requestId())
            .detail(detail(binding, card))
            .build());
    return binding;
  }

  private static AuditDetails detail(SmartcardBinding binding, IdentifiedCard card) {
    return AuditDetails.of("card", binding.maskedCardId())
        .and("site", binding.site().map(EntratelSite::code).orElse(null))
        .and(card.auditDetail());
  }
}
