package it.cns.enrollment.application.security;

import it.cns.enrollment.application.port.KeyedDigest;
import it.cns.enrollment.domain.throttle.LoginThrottling;
import it.cns.enrollment.domain.throttle.ThrottlePolicy;
import it.cns.enrollment.domain.throttle.ThrottleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The delays of login attempts, per account typed and per client address (NIST SP 800-63B rate
 * limiting). Used by {@link SecretAttempts} inside the attempt's own transaction: the keys' rows
 * are locked first, an attempt still delayed is refused at once (no Argon2 work, no thread put to
 * sleep: the answer says when to try again), and the verdict then counts or clears.
 *
 * <p>The account key is a keyed digest (HMAC under the pepper, {@link KeyedDigest}) of the
 * normalised identifier, existing or not, so that the delay never tells whether an account exists,
 * what was typed (perhaps a password in the wrong box) is not stored, and a database dump does not
 * tell whose codice fiscale was tried (a plain digest would: the codici fiscali of a town can be
 * listed and hashed). An identifier that cannot name an account (malformed) gets no account key:
 * the address key still counts it.
 */
@ApplicationScoped
public class LoginThrottle {

  /** Kind of account key: a citizen's codice fiscale (traditional login). */
  public static final String CITIZEN = "citizen";

  /** Kind of account key: an intranet username. */
  public static final String OPERATOR = "operator";

  /** What an attempt is counted under. */
  public record Keys(String account, String address) {

    List<String> all() {
      List<String> keys = new ArrayList<>(2);
      if (account != null) {
        keys.add(account);
      }
      if (address != null) {
        keys.add(address);
      }
      // One order on every node: two attempts locking the same two rows cannot deadlock.
      keys.sort(null);
      return keys;
    }
  }

  /** What the account keys' digests are made for ({@link KeyedDigest}'s purpose). */
  static final String DIGEST_PURPOSE = "login-throttle";

  @Inject ThrottleRepository repository;
  @Inject LoginThrottling throttling;
  @Inject KeyedDigest digest;

  /** The keys of an attempt on {@code identifier} of {@code kind}, from the caller's address. */
  public Keys keys(String kind, Optional<String> identifier, String clientAddress) {
    return new Keys(
        identifier.map(i -> accountKey(kind, i)).orElse(null),
        clientAddress == null ? null : "address:" + clientAddress);
  }

  private String accountKey(String kind, String identifier) {
    return "account:"
        + kind
        + ":"
        + digest.hex(DIGEST_PURPOSE, identifier.toUpperCase(Locale.ROOT));
  }

  /** Locks the keys' rows for this transaction; the longest wait still due, if any. */
  Optional<Duration> waitFor(Keys keys, Instant now) {
    Duration longest = Duration.ZERO;
    for (String key : keys.all()) {
      Duration wait = repository.lock(key).waitAt(now).orElse(Duration.ZERO);
      if (wait.compareTo(longest) > 0) {
        longest = wait;
      }
    }
    return longest.isZero() ? Optional.empty() : Optional.of(longest);
  }

  /** A wrong attempt: each key counted under its policy; a few long-forgotten keys removed. */
  void failed(Keys keys, Instant now) {
    for (String key : keys.all()) {
      ThrottlePolicy policy =
          key.equals(keys.account()) ? throttling.perAccount() : throttling.perAddress();
      repository.save(repository.lock(key).failed(now, policy));
    }
    Duration forget =
        max(throttling.perAccount().forgetAfter(), throttling.perAddress().forgetAfter());
    repository.forgetOlderThan(now.minus(forget), now);
  }

  /**
   * A right secret: the account's count starts again. The address's does not - one account the
   * attacker owns must not clear the way to guessing others from the same place.
   */
  void succeeded(Keys keys) {
    if (keys.account() != null) {
      repository.forget(keys.account());
    }
  }

  /** An unlock (smartcard login, a supervisor): the account's delays end with the lock. */
  public void forgetAccount(String kind, String identifier) {
    repository.forget(accountKey(kind, identifier));
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
