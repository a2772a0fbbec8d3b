package it.cns.enrollment.infrastructure.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * The server-side secret every new hash is keyed with (Argon2's own secret input, K): a copy of the
 * database alone no longer allows offline guessing of the short codes (8-digit PIN, PUK, CIP),
 * since the pepper lives outside it, in the configured secrets ({@code CNS_HASH_PEPPER}). Its id -
 * the first bytes of its SHA-256, never the key - is written into each hash it made ({@code
 * keyid=}), so hashes made before it (or under another) are recognised and replaced at their next
 * successful use.
 */
public final class Pepper {

  /** Shortest key accepted: 256 bits. */
  public static final int MIN_BYTES = 32;

  private final byte[] key;
  private final String id;

  private Pepper(byte[] key) {
    if (key.length < MIN_BYTES) {
      throw new IllegalArgumentException(
          "the hash pepper must be at least " + MIN_BYTES + " bytes, base64 encoded");
    }
    this.key = key.clone();
    this.id = idOf(this.key);
  }

  /** The pepper of {@code key} (copied). */
  public static Pepper of(byte[] key) {
    return new Pepper(key);
  }

  /** What hashes made under this pepper name it by: 8 base64 characters. */
  public String id() {
    return id;
  }

  /** A copy of the key, for one derivation; the caller wipes it. */
  byte[] key() {
    return key.clone();
  }

  private static String idOf(byte[] key) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update("cns-hash-pepper-id".getBytes(StandardCharsets.US_ASCII));
      byte[] digest = sha.digest(key);
      return Base64.getEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 6));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  @Override
  public String toString() {
    return "Pepper[" + id + "]";
  }
}
