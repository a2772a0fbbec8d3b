package it.cns.enrollment.infrastructure.security;

import it.cns.enrollment.application.port.KeyedDigest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The application's {@link KeyedDigest}: HMAC-SHA256 under a key derived from the {@link Pepper}
 * for each purpose, {@code HMAC(HMAC(pepper, "cns-keyed-digest:" + purpose), text)}, so that the
 * pepper itself never keys two uses. Without a pepper (a development server that has none), a plain
 * SHA-256 of purpose and text: no worse than before, and said once at deployment.
 */
public final class PepperedDigest implements KeyedDigest {

  private static final String ALGORITHM = "HmacSHA256";

  private final Pepper pepper;

  PepperedDigest(Pepper pepper) {
    this.pepper = pepper;
  }

  /** True when digests are keyed (a pepper is configured). */
  boolean keyed() {
    return pepper != null;
  }

  @Override
  public String hex(String purpose, String text) {
    byte[] data = text.getBytes(StandardCharsets.UTF_8);
    try {
      if (pepper == null) {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update((purpose + ":").getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest(data));
      }
      byte[] key = pepper.key();
      byte[] purposeKey;
      try {
        purposeKey = hmac(key, ("cns-keyed-digest:" + purpose).getBytes(StandardCharsets.UTF_8));
      } finally {
        Arrays.fill(key, (byte) 0);
      }
      try {
        return HexFormat.of().formatHex(hmac(purposeKey, data));
      } finally {
        Arrays.fill(purposeKey, (byte) 0);
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 and SHA-256 are part of every Java platform", e);
    }
  }

  private static byte[] hmac(byte[] key, byte[] data) throws GeneralSecurityException {
    Mac mac = Mac.getInstance(ALGORITHM);
    mac.init(new SecretKeySpec(key, ALGORITHM));
    return mac.doFinal(data);
  }

  @Override
  public String toString() {
    return pepper == null ? "PepperedDigest[no pepper: SHA-256]" : "PepperedDigest[" + pepper + "]";
  }
}
