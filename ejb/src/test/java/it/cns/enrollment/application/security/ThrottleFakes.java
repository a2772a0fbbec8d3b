package it.cns.enrollment.application.security;

import it.cns.enrollment.application.port.KeyedDigest;
import it.cns.enrollment.domain.throttle.LoginThrottling;
import it.cns.enrollment.domain.throttle.ThrottleEntry;
import it.cns.enrollment.domain.throttle.ThrottlePolicy;
import it.cns.enrollment.domain.throttle.ThrottleRepository;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The throttle's table in memory, for the use cases' tests. */
public final class ThrottleFakes {

  private ThrottleFakes() {}

  /** Throttling that the tests of other rules never reach: 1000 free wrong attempts. */
  public static final LoginThrottling GENEROUS = new LoginThrottling(policy(1000), policy(1000));

  /** HMAC-SHA256 under a fixed test key per purpose, as the server's keyed digest. */
  public static final KeyedDigest DIGEST =
      (purpose, text) -> {
        try {
          Mac mac = Mac.getInstance("HmacSHA256");
          byte[] key = ("test-pepper:" + purpose).getBytes(StandardCharsets.UTF_8);
          mac.init(new SecretKeySpec(key, "HmacSHA256"));
          return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
          throw new IllegalStateException(e);
        }
      };

  public static ThrottlePolicy policy(int free) {
    return new ThrottlePolicy(
        free, Duration.ofSeconds(5), Duration.ofSeconds(900), Duration.ofHours(1));
  }

  /** The rows by key. */
  public static final class Table implements ThrottleRepository {
    public final Map<String, ThrottleEntry> rows = new HashMap<>();

    @Override
    public ThrottleEntry lock(String key) {
      return rows.computeIfAbsent(key, ThrottleEntry::fresh);
    }

    @Override
    public void save(ThrottleEntry entry) {
      rows.put(entry.key(), entry);
    }

    @Override
    public void forget(String key) {
      rows.remove(key);
    }

    @Override
    public int forgetOlderThan(Instant lastFailureBefore, Instant now) {
      int before = rows.size();
      rows.values()
          .removeIf(
              e ->
                  e.lastFailureAt() != null
                      && e.lastFailureAt().isBefore(lastFailureBefore)
                      && e.waitAt(now).isEmpty());
      return before - rows.size();
    }
  }
}
