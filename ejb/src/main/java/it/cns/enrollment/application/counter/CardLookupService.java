package it.cns.enrollment.application.counter;

import it.cns.enrollment.application.credentials.CredentialStatusReader;
import it.cns.enrollment.application.mail.MailOutbox;
import it.cns.enrollment.application.security.Audited;
import it.cns.enrollment.application.security.RefusalSubject;
import it.cns.enrollment.domain.account.Account;
import it.cns.enrollment.domain.account.AccountRepository;
import it.cns.enrollment.domain.account.EntratelSite;
import it.cns.enrollment.domain.activation.ActivationInputException;
import it.cns.enrollment.domain.activation.ActivationRequest;
import it.cns.enrollment.domain.activation.TsCnsActivation;
import it.cns.enrollment.domain.activation.TsCnsActivationRepository;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditEventRepository;
import it.cns.enrollment.domain.audit.AuditFilter;
import it.cns.enrollment.domain.card.SmartcardBinding;
import it.cns.enrollment.domain.card.SmartcardBindingRepository;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.identity.CardId;
import it.cns.enrollment.domain.identity.CodiceFiscale;
import it.cns.enrollment.domain.identity.InvalidCodiceFiscaleException;
import it.cns.enrollment.domain.mail.EmailAddress;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The counter's look-up: a person by codice fiscale, or a card by its number (which leads to its
 * holder). Read only, but a person's file is personal data: every file opened is on record
 * (DOSSIER_VIEW, {@link Audited#reads()}), with the operator or supervisor and the person.
 */
@Stateless
public class CardLookupService {

  /** How many audit events the dossier shows (newest first). */
  static final int AUDIT_LINES = 100;

  @Inject TsCnsActivationRepository activations;
  @Inject AccountRepository accounts;
  @Inject SmartcardBindingRepository bindings;
  @Inject CredentialStatusReader credentials;
  @Inject AuditEventRepository audit;
  @Inject MailOutbox outbox;

  /**
   * Everything about the person with this codice fiscale (possibly nothing: a dossier with no
   * activation, no account).
   *
   * @throws BusinessRefusal INVALID_REQUEST when the codice fiscale is not valid
   */
  @Audited(value = AuditAction.DOSSIER_VIEW, reads = true)
  public CardDossier byCodiceFiscale(String cf) {
    CodiceFiscale person;
    try {
      person = CodiceFiscale.parse(cf);
    } catch (InvalidCodiceFiscaleException e) {
      throw ActivationInputException.of(ActivationInputException.Field.HOLDER_CF, e);
    }
    return dossier(person);
  }

  /**
   * The dossier of the holder of this card: the holder of its activation, or else the account a
   * binding of it belongs to.
   *
   * @throws BusinessRefusal INVALID_REQUEST (card number), CARD_NOT_ACTIVATED when nothing is known
   *     of the card
   */
  @Audited(value = AuditAction.DOSSIER_VIEW, reads = true)
  public CardDossier byCardId(String cardId) {
    CardId card = ActivationRequest.card(cardId);
    RefusalSubject.detail("card", card.masked());
    Optional<CodiceFiscale> holder =
        activations
            .findByCardId(card)
            .map(TsCnsActivation::holder)
            .or(
                () ->
                    bindings.findByCardNumber(card).stream()
                        .findFirst()
                        .map(b -> b.account().codiceFiscale()));
    return dossier(
        holder.orElseThrow(
            () ->
                new BusinessRefusal(
                    ErrorCode.CARD_NOT_ACTIVATED, "nothing known of card " + card.masked())));
  }

  private CardDossier dossier(CodiceFiscale person) {
    RefusalSubject.about(person.toString());
    Optional<Account> account = accounts.findByCodiceFiscale(person);
    List<CardDossier.Activation> cards =
        activations.findByHolder(person).stream().map(this::activation).toList();
    List<CardDossier.Binding> bound =
        account
            .map(a -> bindings.findByAccount(a).stream().map(CardLookupService::binding).toList())
            .orElse(List.of());
    List<CardDossier.AuditLine> events =
        audit.findOlder(AuditFilter.aboutSubject(person.toString()), null, AUDIT_LINES).stream()
            .map(
                e ->
                    new CardDossier.AuditLine(
                        e.occurredAt(),
                        e.action().name(),
                        e.channel().name(),
                        e.actor(),
                        e.outcome(),
                        e.detail()))
            .toList();
    return new CardDossier(
        person.toString(),
        account.map(a -> a.type().name()).orElse(null),
        account.map(Account::displayName).orElse(null),
        cards,
        bound,
        account.flatMap(credentials::statusOf).orElse(null),
        events);
  }

  private CardDossier.Activation activation(TsCnsActivation a) {
    return new CardDossier.Activation(
        a.id(),
        a.cardId().value(),
        a.activationCase(),
        a.acting().toString(),
        a.status().name(),
        a.activatedAt(),
        a.revokedAt().orElse(null),
        a.revocationReason().orElse(null),
        a.codesGeneration(),
        a.codesIssuedAt(),
        a.revocationFailedAttempts(),
        a.isRevocationLocked(),
        a.operatorUsername(),
        a.counterOfficeId(),
        EmailAddress.mask(a.email()),
        outbox.stateOf(ActivationCodesMail.reference(a.id())));
  }

  private static CardDossier.Binding binding(SmartcardBinding b) {
    return new CardDossier.Binding(
        b.id(),
        b.maskedCardId(),
        b.cardIssuerName(),
        b.status().name(),
        b.boundAt(),
        b.lastSeenAt(),
        b.site().map(EntratelSite::code).orElse(null));
  }
}
