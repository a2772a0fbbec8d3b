package it.cns.enrollment.domain.lock;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/**
 * The lock a secret guards: the consecutive wrong attempts and when the last allowed one locked.
 * The Nth consecutive wrong attempt locks (N given by the owner); while locked nothing is counted
 * as a success; only {@link #unlock()} clears it. Each owner maps the columns to its own names.
 */
@Embeddable
public class LockState {

  @Column(name = "failed_attempts", nullable = false)
  private int failedAttempts;

  @Column(name = "locked_at")
  private Instant lockedAt;

  /** Not locked, nothing counted. */
  public LockState() {}

  /**
   * Counts a wrong attempt; the {@code maxAttempts}th consecutive one locks (at {@code at}).
   *
   * @return whether it is locked now
   */
  public boolean recordFailure(Instant at, int maxAttempts) {
    Objects.requireNonNull(at, "instant is required");
    if (failedAttempts < Integer.MAX_VALUE) {
      failedAttempts++;
    }
    if (lockedAt == null && failedAttempts >= maxAttempts) {
      lockedAt = at;
    }
    return isLocked();
  }

  /**
   * A right secret: the count of consecutive wrong ones starts again.
   *
   * @throws IllegalStateException when locked (a right secret does not lift a lock)
   */
  public void recordSuccess() {
    if (isLocked()) {
      throw new IllegalStateException("a locked secret cannot succeed");
    }
    failedAttempts = 0;
  }

  /**
   * Clears the lock and the count.
   *
   * @return whether it was locked
   */
  public boolean unlock() {
    boolean wasLocked = isLocked();
    failedAttempts = 0;
    lockedAt = null;
    return wasLocked;
  }

  public int failedAttempts() {
    return failedAttempts;
  }

  public boolean isLocked() {
    return lockedAt != null;
  }

  /** When it locked; null when not locked. */
  public Instant lockedAt() {
    return lockedAt;
  }

  @Override
  public String toString() {
    return "LockState[failedAttempts=" + failedAttempts + ", locked=" + isLocked() + "]";
  }
}
