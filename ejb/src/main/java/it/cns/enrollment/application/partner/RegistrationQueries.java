package it.cns.enrollment.application.partner;

import it.cns.enrollment.application.card.BindingReceipt;
import it.cns.enrollment.application.security.Audited;
import it.cns.enrollment.application.security.Caller;
import it.cns.enrollment.application.security.RefusalSubject;
import it.cns.enrollment.domain.account.AccountRepository;
import it.cns.enrollment.domain.account.AccountStanding;
import it.cns.enrollment.domain.actor.Actor;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.card.SmartcardBindingRepository;
import it.cns.enrollment.domain.error.InvalidFieldException;
import it.cns.enrollment.domain.identity.CodiceFiscale;
import it.cns.enrollment.domain.identity.InvalidCodiceFiscaleException;
import it.cns.enrollment.domain.partner.PartnerOperation;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * Read-only questions partners ask about a person: is it enabled, which cards are bound. Each
 * question authorises the calling partner and answers in one transaction (one connection, one
 * commit): {@code registrationStatus} is the partners' most frequent call (BENCHMARKS.md, issue
 * #7). Both answers are personal data: each is on record ({@link Audited#reads()}, in that same
 * transaction), with the partner as the actor and the person as the subject.
 */
@Stateless
public class RegistrationQueries {

  /** The state of a person without an account. */
  public static final String NOT_ENABLED = "NOT_ENABLED";

  @Inject AccountRepository accounts;
  @Inject SmartcardBindingRepository bindings;
  @EJB PartnerAuthorization partners;
  @Inject Caller caller;

  /**
   * The person's enablement and number of bound cards, to a partner granted {@code
   * REGISTRATION_STATUS} (refused {@code NOT_AUTHORISED} before the codice fiscale is looked at).
   */
  @Audited(value = AuditAction.REGISTRATION_STATUS, reads = true)
  public Registration status(X509Certificate partnerCertificate, String codiceFiscale) {
    authorise(partnerCertificate, PartnerOperation.REGISTRATION_STATUS);
    CodiceFiscale cf = parse(codiceFiscale, "/registrationStatus/codiceFiscale");
    RefusalSubject.about(cf.toString());
    Optional<AccountStanding> standing = accounts.standingOf(cf);
    return new Registration(
        cf.toString(),
        standing.map(s -> s.type().name()).orElse(NOT_ENABLED),
        standing.map(AccountStanding::boundCards).orElse(0));
  }

  /**
   * The person's bound cards (none when not enabled), to a partner granted {@code LIST_BINDINGS}.
   */
  @Audited(value = AuditAction.BINDINGS_LIST, reads = true)
  public List<BindingReceipt> bindings(X509Certificate partnerCertificate, String codiceFiscale) {
    authorise(partnerCertificate, PartnerOperation.LIST_BINDINGS);
    CodiceFiscale cf = parse(codiceFiscale, "/listBindings/codiceFiscale");
    RefusalSubject.about(cf.toString());
    List<BindingReceipt> found =
        accounts
            .findByCodiceFiscale(cf)
            .map(a -> bindings.findByAccount(a).stream().map(BindingReceipt::of).toList())
            .orElse(List.of());
    RefusalSubject.detail("cards", found.size());
    return found;
  }

  /**
   * The partner authorised for the operation becomes the request's {@link Caller} (these queries
   * carry no request id): the audit trail names it. Its refusal is audited by the authorisation.
   */
  private void authorise(X509Certificate partnerCertificate, PartnerOperation operation) {
    AuthorisedPartner partner = partners.authorise(partnerCertificate, operation, null);
    caller.enter(new Actor.Partner(partner.id(), partner.name()), Channel.PARTNER);
  }

  /** A person's state as partners see it. */
  public record Registration(String codiceFiscale, String state, int boundCards) {}

  /** The codice fiscale, or INVALID_REQUEST naming the contract's field and the rule broken. */
  private static CodiceFiscale parse(String codiceFiscale, String field) {
    try {
      return CodiceFiscale.parse(codiceFiscale);
    } catch (InvalidCodiceFiscaleException e) {
      throw new InvalidFieldException(
          field, e.getMessage(), "CodiceFiscale." + e.problem(), e.arguments());
    }
  }
}
