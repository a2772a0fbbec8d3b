package it.cns.enrollment.domain.challenge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A server-issued challenge for one partner: {@value #ID_BYTES} random bytes name it, {@value
 * #CHALLENGE_BYTES} random bytes are what the card signs. It is used at most once and only before
 * it expires.
 */
@Entity
@Table(name = "card_challenge")
public class CardChallenge {

  public static final int ID_BYTES = 16;
  public static final int CHALLENGE_BYTES = 32;

  /** The id in lower-case hex (32 digits). */
  @Id
  @Column(name = "id", nullable = false, length = 32, updatable = false)
  private String id;

  @Column(name = "partner_id", nullable = false, updatable = false)
  private long partnerId;

  @Column(name = "challenge", nullable = false, updatable = false)
  private byte[] challenge;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "used", nullable = false)
  private boolean used;

  @Column(name = "used_at")
  private Instant usedAt;

  protected CardChallenge() {}

  private CardChallenge(
      byte[] id, long partnerId, byte[] challenge, Instant createdAt, Instant expiresAt) {
    this.id = hexId(id);
    this.partnerId = partnerId;
    this.challenge = challenge.clone();
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  /** A fresh, unused challenge for the partner, valid for {@code ttl} from {@code now}. */
  public static CardChallenge issue(
      byte[] id, long partnerId, byte[] challenge, Instant now, Duration ttl) {
    Objects.requireNonNull(now, "instant is required");
    if (ttl == null || ttl.isZero() || ttl.isNegative()) {
      throw new IllegalArgumentException("time to live must be positive");
    }
    if (challenge == null || challenge.length != CHALLENGE_BYTES) {
      throw new IllegalArgumentException("challenge must be " + CHALLENGE_BYTES + " bytes");
    }
    return new CardChallenge(id, partnerId, challenge, now, now.plus(ttl));
  }

  /** The id as stored: lower-case hex of the {@value #ID_BYTES} bytes. */
  public static String hexId(byte[] id) {
    if (id == null || id.length != ID_BYTES) {
      throw new IllegalArgumentException("challenge id must be " + ID_BYTES + " bytes");
    }
    return HexFormat.of().formatHex(id);
  }

  /** Whether the id has the shape of a challenge id (so a lookup is worth doing). */
  public static boolean isWellFormedId(byte[] id) {
    return id != null && id.length == ID_BYTES;
  }

  public boolean isIssuedTo(long partner) {
    return partnerId == partner;
  }

  /** Expired at {@code now}: the challenge is valid strictly before {@link #expiresAt()}. */
  public boolean isExpiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }

  /** Marks the challenge used (the repository does the same atomically in the database). */
  public void markUsed(Instant at) {
    if (used) {
      throw new IllegalStateException("challenge already used");
    }
    used = true;
    usedAt = at;
  }

  public String id() {
    return id;
  }

  public byte[] idBytes() {
    return HexFormat.of().parseHex(id);
  }

  public long partnerId() {
    return partnerId;
  }

  public byte[] challenge() {
    return challenge.clone();
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public boolean isUsed() {
    return used;
  }

  public Instant usedAt() {
    return usedAt;
  }
}
