package it.cns.enrollment.application.security;

import it.cns.enrollment.domain.operator.OperatorRepository;
import it.cns.enrollment.domain.throttle.LoginThrottling;
import it.cns.enrollment.domain.throttle.ThrottleRepository;
import java.time.Clock;

/**
 * Wires this package's beans for the tests of the use-case packages, which cannot reach their
 * package-private injection points (the container does it in the server).
 */
public final class SecurityWiring {

  private SecurityWiring() {}

  public static SecretAttempts secretAttempts(AuditRecorder audit, Clock clock) {
    return secretAttempts(
        audit, clock, loginThrottle(new ThrottleFakes.Table(), ThrottleFakes.GENEROUS));
  }

  public static SecretAttempts secretAttempts(
      AuditRecorder audit, Clock clock, LoginThrottle throttle) {
    SecretAttempts attempts = new SecretAttempts();
    attempts.audit = audit;
    attempts.clock = clock;
    attempts.throttle = throttle;
    return attempts;
  }

  public static LoginThrottle loginThrottle(ThrottleRepository table, LoginThrottling throttling) {
    LoginThrottle throttle = new LoginThrottle();
    throttle.repository = table;
    throttle.throttling = throttling;
    throttle.digest = ThrottleFakes.DIGEST;
    return throttle;
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
