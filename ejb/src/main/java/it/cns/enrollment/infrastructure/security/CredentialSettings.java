package it.cns.enrollment.infrastructure.security;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import it.cns.enrollment.application.port.KeyedDigest;
import it.cns.enrollment.domain.credential.PasswordPolicy;
import it.cns.enrollment.domain.credential.SecretHasher;
import it.cns.enrollment.infrastructure.config.HasherSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Produces what credential services need: the Argon2id hasher with the parameters of {@code
 * CNS_ARGON2_*} (read and checked at deployment by {@code infrastructure.config}) and the password
 * policy.
 */
@ApplicationScoped
public class CredentialSettings {

  private static final Logger LOG = Logger.getLogger(CredentialSettings.class.getName());

  @Inject HasherSettings parameters;
  @Inject MeterRegistry registry;

  /** The server's default managed executor: where an enrollment's second hash may run. */
  @Resource ManagedExecutorService executor;

  private Argon2idHasher hasher;
  private PepperedDigest digest;

  @PostConstruct
  void configure() {
    hasher = hasher(parameters);
    // Time a hash waited for its turn (CNS_ARGON2_CONCURRENCY). Name-based registration: the
    // only kind WildFly's per-deployment registry exports (infrastructure.metrics).
    Timer queueWait = registry.timer("cns.argon2.queue.wait", Tags.empty());
    hasher.observeQueueWaits(nanos -> queueWait.record(nanos, TimeUnit.NANOSECONDS));
    if (executor != null) {
      hasher.hashInParallelOn(executor);
    }
    LOG.info(
        () -> "secrets hashed with " + hasher + ", at most " + hasher.concurrency() + " at once");
    digest =
        new PepperedDigest(parameters.pepper() == null ? null : Pepper.of(parameters.pepper()));
    if (!digest.keyed()) {
      LOG.warning(
          "no CNS_HASH_PEPPER: login throttle keys are plain SHA-256 digests of what was typed");
    }
  }

  /** The hasher for these parameters (also for terminal tools and benchmarks). */
  public static Argon2idHasher hasher(HasherSettings p) {
    return new Argon2idHasher(
        p.memoryKib(),
        p.iterations(),
        p.parallelism(),
        p.concurrency(),
        p.pepper() == null ? null : Pepper.of(p.pepper()));
  }

  // Dependent scope: the produced classes are final and cannot be proxied; the instances are
  // shared and immutable. Injected as the domain's interface: nothing outside this package needs
  // to know the hash is Argon2id.
  @Produces
  SecretHasher secretHasher() {
    return hasher;
  }

  @Produces
  KeyedDigest keyedDigest() {
    return digest;
  }

  @Produces
  PasswordPolicy passwordPolicy() {
    return PasswordPolicy.standard();
  }
}
