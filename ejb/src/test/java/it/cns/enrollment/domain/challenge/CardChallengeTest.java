package it.cns.enrollment.domain.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The rules of a card challenge: its shape, its owner, its expiry, used once. */
class CardChallengeTest {

  private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
  private static final Duration TTL = Duration.ofMinutes(5);

  private static byte[] bytes(int length, int first) {
    byte[] b = new byte[length];
    for (int i = 0; i < length; i++) {
      b[i] = (byte) (first + i);
    }
    return b;
  }

  private static final byte[] ID = bytes(CardChallenge.ID_BYTES, 0xa0);
  private static final byte[] CHALLENGE = bytes(CardChallenge.CHALLENGE_BYTES, 1);

  private static CardChallenge issued() {
    return CardChallenge.issue(ID, 42, CHALLENGE, NOW, TTL);
  }

  @Test
  void anIssuedChallengeIsUnusedAndNamedByItsIdInLowerCaseHex() {
    CardChallenge c = issued();

    assertThat(c.id()).isEqualTo("a0a1a2a3a4a5a6a7a8a9aaabacadaeaf");
    assertThat(c.idBytes()).isEqualTo(ID);
    assertThat(c.partnerId()).isEqualTo(42);
    assertThat(c.challenge()).isEqualTo(CHALLENGE);
    assertThat(c.createdAt()).isEqualTo(NOW);
    assertThat(c.expiresAt()).isEqualTo(NOW.plus(TTL));
    assertThat(c.isUsed()).isFalse();
    assertThat(c.usedAt()).isNull();
  }

  @Test
  void theChallengeBytesAreCopiedInAndOut() {
    byte[] given = CHALLENGE.clone();
    CardChallenge c = CardChallenge.issue(ID, 42, given, NOW, TTL);
    Arrays.fill(given, (byte) 0);
    assertThat(c.challenge()).isEqualTo(CHALLENGE);

    c.challenge()[0] = 99;
    assertThat(c.challenge()).isEqualTo(CHALLENGE);
  }

  @Test
  void answersOnlyThePartnerItWasIssuedTo() {
    assertThat(issued().isIssuedTo(42)).isTrue();
    assertThat(issued().isIssuedTo(43)).isFalse();
  }

  @Test
  void isValidStrictlyBeforeItsExpiry() {
    CardChallenge c = issued();

    assertThat(c.isExpiredAt(NOW)).isFalse();
    assertThat(c.isExpiredAt(NOW.plus(TTL).minusMillis(1))).isFalse();
    assertThat(c.isExpiredAt(NOW.plus(TTL))).isTrue();
    assertThat(c.isExpiredAt(NOW.plus(TTL).plusSeconds(1))).isTrue();
  }

  @Test
  void isUsedOnceOnly() {
    CardChallenge c = issued();
    Instant at = NOW.plusSeconds(10);

    c.markUsed(at);

    assertThat(c.isUsed()).isTrue();
    assertThat(c.usedAt()).isEqualTo(at);
    assertThatThrownBy(() -> c.markUsed(at.plusSeconds(1)))
        .isInstanceOf(IllegalStateException.class);
    assertThat(c.usedAt()).isEqualTo(at);
  }

  @Test
  void refusesATimeToLiveThatIsNotPositive() {
    for (Duration ttl : new Duration[] {null, Duration.ZERO, Duration.ofSeconds(-1)}) {
      assertThatThrownBy(() -> CardChallenge.issue(ID, 42, CHALLENGE, NOW, ttl))
          .as(String.valueOf(ttl))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("time to live");
    }
    assertThat(CardChallenge.issue(ID, 42, CHALLENGE, NOW, Duration.ofNanos(1)).expiresAt())
        .isAfter(NOW);
  }

  @Test
  void refusesNoInstant() {
    assertThatThrownBy(() -> CardChallenge.issue(ID, 42, CHALLENGE, null, TTL))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void refusesAChallengeOfAnyOtherLength() {
    for (byte[] challenge :
        new byte[][] {
          null,
          bytes(CardChallenge.CHALLENGE_BYTES - 1, 1),
          bytes(CardChallenge.CHALLENGE_BYTES + 1, 1)
        }) {
      assertThatThrownBy(() -> CardChallenge.issue(ID, 42, challenge, NOW, TTL))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("challenge must be 32 bytes");
    }
  }

  @Test
  void anIdHasExactlySixteenBytes() {
    for (byte[] id :
        new byte[][] {
          null, bytes(CardChallenge.ID_BYTES - 1, 0), bytes(CardChallenge.ID_BYTES + 1, 0)
        }) {
      assertThat(CardChallenge.isWellFormedId(id)).isFalse();
      assertThatThrownBy(() -> CardChallenge.hexId(id))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> CardChallenge.issue(id, 42, CHALLENGE, NOW, TTL))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(CardChallenge.isWellFormedId(ID)).isTrue();
    assertThat(CardChallenge.hexId(ID)).hasSize(32);
  }

  @Test
  void settingsRefuseATimeToLiveThatIsNotPositive() {
    assertThat(new ChallengeSettings(TTL, UnboundProofs.ACCEPT).timeToLive()).isEqualTo(TTL);
    assertThatThrownBy(() -> new ChallengeSettings(null, UnboundProofs.ACCEPT))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new ChallengeSettings(Duration.ZERO, UnboundProofs.ACCEPT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ChallengeSettings(Duration.ofSeconds(-5), UnboundProofs.ACCEPT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ChallengeSettings(TTL, null))
        .isInstanceOf(NullPointerException.class);
  }
}
