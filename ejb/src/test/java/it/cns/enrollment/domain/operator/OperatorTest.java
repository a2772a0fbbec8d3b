package it.cns.enrollment.domain.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cns.enrollment.domain.counter.CounterOffice;
import it.cns.enrollment.domain.counter.CounterOfficeDetails;
import it.cns.enrollment.domain.counter.InvalidCounterOfficeException;
import it.cns.enrollment.domain.credential.SecretHasher;
import it.cns.enrollment.domain.credential.TestHashers;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OperatorTest {

  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
  private static final SecretHasher HASHER = TestHashers.fast();
  private static final OperatorLockout FIVE = new OperatorLockout(5);

  private static CounterOffice office(boolean enabled) {
    CounterOffice o =
        new CounterOffice(
            new CounterOfficeDetails("Padova", "ULSS 6 Euganea", "Via Scrovegni 14", "8-12"));
    if (!enabled) {
      o.disable();
    }
    return o;
  }

  private static Operator operator() {
    return Operator.create(
        "  M.Rossi ",
        "Mario Rossi",
        OperatorRole.OPERATOR,
        office(true),
        HASHER.hash("Iniziale.Lunga.1".toCharArray()),
        NOW);
  }

  @Test
  void aNewAccountIsEnabledWithALowerCaseUsernameAndMustChangeItsPassword() {
    Operator o = operator();
    assertThat(o.username()).isEqualTo("m.rossi");
    assertThat(o.mayLogIn()).isTrue();
    assertThat(o.mustChangePassword()).isTrue();
    assertThat(o.actor()).isEqualTo("operator:m.rossi");
    assertThat(o.passwordMatches("Iniziale.Lunga.1".toCharArray(), HASHER)).isTrue();
    assertThat(o.toString()).doesNotContain("argon2");
  }

  @Test
  void usernamesFollowTheDatabaseRule() {
    assertThat(Operator.normaliseUsername("ab")).isEmpty();
    assertThat(Operator.normaliseUsername("1abc")).isEmpty();
    assertThat(Operator.normaliseUsername("a b c")).isEmpty();
    assertThat(Operator.normaliseUsername("' or 1=1 --")).isEmpty();
    assertThat(Operator.normaliseUsername(null)).isEmpty();
    assertThat(Operator.normaliseUsername("a".repeat(65))).isEmpty();
    assertThat(Operator.normaliseUsername("Anna_B-2.x")).hasValue("anna_b-2.x");
    assertThatThrownBy(
            () ->
                Operator.create(
                    "x", "X", OperatorRole.SUPERVISOR, null, HASHER.hash(new char[] {'a'}), NOW))
        .isInstanceOf(InvalidOperatorException.class);
    assertThatThrownBy(
            () ->
                Operator.create(
                    "valid",
                    " ",
                    OperatorRole.SUPERVISOR,
                    null,
                    HASHER.hash(new char[] {'a'}),
                    NOW))
        .isInstanceOf(InvalidOperatorException.class);
  }

  @Test
  void anOperatorNeedsAnEnabledOfficeASupervisorMayHaveNone() {
    String hash = HASHER.hash("x".toCharArray());
    assertThatThrownBy(
            () -> Operator.create("anna", "Anna", OperatorRole.OPERATOR, null, hash, NOW))
        .isInstanceOf(BusinessRefusal.class)
        .extracting(e -> ((BusinessRefusal) e).code())
        .isEqualTo(ErrorCode.COUNTER_OFFICE_REQUIRED);
    assertThatThrownBy(
            () -> Operator.create("anna", "Anna", OperatorRole.OPERATOR, office(false), hash, NOW))
        .isInstanceOf(BusinessRefusal.class);
    Operator supervisor = Operator.create("capo", "Capo", OperatorRole.SUPERVISOR, null, hash, NOW);
    assertThat(supervisor.counterOffice()).isEmpty();
    assertThat(supervisor.actor()).isEqualTo("supervisor:capo");
    assertThatThrownBy(() -> supervisor.assign(OperatorRole.OPERATOR, null))
        .isInstanceOf(BusinessRefusal.class);
  }

  @Test
  void theFifthConsecutiveWrongPasswordLocksAndARightOneBeforeResetsTheCount() {
    Operator o = operator();
    for (int i = 0; i < 4; i++) {
      assertThat(o.recordFailure(NOW, FIVE)).isFalse();
    }
    o.recordSuccess();
    assertThat(o.lock().failedAttempts()).isZero();
    for (int i = 0; i < 4; i++) {
      o.recordFailure(NOW, FIVE);
    }
    assertThat(o.recordFailure(NOW, FIVE)).isTrue();
    assertThat(o.mayLogIn()).isFalse();
    assertThatThrownBy(o::recordSuccess).isInstanceOf(IllegalStateException.class);
    assertThat(o.unlock()).isTrue();
    assertThat(o.mayLogIn()).isTrue();
    assertThat(o.lock().failedAttempts()).isZero();
  }

  @Test
  void aDisabledAccountMayNotLogIn() {
    Operator o = operator();
    o.disable();
    assertThat(o.mayLogIn()).isFalse();
    o.enable();
    assertThat(o.mayLogIn()).isTrue();
  }

  @Test
  void aChangedPasswordIsDueAgainAfter90DaysAndAResetRequiresAChangeAndUnlocks() {
    Operator o = operator();
    Duration validity = Duration.ofDays(90);
    assertThat(o.passwordChangeRequired(NOW, validity)).isTrue();
    o.changePassword(HASHER.hash("Nuova.Password.42".toCharArray()), NOW);
    assertThat(o.passwordChangeRequired(NOW.plus(Duration.ofDays(89)), validity)).isFalse();
    assertThat(o.passwordChangeRequired(NOW.plus(validity), validity)).isTrue();

    for (int i = 0; i < 5; i++) {
      o.recordFailure(NOW, FIVE);
    }
    o.resetPassword(HASHER.hash("Altra.Iniziale.7".toCharArray()), NOW);
    assertThat(o.mayLogIn()).isTrue();
    assertThat(o.mustChangePassword()).isTrue();
  }

  @Test
  void lockoutIsBetween1And100Attempts() {
    assertThatThrownBy(() -> new OperatorLockout(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new OperatorLockout(101)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aCounterOfficeNeedsEveryField() {
    assertThatThrownBy(() -> new CounterOffice(new CounterOfficeDetails("A", "B", " ", "D")))
        .isInstanceOf(InvalidCounterOfficeException.class);
    assertThatThrownBy(
            () -> new CounterOffice(new CounterOfficeDetails("A".repeat(201), "B", "C", "D")))
        .isInstanceOf(InvalidCounterOfficeException.class);
    CounterOffice o = new CounterOffice(new CounterOfficeDetails(" A ", "B", "C", "D"));
    assertThat(o.name()).isEqualTo("A");
    assertThat(o.isEnabled()).isTrue();
  }

  @Test
  void onlyASupervisorIsOne() {
    Operator o = operator();
    assertThat(o.isSupervisor()).isFalse();
    assertThat(o.role()).isEqualTo(OperatorRole.OPERATOR);

    o.assign(OperatorRole.SUPERVISOR, null);

    assertThat(o.isSupervisor()).isTrue();
    assertThat(o.actor()).isEqualTo("supervisor:m.rossi");
  }

  @Test
  void aDisabledAccountSaysSoAndMayNotLogIn() {
    Operator o = operator();
    assertThat(o.isEnabled()).isTrue();

    o.disable();

    assertThat(o.isEnabled()).isFalse();
    assertThat(o.mayLogIn()).isFalse();
  }
}
