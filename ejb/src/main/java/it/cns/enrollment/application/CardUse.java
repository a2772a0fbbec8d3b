package it.cns.enrollment.application;

import it.cns.enrollment.domain.account.Account;
import it.cns.enrollment.domain.activation.ActivationStatus;
import it.cns.enrollment.domain.activation.TsCnsActivation;
import it.cns.enrollment.domain.activation.TsCnsActivationRepository;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.card.BindingStatus;
import it.cns.enrollment.domain.card.SmartcardBinding;
import it.cns.enrollment.domain.card.SmartcardBindingRepository;
import it.cns.enrollment.domain.error.EnrollmentException;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.identity.CardId;
import it.cns.enrollment.domain.identity.CertificateRefusedException;
import it.cns.enrollment.domain.identity.CnsCertificate;
import it.cns.enrollment.domain.identity.CodiceFiscale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What every use case that starts from a citizen's card shares: the card is identified, the use
 * runs, and a refusal on the way - of the card or of the use - is audited under the use case's
 * action; binding a card records it in the audit trail with what validation could not confirm. Runs
 * inside the calling service's transaction.
 */
@ApplicationScoped
public class CardUse {

  @Inject SmartcardBindingRepository bindings;
  @Inject TsCnsActivationRepository activations;
  @Inject AuditRecorder audit;

  static CardUse of(SmartcardBindingRepository bindings, AuditRecorder audit) {
    return of(bindings, NO_ACTIVATIONS, audit);
  }

  static CardUse of(
      SmartcardBindingRepository bindings,
      TsCnsActivationRepository activations,
      AuditRecorder audit) {
    CardUse use = new CardUse();
    use.bindings = bindings;
    use.activations = activations;
    use.audit = audit;
    return use;
  }

  <T> T audited(
      AuditAction action,
      RequestContext context,
      Supplier<IdentifiedCard> identify,
      Function<IdentifiedCard, T> use) {
    CnsCertificate certificate = null;
    try {
      IdentifiedCard card = identify.get();
      certificate = card.certificate();
      refuseRevoked(certificate);
      return use.apply(card);
    } catch (EnrollmentException | CertificateRefusedException e) {
      audit.recordRefusal(action, context, certificate, e);
      throw e;
    }
  }

  /**
   * A card revoked at a counter (TS-CNS revocation with the CIP) is refused for every use, whether
   * the revocation shows on its activation or on its binding: its certificate may well still be
   * valid, since the counter does not reach the issuer's CRL.
   */
  private void refuseRevoked(CnsCertificate certificate) {
    Optional<TsCnsActivation> activation = certificate.cardId().flatMap(activations::findByCardId);
    if (activation.filter(a -> a.status() == ActivationStatus.REVOKED).isPresent()) {
      throw new EnrollmentException(
          ErrorCode.CARD_REVOKED, "card " + certificate.cardKey() + " revoked at a counter");
    }
    if (bindings
        .findByCard(certificate.cardKey())
        .filter(b -> b.status() == BindingStatus.REVOKED)
        .isPresent()) {
      throw new EnrollmentException(
          ErrorCode.CARD_REVOKED, "binding of card " + certificate.cardKey() + " revoked");
    }
  }

  /** Binds the card to the account (Entratel: site 000) and records the action. */
  SmartcardBinding bind(
      Account account,
      IdentifiedCard card,
      AuditAction action,
      RequestContext context,
      Instant at) {
    SmartcardBinding binding =
        SmartcardBinding.bind(account, card.certificate(), context.channel(), at);
    bindings.add(binding);
    audit.recordChange(
        AuditEvent.of(action, context.channel(), context.actor(), at)
            .certificate(card.certificate())
            .requestId(context.requestId())
            .detail(detail(binding, card))
            .build());
    return binding;
  }

  /** For callers (unit tests) with no activations at hand: no card is revoked. */
  private static final TsCnsActivationRepository NO_ACTIVATIONS =
      new TsCnsActivationRepository() {
        @Override
        public Optional<TsCnsActivation> findByCardId(CardId id) {
          return Optional.empty();
        }

        @Override
        public Optional<TsCnsActivation> findByCardIdForUpdate(CardId id) {
          return Optional.empty();
        }

        @Override
        public Optional<TsCnsActivation> findById(long id) {
          return Optional.empty();
        }

        @Override
        public List<TsCnsActivation> findByHolder(CodiceFiscale cf) {
          return List.of();
        }

        @Override
        public void add(TsCnsActivation activation) {
          throw new UnsupportedOperationException("no activations here");
        }
      };

  private static String detail(SmartcardBinding binding, IdentifiedCard card) {
    String bound =
        "card "
            + binding.maskedCardId()
            + " bound"
            + binding.site().map(s -> " to site " + s.code()).orElse("");
    String warnings = card.auditDetail();
    return warnings == null ? bound : bound + "; " + warnings;
  }
}
