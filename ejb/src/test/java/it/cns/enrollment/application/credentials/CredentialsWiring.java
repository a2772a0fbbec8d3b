package it.cns.enrollment.application.credentials;

import it.cns.enrollment.application.security.AuditRecorder;
import it.cns.enrollment.application.security.Caller;
import it.cns.enrollment.application.security.SecretAttempts;
import it.cns.enrollment.application.security.SecurityWiring;
import it.cns.enrollment.application.security.ThrottleFakes;
import it.cns.enrollment.domain.account.AccountRepository;
import it.cns.enrollment.domain.credential.FisconlineCredentialsRepository;
import it.cns.enrollment.domain.credential.PasswordPolicy;
import it.cns.enrollment.domain.credential.SecretHasher;
import java.time.Clock;

/**
 * Wires this package's beans for the tests of other use-case packages, which cannot reach their
 * package-private injection points (the container does it in the server).
 */
public final class CredentialsWiring {

  private CredentialsWiring() {}

  public static CredentialStatusReader statusReader(
      FisconlineCredentialsRepository credentials, Clock clock) {
    CredentialStatusReader reader = new CredentialStatusReader();
    reader.credentials = credentials;
    reader.clock = clock;
    return reader;
  }

  public static TraditionalLoginService traditionalLogin(
      SecretAttempts attempts,
      AccountRepository accounts,
      FisconlineCredentialsRepository credentials,
      AuditRecorder audit,
      SecretHasher hasher,
      PasswordPolicy policy,
      Clock clock,
      Caller caller) {
    TraditionalLoginService logins = new TraditionalLoginService();
    logins.attempts = attempts;
    logins.accounts = accounts;
    logins.credentials = credentials;
    logins.audit = audit;
    logins.hasher = hasher;
    logins.policy = policy;
    logins.clock = clock;
    logins.caller = caller;
    logins.lockNotice = new RecordingLockNotice();
    logins.throttle =
        SecurityWiring.loginThrottle(new ThrottleFakes.Table(), ThrottleFakes.GENEROUS);
    return logins;
  }

  /** One login attempt, without turning a refusal into an exception. */
  public static SecretAttempts.Verdict<LoginOutcome> attemptLogin(
      TraditionalLoginService logins, String codiceFiscale, char[] password, char[] pin) {
    return logins.attemptLogin(codiceFiscale, password, pin);
  }
}
