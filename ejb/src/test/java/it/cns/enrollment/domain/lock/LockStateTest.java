package it.cns.enrollment.domain.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LockStateTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  @Test
  void theNthConsecutiveWrongAttemptLocksAndKeepsItsInstant() {
    LockState lock = new LockState();

    assertThat(lock.recordFailure(NOW, 3)).isFalse();
    assertThat(lock.recordFailure(NOW.plusSeconds(1), 3)).isFalse();
    assertThat(lock.recordFailure(NOW.plusSeconds(2), 3)).isTrue();
    assertThat(lock.recordFailure(NOW.plusSeconds(3), 3)).isTrue();

    assertThat(lock.failedAttempts()).isEqualTo(4);
    assertThat(lock.lockedAt()).isEqualTo(NOW.plusSeconds(2));
  }

  @Test
  void aSuccessStartsTheCountAgainButCannotLiftALock() {
    LockState lock = new LockState();
    lock.recordFailure(NOW, 3);
    lock.recordSuccess();
    assertThat(lock.failedAttempts()).isZero();

    lock.recordFailure(NOW, 1);
    assertThatThrownBy(lock::recordSuccess).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void unlockingClearsLockAndCountAndSaysWhetherItWasLocked() {
    LockState lock = new LockState();
    lock.recordFailure(NOW, 5);
    assertThat(lock.unlock()).isFalse();
    lock.recordFailure(NOW, 1);

    assertThat(lock.unlock()).isTrue();
    assertThat(lock.isLocked()).isFalse();
    assertThat(lock.lockedAt()).isNull();
    assertThat(lock.failedAttempts()).isZero();
  }
}
