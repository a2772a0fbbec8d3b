package it.cns.enrollment.infrastructure.security;

import it.cns.enrollment.domain.credential.PasswordPolicy;
import it.cns.enrollment.domain.credential.SecretHasher;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.logging.Logger;

/**
 * Produces what credential services need: the Argon2id hasher configured from {@code CNS_ARGON2_*}
 * (read once; a bad value fails the first use, naming the variable) and the password policy.
 */
@ApplicationScoped
public class CredentialSettings {

  private static final Logger LOG = Logger.getLogger(CredentialSettings.class.getName());

  private Argon2idHasher hasher;

  @PostConstruct
  void configure() {
    hasher = Argon2idHasher.fromEnvironment();
    LOG.info(
        () -> "secrets hashed with " + hasher + ", at most " + hasher.concurrency() + " at once");
  }

  // Dependent scope: the produced classes are final and cannot be proxied; the instances are
  // shared and immutable. Injected as the domain's interface: nothing outside this package needs
  // to know the hash is Argon2id.
  @Produces
  SecretHasher secretHasher() {
    return hasher;
  }

  @Produces
  PasswordPolicy passwordPolicy() {
    return PasswordPolicy.standard();
  }
}
