package it.cns.enrollment.domain.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A throttled caller is told to wait at least a second (a Retry-After of 0 invites a storm). */
class TooManyAttemptsExceptionTest {

  @Test
  void tellsHowLongToWaitAtLeastOneSecond() {
    assertThat(new TooManyAttemptsException(1).retryAfterSeconds()).isEqualTo(1);
    assertThat(new TooManyAttemptsException(90).retryAfterSeconds()).isEqualTo(90);
    assertThat(new TooManyAttemptsException(1).code()).isEqualTo(ErrorCode.TOO_MANY_ATTEMPTS);
    assertThatThrownBy(() -> new TooManyAttemptsException(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
