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
}
