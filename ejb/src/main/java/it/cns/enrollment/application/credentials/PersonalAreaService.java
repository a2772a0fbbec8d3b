package it.cns.enrollment.application.credentials;

import it.cns.enrollment.application.security.AuditRecorder;
import it.cns.enrollment.application.security.Caller;
import it.cns.enrollment.domain.account.Account;
import it.cns.enrollment.domain.account.AccountRepository;
import it.cns.enrollment.domain.account.EntratelSite;
import it.cns.enrollment.domain.actor.Actor;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditDetails;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.card.SmartcardBinding;
import it.cns.enrollment.domain.card.SmartcardBindingRepository;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.identity.CodiceFiscale;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The citizen's personal area: what the account is, where its cards are bound, the state of its
 * traditional credentials; and unbinding a card. A person may bind several cards (a CNS and a
 * TS-CNS, say), each card to one account only.
 */
@Stateless
public class PersonalAreaService {

  @Inject AccountRepository accounts;
  @Inject SmartcardBindingRepository bindings;
  @Inject CredentialStatusReader credentials;
  @Inject AuditRecorder audit;
  @Inject Clock clock;
  @Inject Caller caller;

  public PersonalArea view(String codiceFiscale) {
    Account account = account(codiceFiscale);
    List<PersonalArea.Site> sites =
        account.sites().stream()
            .map(s -> new PersonalArea.Site(s.code(), s.description()))
            .toList();
    List<PersonalArea.Card> cards =
        bindings.findByAccount(account).stream()
            .map(
                b ->
                    new PersonalArea.Card(
                        b.id(),
                        b.cardIssuerName(),
                        b.site().map(EntratelSite::code).orElse(null),
                        b.maskedCardId(),
                        b.certificateNotAfter(),
                        b.boundAt(),
                        b.lastSeenAt(),
                        b.status().name()))
            .toList();
    return new PersonalArea(
        account.codiceFiscale().toString(),
        account.type(),
        account.displayName(),
        sites,
        cards,
        credentials.statusOf(account).orElse(null));
  }

  /**
   * Removes a card from the calling citizen's account; the audit trail keeps the record of the
   * binding.
   */
  public void unbind(long bindingId) {
    String codiceFiscale =
        (caller.actor() instanceof Actor.Citizen citizen
                ? citizen.codiceFiscale()
                : Optional.<String>empty())
            .orElseThrow(
                () -> new BusinessRefusal(ErrorCode.NOT_ENABLED, "not a logged-in citizen"));
    Account account = account(codiceFiscale);
    SmartcardBinding binding =
        bindings.findByAccount(account).stream()
            .filter(b -> b.id() == bindingId)
            .findFirst()
            .orElseThrow(
                () ->
                    new BusinessRefusal(ErrorCode.INVALID_REQUEST, "no such card on the account"));
    bindings.remove(binding);
    audit.recordChange(
        AuditEvent.of(
                AuditAction.CARD_UNBIND, caller.channel(), caller.auditName(), clock.instant())
            .subject(codiceFiscale)
            .certificateOf(binding.cardIssuerName(), binding.certificateSerial())
            .detail(AuditDetails.of("card", binding.maskedCardId()))
            .build());
  }

  private Account account(String codiceFiscale) {
    return accounts
        .findByCodiceFiscale(CodiceFiscale.parse(codiceFiscale))
        .orElseThrow(() -> new BusinessRefusal(ErrorCode.NOT_ENABLED, "no account"));
  }
}
