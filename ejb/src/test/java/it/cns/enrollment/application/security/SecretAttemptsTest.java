package it.cns.enrollment.application.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.lock.LockState;
import it.cns.enrollment.testing.MovableClock;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SecretAttemptsTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  private static final SecretAttempts.Guard GUARD =
      new SecretAttempts.Guard(
          3, ErrorCode.CIP_WRONG, ErrorCode.CIP_LOCKED, "CIP wrong", "blocked", "blocked");

  private CredentialFakes.Audit audit;
  private SecretAttempts attempts;
  private final LockState lock = new LockState();

  @BeforeEach
  void wire() {
    audit = new CredentialFakes.Audit();
    attempts = new SecretAttempts();
    attempts.audit = audit;
    attempts.clock = new MovableClock(NOW);
  }

  private Optional<SecretAttempts.Verdict<String>> judge(boolean right) {
    return attempts.judge(
        lock,
        right,
        GUARD,
        AuditEvent.of(AuditAction.CARD_REVOCATION, Channel.COUNTER, "op", NOW),
        NOW);
  }

  @Test
  void countsWrongSecretsAndTheThirdLocksSayingSoInTheAudit() {
    assertThat(judge(false))
        .hasValueSatisfying(v -> assertThat(v.refusal()).isEqualTo(ErrorCode.CIP_WRONG));
    judge(false);
    assertThat(judge(false))
        .hasValueSatisfying(v -> assertThat(v.refusal()).isEqualTo(ErrorCode.CIP_LOCKED));

    assertThat(lock.isLocked()).isTrue();
    assertThat(audit.changes)
        .extracting(AuditEvent::outcome)
        .containsExactly("CIP_WRONG", "CIP_WRONG", "CIP_LOCKED");
    assertThat(audit.changes.get(2).detail())
        .isEqualTo("reason=CIP wrong; wrongInARow=3; limit=3; locking=blocked");
  }

  @Test
  void aLockedSecretIsRefusedEvenWhenRightAndNothingMoreIsCounted() {
    lock.recordFailure(NOW, 1);

    assertThat(judge(true))
        .hasValueSatisfying(v -> assertThat(v.refusal()).isEqualTo(ErrorCode.CIP_LOCKED));
    assertThat(lock.failedAttempts()).isEqualTo(1);
    assertThat(audit.changes)
        .singleElement()
        .satisfies(e -> assertThat(e.detail()).isEqualTo("reason=blocked; since=" + NOW));
  }

  @Test
  void aRightSecretIsLeftToTheUseCaseUnaudited() {
    judge(false);

    assertThat(judge(true)).isEmpty();
    assertThat(lock.failedAttempts()).as("the use case decides whether to reset").isEqualTo(1);
    assertThat(audit.changes).hasSize(1);
  }

  @Test
  void aRefusedVerdictBecomesTheTypedRefusalAndAnAcceptedOneItsValue() {
    assertThat(SecretAttempts.Verdict.accepted("ok").orRefuse("refused")).isEqualTo("ok");
    assertThatThrownBy(
            () -> SecretAttempts.Verdict.refused(ErrorCode.CIP_WRONG).orRefuse("refused"))
        .isInstanceOfSatisfying(
            BusinessRefusal.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CIP_WRONG));
  }

  @Test
  void everyAttemptRunsInATransactionOfItsOwn() throws Exception {
    assertThat(
            SecretAttempts.class
                .getMethod("attempt", java.util.function.Function.class)
                .getAnnotation(jakarta.ejb.TransactionAttribute.class)
                .value())
        .isEqualTo(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW);
    assertThat(SecretAttempts.class.isAnnotationPresent(jakarta.ejb.Stateless.class)).isTrue();
  }

  @Test
  void theAttemptRunsWithTheClocksInstant() {
    assertThat(attempts.attempt(now -> SecretAttempts.Verdict.accepted(now)).value())
        .isEqualTo(NOW);
  }
}
