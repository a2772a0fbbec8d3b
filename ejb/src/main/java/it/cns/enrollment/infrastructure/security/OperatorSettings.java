package it.cns.enrollment.infrastructure.security;

import it.cns.enrollment.domain.operator.OperatorLockout;
import it.cns.enrollment.infrastructure.config.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Produces the intranet's lockout rule from {@code CNS_OPERATOR_MAX_ATTEMPTS} (consecutive wrong
 * passwords that lock an operator; default 5, 1 to 100). A value that is not a whole number in
 * range fails the first use, naming the variable.
 */
@ApplicationScoped
public class OperatorSettings {

  static final String MAX_ATTEMPTS = "CNS_OPERATOR_MAX_ATTEMPTS";

  private static final Logger LOG = Logger.getLogger(OperatorSettings.class.getName());

  private OperatorLockout lockout;

  @PostConstruct
  void configure() {
    lockout = lockout(System::getenv);
    LOG.info(() -> "operators locked after " + lockout.maxFailedAttempts() + " wrong passwords");
  }

  static OperatorLockout lockout(Function<String, String> env) {
    return new Settings(env)
        .get(MAX_ATTEMPTS)
        .map(
            v -> {
              try {
                return new OperatorLockout(Integer.parseInt(v));
              } catch (IllegalArgumentException e) {
                throw new IllegalStateException(
                    MAX_ATTEMPTS + "=" + v + " is not a whole number from 1 to 100", e);
              }
            })
        .orElse(new OperatorLockout(OperatorLockout.DEFAULT_MAX_FAILED_ATTEMPTS));
  }

  // Dependent scope: records cannot be proxied; the instance is immutable.
  @Produces
  OperatorLockout operatorLockout() {
    return lockout;
  }
}
