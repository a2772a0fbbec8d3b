package it.cns.enrollment.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link Argon2idHasher#hashEach} (an enrollment's PIN and password, issue #19): a second secret is
 * hashed on a helper thread only when the gate has an idle permit, every hash is made and verifies,
 * and helpers and callers together never exceed the gate's size. Counts, not times.
 */
class ParallelHashingTest {

  private final ExecutorService helperThreads = Executors.newFixedThreadPool(4);
  private final AtomicInteger handedToHelpers = new AtomicInteger();
  private final Executor countingHelpers =
      task -> {
        handedToHelpers.incrementAndGet();
        helperThreads.execute(task);
      };

  @AfterEach
  void stopHelpers() {
    helperThreads.shutdownNow();
  }

  private static char[] pin() {
    return "0123456789".toCharArray();
  }

  private static char[] password() {
    return "Initial-Pa55word".toCharArray();
  }

  @Test
  void withAnIdleCoreTheSecondSecretIsHashedByAHelperAndBothVerify() {
    Argon2idHasher hasher = new Argon2idHasher(64, 1, 1, 2);
    hasher.hashInParallelOn(countingHelpers);

    String[] hashes = hasher.hashEach(pin(), password());

    assertThat(handedToHelpers).hasValue(1);
    assertThat(hashes).hasSize(2);
    assertThat(hasher.verify(pin(), hashes[0])).isTrue();
    assertThat(hasher.verify(password(), hashes[1])).isTrue();
    assertThat(hasher.verify(password(), hashes[0])).isFalse();
    assertThat(hasher.gate().availablePermits()).as("every permit given back").isEqualTo(2);
  }

  @Test
  void withNoIdlePermitTheCallerHashesBothItselfAndNoHelperRuns() throws Exception {
    Argon2idHasher hasher = new Argon2idHasher(64, 1, 1, 2);
    hasher.hashInParallelOn(countingHelpers);
    hasher.gate().acquire(); // another enrollment is hashing: one permit left, the caller's

    String[] hashes = hasher.hashEach(pin(), password());

    assertThat(handedToHelpers).hasValue(0);
    assertThat(hasher.verify(pin(), hashes[0])).isTrue();
    assertThat(hasher.verify(password(), hashes[1])).isTrue();
    assertThat(hasher.peakConcurrency()).isEqualTo(1);
    hasher.gate().release();
    assertThat(hasher.gate().availablePermits()).isEqualTo(2);
  }

  @Test
  void aGateOfOneNeverHandsAnythingToAHelper() {
    Argon2idHasher hasher = new Argon2idHasher(64, 1, 1, 1);
    hasher.hashInParallelOn(countingHelpers);

    String[] hashes = hasher.hashEach(pin(), password());

    assertThat(handedToHelpers).hasValue(0);
    assertThat(hasher.verify(password(), hashes[1])).isTrue();
    assertThat(hasher.peakConcurrency()).isEqualTo(1);
  }

  @Test
  void aHelperPoolThatRefusesLeavesTheWorkToTheCallerAndThePermitFree() {
    Argon2idHasher hasher = new Argon2idHasher(64, 1, 1, 2);
    hasher.hashInParallelOn(
        task -> {
          throw new RejectedExecutionException("shut down");
        });

    String[] hashes = hasher.hashEach(pin(), password());

    assertThat(hasher.verify(pin(), hashes[0])).isTrue();
    assertThat(hasher.verify(password(), hashes[1])).isTrue();
    assertThat(hasher.gate().availablePermits()).isEqualTo(2);
  }

  @Test
  void manySimultaneousEnrollmentsNeverRunMoreHashesThanTheGateAllows() throws Exception {
    Argon2idHasher hasher = new Argon2idHasher(512, 2, 1, 2);
    hasher.hashInParallelOn(countingHelpers);
    ExecutorService callers = Executors.newFixedThreadPool(6);
    try {
      List<Future<String[]>> enrollments = new ArrayList<>();
      for (int i = 0; i < 24; i++) {
        enrollments.add(callers.submit(() -> hasher.hashEach(pin(), password(), pin())));
      }
      for (Future<String[]> enrollment : enrollments) {
        String[] hashes = enrollment.get();
        assertThat(hasher.verify(pin(), hashes[0])).isTrue();
        assertThat(hasher.verify(password(), hashes[1])).isTrue();
        assertThat(hasher.verify(pin(), hashes[2])).isTrue();
      }
    } finally {
      callers.shutdownNow();
    }

    assertThat(hasher.peakConcurrency()).isBetween(1, 2);
    assertThat(hasher.gate().availablePermits()).isEqualTo(2);
  }
}
