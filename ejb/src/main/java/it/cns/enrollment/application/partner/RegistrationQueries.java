package it.cns.enrollment.application.partner;

import it.cns.enrollment.application.card.BindingReceipt;
import it.cns.enrollment.domain.account.AccountRepository;
import it.cns.enrollment.domain.account.AccountStanding;
import it.cns.enrollment.domain.card.SmartcardBindingRepository;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
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
 * #7).
 */
@Stateless
public class RegistrationQueries {

  /** The state of a person without an account. */
  public static final String NOT_ENABLED = "NOT_ENABLED";

  @Inject AccountRepository accounts;
  @Inject SmartcardBindingRepository bindings;
  @EJB PartnerAuthorization partners;

  /**
   * The person's enablement and number of bound cards, to a partner granted {@code
   * REGISTRATION_STATUS} (refused {@code NOT_AUTHORISED} before the codice fiscale is looked at).
   */
  public Registration status(X509Certificate partnerCertificate, String codiceFiscale) {
    partners.authorise(partnerCertificate, PartnerOperation.REGISTRATION_STATUS, null);
    CodiceFiscale cf = parse(codiceFiscale);
    Optional<AccountStanding> standing = accounts.standingOf(cf);
    return new Registration(
        cf.toString(),
        standing.map(s -> s.type().name()).orElse(NOT_ENABLED),
        standing.map(AccountStanding::boundCards).orElse(0));
  }

  /**
   * The person's bound cards (none when not enabled), to a partner granted {@code LIST_BINDINGS}.
   */
  public List<BindingReceipt> bindings(X509Certificate partnerCertificate, String codiceFiscale) {
    partners.authorise(partnerCertificate, PartnerOperation.LIST_BINDINGS, null);
    return accounts
        .findByCodiceFiscale(parse(codiceFiscale))
        .map(a -> bindings.findByAccount(a).stream().map(BindingReceipt::of).toList())
        .orElse(List.of());
  }

  /** A person's state as partners see it. */
  public record Registration(String codiceFiscale, String state, int boundCards) {}

  private static CodiceFiscale parse(String codiceFiscale) {
    try {
      return CodiceFiscale.parse(codiceFiscale);
    } catch (InvalidCodiceFiscaleException e) {
      throw new BusinessRefusal(ErrorCode.INVALID_REQUEST, "codiceFiscale: " + e.getMessage());
    }
  }
}
