package it.cns.enrollment.domain.idempotency;

import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The answer given to one partner request, sealed (see the package description): {@code
 * body_fingerprint} = HMAC-SHA256(bodyHash, "body"), key = HMAC-SHA256(bodyHash, "answer-key"),
 * {@code answer} = 12-byte IV followed by AES-256-GCM ciphertext and tag, with partner, request id
 * and operation as associated data. Never updated.
 */
@Entity
@Table(name = "partner_request")
public class RememberedRequest {

  /** The least a body hash may be: SHA-256 or stronger. */
  public static final int MIN_BODY_HASH_BYTES = 32;

  /** The longest request id (the audit trail's column). */
  public static final int MAX_REQUEST_ID_LENGTH = 64;

  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "partner_id", nullable = false, updatable = false)
  private long partnerId;

  @Column(name = "request_id", nullable = false, length = 64, updatable = false)
  private String requestId;

  @Column(name = "body_fingerprint", nullable = false, updatable = false)
  private byte[] bodyFingerprint;

  @Column(name = "operation", nullable = false, length = 40, updatable = false)
  private String operation;

  @Column(name = "answer", nullable = false, updatable = false)
  private byte[] answer;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected RememberedRequest() {}

  /** Seals the answer to the request whose body hashes to {@code bodyHash}. */
  public static RememberedRequest of(
      long partnerId,
      String requestId,
      byte[] bodyHash,
      String operation,
      byte[] answer,
      Instant at) {
    requireBodyHash(bodyHash);
    RememberedRequest r = new RememberedRequest();
    r.partnerId = partnerId;
    r.requestId = Objects.requireNonNull(requestId, "request id is required");
    r.operation = Objects.requireNonNull(operation, "operation is required");
    r.createdAt = Objects.requireNonNull(at, "instant is required");
    r.bodyFingerprint = derive(bodyHash, "body");
    r.answer = seal(r, bodyHash, Objects.requireNonNull(answer, "answer is required"));
    return r;
  }

  /**
   * The remembered answer, if the body is the one first sent.
   *
   * @throws BusinessRefusal with {@code REQUEST_ID_REUSED} when the body differs
   */
  public byte[] answerFor(byte[] bodyHash) {
    requireBodyHash(bodyHash);
    if (!MessageDigest.isEqual(bodyFingerprint, derive(bodyHash, "body"))) {
      throw new BusinessRefusal(
          ErrorCode.REQUEST_ID_REUSED, "request id reused with a different body");
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE,
          new SecretKeySpec(derive(bodyHash, "answer-key"), "AES"),
          new GCMParameterSpec(TAG_BITS, answer, 0, IV_BYTES));
      cipher.updateAAD(associatedData());
      return cipher.doFinal(answer, IV_BYTES, answer.length - IV_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("remembered answer cannot be opened", e);
    }
  }

  private static byte[] seal(RememberedRequest r, byte[] bodyHash, byte[] plain) {
    try {
      byte[] iv = new byte[IV_BYTES];
      RANDOM.nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.ENCRYPT_MODE,
          new SecretKeySpec(derive(bodyHash, "answer-key"), "AES"),
          new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(r.associatedData());
      byte[] sealed = cipher.doFinal(plain);
      return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM unavailable", e);
    }
  }

  private byte[] associatedData() {
    return (partnerId + "\n" + requestId + "\n" + operation).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] derive(byte[] bodyHash, String label) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(bodyHash, "HmacSHA256"));
      return mac.doFinal(("cns-partner-request-v1:" + label).getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 unavailable", e);
    }
  }

  private static void requireBodyHash(byte[] bodyHash) {
    if (bodyHash == null || bodyHash.length < MIN_BODY_HASH_BYTES) {
      throw new IllegalArgumentException(
          "body hash must be at least " + MIN_BODY_HASH_BYTES + " bytes");
    }
  }

  public Long id() {
    return id;
  }

  public long partnerId() {
    return partnerId;
  }

  public String requestId() {
    return requestId;
  }

  public String operation() {
    return operation;
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** The sealed answer as stored (for tests: it must not contain the plain answer). */
  public byte[] sealedAnswer() {
    return Arrays.copyOf(answer, answer.length);
  }
}
