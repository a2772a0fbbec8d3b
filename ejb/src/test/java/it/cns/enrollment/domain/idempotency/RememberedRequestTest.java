package it.cns.enrollment.domain.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RememberedRequestTest {

  private final byte[] hash = new byte[32];
  private final byte[] answer = "answer with PIN 1234567890".getBytes();

  RememberedRequestTest() {
    Arrays.fill(hash, (byte) 7);
  }

  @Test
  void opensWithTheSameBodyHashOnly() {
    RememberedRequest r = RememberedRequest.of(1, "req", hash, "OP", answer, Instant.EPOCH);

    assertThat(r.answerFor(hash.clone())).isEqualTo(answer);
    byte[] other = hash.clone();
    other[31] ^= 1;
    assertThatThrownBy(() -> r.answerFor(other))
        .isInstanceOfSatisfying(
            BusinessRefusal.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.REQUEST_ID_REUSED));
  }

  @Test
  void aShortBodyHashIsAProgrammingError() {
    assertThatThrownBy(
            () -> RememberedRequest.of(1, "req", new byte[20], "OP", answer, Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * What the row keeps in the clear is who asked what and when; the answer (a PIN, a password) only
   * sealed, under a fresh IV each time (GCM with a repeated IV and key leaks both plaintexts).
   */
  @Test
  void keepsWhoAskedWhatInTheClearAndTheAnswerSealedUnderAFreshIv() {
    Instant at = Instant.parse("2026-12-03T12:00:00Z");
    RememberedRequest r = RememberedRequest.of(42, "req-42", hash, "ENROLL", answer, at);
    RememberedRequest again = RememberedRequest.of(42, "req-42", hash, "ENROLL", answer, at);

    assertThat(r.partnerId()).isEqualTo(42);
    assertThat(r.requestId()).isEqualTo("req-42");
    assertThat(r.operation()).isEqualTo("ENROLL");
    assertThat(r.createdAt()).isEqualTo(at);
    assertThat(new String(r.sealedAnswer(), java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain("1234567890");
    assertThat(r.sealedAnswer()).hasSize(12 + answer.length + 16);
    assertThat(Arrays.copyOf(r.sealedAnswer(), 12))
        .isNotEqualTo(Arrays.copyOf(again.sealedAnswer(), 12));
    assertThat(again.answerFor(hash)).isEqualTo(answer);
  }

  @Test
  void aBodyHashOfExactlyThe32BytesOfSha256IsEnough() {
    RememberedRequest r = RememberedRequest.of(1, "req", new byte[32], "OP", answer, Instant.EPOCH);

    assertThat(r.answerFor(new byte[32])).isEqualTo(answer);
    assertThatThrownBy(() -> r.answerFor(new byte[31]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> r.answerFor(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
