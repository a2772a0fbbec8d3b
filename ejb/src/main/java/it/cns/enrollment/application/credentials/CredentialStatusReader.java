package it.cns.enrollment.application.credentials;

import it.cns.enrollment.domain.account.Account;
import it.cns.enrollment.domain.credential.FisconlineCredentialsRepository;
import it.cns.enrollment.domain.credential.PasswordPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/** The state of an account's traditional credentials, as the personal area shows it. */
@ApplicationScoped
public class CredentialStatusReader {

  @Inject FisconlineCredentialsRepository credentials;
  @Inject Clock clock;

  public Optional<PersonalArea.Credentials> statusOf(Account account) {
    PasswordPolicy policy = PasswordPolicy.standard();
    return credentials
        .findByAccount(account)
        .map(
            c ->
                new PersonalArea.Credentials(
                    c.passwordExpiresAt(policy.validity()),
                    c.passwordChangeRequired(clock.instant(), policy.validity()),
                    c.isLocked()));
  }
}
