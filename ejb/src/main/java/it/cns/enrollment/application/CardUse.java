package it.cns.enrollment.application;

import it.cns.enrollment.domain.account.Account;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.card.SmartcardBinding;
import it.cns.enrollment.domain.card.SmartcardBindingRepository;
import it.cns.enrollment.domain.error.EnrollmentException;
import it.cns.enrollment.domain.identity.CertificateRefusedException;
import it.cns.enrollment.domain.identity.CnsCertificate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
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
  @Inject AuditRecorder audit;

  static CardUse of(SmartcardBindingRepository bindings, AuditRecorder audit) {
    CardUse use = new CardUse();
    use.bindings = bindings;
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
      return use.apply(card);
    } catch (EnrollmentException | CertificateRefusedException e) {
      audit.recordRefusal(action, context, certificate, e);
      throw e;
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
