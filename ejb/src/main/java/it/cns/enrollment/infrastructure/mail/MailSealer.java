package it.cns.enrollment.infrastructure.mail;

import it.cns.enrollment.application.port.DocumentSealer;
import it.cns.enrollment.application.port.MailBodySealer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals and opens outbox bodies with AES-256-GCM under the outbox key ({@code CNS_OUTBOX_KEY}, 32
 * random bytes in base64). Sealed form: one format byte ({@value #FORMAT}), a random 12-byte IV,
 * the ciphertext and the 16-byte tag; the caller's associated data (the row's kind, reference and
 * recipient) is authenticated, not stored. A changed byte, another key or other associated data
 * make {@link #open} fail.
 */
public final class MailSealer implements MailBodySealer, DocumentSealer {

  /** The environment variable holding the key. */
  public static final String KEY_VARIABLE = "CNS_OUTBOX_KEY";

  static final byte FORMAT = 1;
  private static final int KEY_BYTES = 32;
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec key;

  private MailSealer(byte[] key) {
    this.key = new SecretKeySpec(key, "AES");
  }

  /**
   * The sealer for a base64 key (standard or URL-safe alphabet, padding optional).
   *
   * @throws InvalidOutboxKeyException when the key is missing, not base64 or not 32 bytes; the
   *     message names the variable and the rule, never the value
   */
  public static MailSealer fromBase64Key(String base64) {
    if (base64 == null || base64.isBlank()) {
      throw new InvalidOutboxKeyException(
          KEY_VARIABLE
              + " is not set: the mail outbox needs a 32-byte key in base64"
              + " (e.g. `openssl rand -base64 32`)");
    }
    byte[] raw;
    String text = base64.strip();
    try {
      raw =
          text.indexOf('-') >= 0 || text.indexOf('_') >= 0
              ? Base64.getUrlDecoder().decode(text)
              : Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidOutboxKeyException(KEY_VARIABLE + " is not valid base64");
    }
    try {
      if (raw.length != KEY_BYTES) {
        throw new InvalidOutboxKeyException(
            KEY_VARIABLE + " must decode to " + KEY_BYTES + " bytes (AES-256), not " + raw.length);
      }
      if (allSame(raw)) {
        throw new InvalidOutboxKeyException(KEY_VARIABLE + " is not random (all bytes equal)");
      }
      return new MailSealer(raw);
    } finally {
      Arrays.fill(raw, (byte) 0);
    }
  }

  private static boolean allSame(byte[] b) {
    for (byte x : b) {
      if (x != b[0]) {
        return false;
      }
    }
    return true;
  }

  /** A fresh random key in base64, for the launcher and the tests. */
  public static String newBase64Key() {
    byte[] k = new byte[KEY_BYTES];
    RANDOM.nextBytes(k);
    return Base64.getEncoder().encodeToString(k);
  }

  /** Seals {@code body} (UTF-8) bound to {@code associatedData}. */
  @Override
  public byte[] seal(char[] body, byte[] associatedData) {
    Objects.requireNonNull(body, "body is required");
    byte[] plain = utf8(body);
    try {
      return sealBytes(plain, associatedData);
    } finally {
      Arrays.fill(plain, (byte) 0);
    }
  }

  /**
   * Opens a body sealed by {@link #seal} with the same key and associated data.
   *
   * @throws SealedBodyException when it was changed, sealed under another key or for other data
   */
  @Override
  public char[] open(byte[] sealed, byte[] associatedData) {
    byte[] plain = openBytes(sealed, associatedData);
    try {
      CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(plain));
      char[] body = Arrays.copyOfRange(chars.array(), chars.position(), chars.limit());
      Arrays.fill(chars.array(), '\0');
      return body;
    } finally {
      Arrays.fill(plain, (byte) 0);
    }
  }

  /** Seals {@code plain} bound to {@code associatedData} (same key and format as the bodies). */
  @Override
  public byte[] sealBytes(byte[] plain, byte[] associatedData) {
    Objects.requireNonNull(plain, "plain bytes are required");
    Objects.requireNonNull(associatedData, "associated data is required");
    try {
      byte[] iv = new byte[IV_BYTES];
      RANDOM.nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(associatedData);
      byte[] sealed = cipher.doFinal(plain);
      return ByteBuffer.allocate(1 + IV_BYTES + sealed.length)
          .put(FORMAT)
          .put(iv)
          .put(sealed)
          .array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM unavailable", e);
    }
  }

  /**
   * Opens bytes sealed by {@link #sealBytes} (or a body sealed by {@link #seal}).
   *
   * @throws SealedBodyException when they were changed, sealed under another key or for other data
   */
  @Override
  public byte[] openBytes(byte[] sealed, byte[] associatedData) {
    Objects.requireNonNull(sealed, "sealed body is required");
    Objects.requireNonNull(associatedData, "associated data is required");
    if (sealed.length < 1 + IV_BYTES + TAG_BITS / 8 || sealed[0] != FORMAT) {
      throw new SealedBodyException("sealed body has an unknown format");
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 1, IV_BYTES));
      cipher.updateAAD(associatedData);
      return cipher.doFinal(sealed, 1 + IV_BYTES, sealed.length - 1 - IV_BYTES);
    } catch (AEADBadTagException e) {
      throw new SealedBodyException(
          "sealed body does not open: changed, another key, or another row's");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM unavailable", e);
    }
  }

  private static byte[] utf8(char[] body) {
    ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(body));
    byte[] out = Arrays.copyOfRange(bytes.array(), bytes.position(), bytes.limit());
    Arrays.fill(bytes.array(), (byte) 0);
    return out;
  }

  @Override
  public String toString() {
    return "MailSealer[AES-256-GCM, key hidden]";
  }
}
