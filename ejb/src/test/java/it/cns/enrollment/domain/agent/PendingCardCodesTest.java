package it.cns.enrollment.domain.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Codes waiting for the counter agent: gone at their expiry instant, and never born expired. */
class PendingCardCodesTest {

  private static final Instant CREATED = Instant.parse("2026-12-03T10:00:00Z");
  private static final Instant EXPIRES = CREATED.plus(Duration.ofMinutes(30));

  private static PendingCardCodes codes(Instant expiresAt) {
    return new PendingCardCodes(7, "1234567890123456", 3, new byte[] {1}, CREATED, expiresAt);
  }

  @Test
  void areExpiredFromTheirExpiryInstantOn() {
    PendingCardCodes codes = codes(EXPIRES);

    assertThat(codes.isExpiredAt(EXPIRES.minusMillis(1))).isFalse();
    assertThat(codes.isExpiredAt(EXPIRES)).isTrue();
    assertThat(codes.isExpiredAt(EXPIRES.plusSeconds(1))).isTrue();
  }

  @Test
  void mustExpireAfterTheyAreKept() {
    assertThatThrownBy(() -> codes(CREATED)).isInstanceOf(IllegalArgumentException.class);
    assertThat(codes(CREATED.plusMillis(1)).isExpiredAt(CREATED)).isFalse();
  }

  @Test
  void neverShowTheSealedCodes() {
    assertThat(codes(EXPIRES).toString())
        .contains("activation 7", "counter 3", EXPIRES.toString())
        .doesNotContain("1234567890123456");
  }
}
