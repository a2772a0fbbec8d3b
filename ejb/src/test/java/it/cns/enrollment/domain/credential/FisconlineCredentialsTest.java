package it.cns.enrollment.domain.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cns.enrollment.domain.account.Account;
import it.cns.enrollment.domain.account.AccountType;
import it.cns.enrollment.domain.identity.CodiceFiscale;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FisconlineCredentialsTest {

  private static final CodiceFiscale CF = CodiceFiscale.parse("MSRNTN77H15C351X");
  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
  private static final Duration NINETY_DAYS = PasswordPolicy.standard().validity();
  private static final SecretHasher HASHER = TestHashers.fast();

  private static FisconlineCredentials issued() {
    Account account = new Account(CF, AccountType.FISCONLINE, "ANTONIO MESSINA", NOW);
    return FisconlineCredentials.issue(
        account,
        HASHER.hash("0123456789".toCharArray()),
        HASHER.hash("Iniziale123!".toCharArray()),
        NOW);
  }

  @Test
  void freshCredentialsMustChangeTheInitialPassword() {
    FisconlineCredentials c = issued();

    assertThat(c.mustChangePassword()).isTrue();
    assertThat(c.passwordChangeRequired(NOW, NINETY_DAYS)).isTrue();
    assertThat(c.lock().failedAttempts()).isZero();
    assertThat(c.isLocked()).isFalse();
    assertThat(c.previousPasswordHash()).isNull();
  }

  @Test
  void matchesOnlyWhenBothPasswordAndPinAreRight() {
    FisconlineCredentials c = issued();

    assertThat(c.matches("Iniziale123!".toCharArray(), "0123456789".toCharArray(), HASHER))
        .isTrue();
    assertThat(c.matches("Iniziale123?".toCharArray(), "0123456789".toCharArray(), HASHER))
        .isFalse();
    assertThat(c.matches("Iniziale123!".toCharArray(), "0123456780".toCharArray(), HASHER))
        .isFalse();
  }

  @Test
  void theEighthConsecutiveWrongAttemptLocks() {
    FisconlineCredentials c = issued();
    for (int i = 1; i <= 7; i++) {
      assertThat(c.recordFailure(NOW.plusSeconds(i))).isFalse();
    }
    assertThat(c.lock().failedAttempts()).isEqualTo(7);
    assertThat(c.isLocked()).isFalse();

    assertThat(c.recordFailure(NOW.plusSeconds(8))).isTrue();

    assertThat(c.isLocked()).isTrue();
    assertThat(c.lock().lockedAt()).isEqualTo(NOW.plusSeconds(8));
    assertThat(FisconlineCredentials.MAX_FAILED_ATTEMPTS).isEqualTo(8);
  }

  @Test
  void furtherWrongAttemptsKeepTheFirstLockInstant() {
    FisconlineCredentials c = issued();
    for (int i = 1; i <= 10; i++) {
      c.recordFailure(NOW.plusSeconds(i));
    }

    assertThat(c.lock().lockedAt()).isEqualTo(NOW.plusSeconds(8));
  }

  @Test
  void aCorrectLoginResetsTheCount() {
    FisconlineCredentials c = issued();
    for (int i = 1; i <= 7; i++) {
      c.recordFailure(NOW);
    }

    c.recordSuccess();

    assertThat(c.lock().failedAttempts()).isZero();
    assertThat(c.recordFailure(NOW)).isFalse();
  }

  @Test
  void lockedCredentialsCannotRecordASuccess() {
    FisconlineCredentials c = issued();
    for (int i = 1; i <= 8; i++) {
      c.recordFailure(NOW);
    }

    assertThatThrownBy(c::recordSuccess).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void unlockClearsTheLockAndTheCountAndSaysWhetherItWasLocked() {
    FisconlineCredentials c = issued();
    for (int i = 1; i <= 8; i++) {
      c.recordFailure(NOW);
    }

    assertThat(c.unlock()).isTrue();
    assertThat(c.isLocked()).isFalse();
    assertThat(c.lock().failedAttempts()).isZero();
    assertThat(c.lock().lockedAt()).isNull();

    c.recordFailure(NOW);
    assertThat(c.unlock()).isFalse();
    assertThat(c.lock().failedAttempts()).isZero();
  }

  @Test
  void thePasswordExpiresNinetyDaysAfterItWasSet() {
    FisconlineCredentials c = issued();
    c.changePassword(HASHER.hash("Nuova12345".toCharArray()), NOW);

    assertThat(c.passwordExpiresAt(NINETY_DAYS)).isEqualTo(NOW.plus(Duration.ofDays(90)));
    assertThat(c.isPasswordExpired(NOW.plus(Duration.ofDays(90)).minusSeconds(1), NINETY_DAYS))
        .isFalse();
    assertThat(c.passwordChangeRequired(NOW.plus(Duration.ofDays(89)), NINETY_DAYS)).isFalse();
    assertThat(c.isPasswordExpired(NOW.plus(Duration.ofDays(90)), NINETY_DAYS)).isTrue();
    assertThat(c.passwordChangeRequired(NOW.plus(Duration.ofDays(90)), NINETY_DAYS)).isTrue();
  }

  @Test
  void changingThePasswordKeepsTheOldHashAsThePreviousOne() {
    FisconlineCredentials c = issued();
    String initial = c.passwordHash();
    String next = HASHER.hash("Nuova12345".toCharArray());

    c.changePassword(next, NOW.plusSeconds(60));

    assertThat(c.passwordHash()).isEqualTo(next);
    assertThat(c.previousPasswordHash()).isEqualTo(initial);
    assertThat(c.passwordChangedAt()).isEqualTo(NOW.plusSeconds(60));
    assertThat(c.mustChangePassword()).isFalse();
    assertThat(c.earlierPasswordHashes()).containsExactly(next, initial);
  }

  @Test
  void onlyFisconlineAccountsGetFisconlineCredentials() {
    Account entratel = new Account(CF, AccountType.ENTRATEL, null, NOW);

    assertThatThrownBy(
            () -> FisconlineCredentials.issue(entratel, "$argon2id$x", "$argon2id$y", NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toStringShowsNoHash() {
    FisconlineCredentials c = issued();

    assertThat(c.toString()).doesNotContain("argon2").doesNotContain(c.pinHash());
  }
}
