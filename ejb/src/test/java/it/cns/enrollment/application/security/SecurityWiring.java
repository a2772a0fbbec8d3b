package it.cns.enrollment.application.security;

import it.cns.enrollment.domain.operator.OperatorRepository;
import java.time.Clock;

/**
 * Wires this package's beans for the tests of the use-case packages, which cannot reach their
 * package-private injection points (the container does it in the server).
 */
public final class SecurityWiring {

  private SecurityWiring() {}

  public static SecretAttempts secretAttempts(AuditRecorder audit, Clock clock) {
    SecretAttempts attempts = new SecretAttempts();
    attempts.audit = audit;
    attempts.clock = clock;
    return attempts;
  }

  public static OperatorAuthorization operatorAuthorization(
      OperatorRepository operators, AuditRecorder audit, Clock clock) {
    OperatorAuthorization authorization = new OperatorAuthorization();
    authorization.operators = operators;
    authorization.audit = audit;
    authorization.clock = clock;
    return authorization;
  }

  /** The request's caller, as the request scope would give it to the authorisation. */
  public static void callAs(OperatorAuthorization authorization, Caller caller) {
    authorization.caller = caller;
  }
}
