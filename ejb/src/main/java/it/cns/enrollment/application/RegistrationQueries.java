package it.cns.enrollment.application;

import it.cns.enrollment.domain.account.Account;
import it.cns.enrollment.domain.account.AccountRepository;
import it.cns.enrollment.domain.card.SmartcardBindingRepository;
import it.cns.enrollment.domain.error.EnrollmentException;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.identity.CodiceFiscale;
import it.cns.enrollment.domain.identity.InvalidCodiceFiscaleException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Read-only questions partners ask about a person: is it enabled, which cards are bound. */
@Stateless
public class RegistrationQueries {

  @Inject AccountRepository accounts;
  @Inject SmartcardBindingRepository bindings;

  /** The person's enablement and number of bound cards. */
  public Registration status(String codiceFiscale) {
    CodiceFiscale cf = parse(codiceFiscale);
    Optional<Account> account = accounts.findByCodiceFiscale(cf);
    return new Registration(
        cf.toString(),
        account.map(a -> a.type().name()).orElse("NOT_ENABLED"),
        account.map(a -> bindings.findByAccount(a).size()).orElse(0));
  }

  /** The person's bound cards (none when not enabled). */
  public List<BindingReceipt> bindings(String codiceFiscale) {
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
      throw new EnrollmentException(ErrorCode.INVALID_REQUEST, "codiceFiscale: " + e.getMessage());
    }
  }
}
