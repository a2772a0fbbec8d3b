package it.cns.enrollment.domain.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboundMailTest {

  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  private static final RetrySchedule SCHEDULE =
      new RetrySchedule(Duration.ofSeconds(60), Duration.ofHours(1), 3);

  private static OutboundMail pending() {
    return OutboundMail.pending(
        OutgoingMailTest.mail("mario.rossi@example.it", "body"), new byte[] {1, 2, 3}, T0);
  }

  @Test
  void aNewMailIsPendingAndDueAtOnce() {
    OutboundMail m = pending();
    assertThat(m.status()).isEqualTo(MailStatus.PENDING);
    assertThat(m.isDue(T0)).isTrue();
    assertThat(m.attempts()).isZero();
    assertThat(m.sealedBody()).isPresent();
  }

  @Test
  void sendingErasesTheBody() {
    OutboundMail m = pending();
    m.markSent(T0.plusSeconds(1));
    assertThat(m.status()).isEqualTo(MailStatus.SENT);
    assertThat(m.sentAt()).isEqualTo(T0.plusSeconds(1));
    assertThat(m.sealedBody()).isEmpty();
    assertThat(m.attempts()).isEqualTo(1);
    assertThat(m.isDue(T0.plusSeconds(3600))).isFalse();
  }

  @Test
  void aFailureWaitsWithBackOffAndTheLastGivesUpErasingTheBody() {
    OutboundMail m = pending();
    assertThat(m.recordFailure("connection refused", T0, SCHEDULE)).isFalse();
    assertThat(m.nextAttemptAt()).isEqualTo(T0.plusSeconds(60));
    assertThat(m.isDue(T0.plusSeconds(59))).isFalse();
    assertThat(m.isDue(T0.plusSeconds(60))).isTrue();
    assertThat(m.recordFailure("timeout", T0.plusSeconds(60), SCHEDULE)).isFalse();
    assertThat(m.nextAttemptAt()).isEqualTo(T0.plusSeconds(180));
    assertThat(m.lastError()).isEqualTo("timeout");

    assertThat(m.recordFailure("refused", T0.plusSeconds(180), SCHEDULE)).isTrue();
    assertThat(m.status()).isEqualTo(MailStatus.FAILED);
    assertThat(m.attempts()).isEqualTo(3);
    assertThat(m.sealedBody()).isEmpty();
    assertThat(m.isDue(T0.plusSeconds(100_000))).isFalse();
  }

  @Test
  void keepsTheErrorShort() {
    OutboundMail m = pending();
    m.recordFailure("x".repeat(2000), T0, SCHEDULE);
    assertThat(m.lastError()).hasSize(OutboundMail.MAX_ERROR_LENGTH);
  }

  @Test
  void anOperatorRetryMakesAPendingMailDueNow() {
    OutboundMail m = pending();
    m.recordFailure("down", T0, SCHEDULE);
    m.retryNow(T0.plusSeconds(5));
    assertThat(m.isDue(T0.plusSeconds(5))).isTrue();
  }

  @Test
  void sentOrGivenUpMailCannotBeRetried() {
    OutboundMail sent = pending();
    sent.markSent(T0);
    OutboundMail failed = pending();
    for (int i = 0; i < 3; i++) {
      failed.recordFailure("down", T0, SCHEDULE);
    }
    for (OutboundMail m : new OutboundMail[] {sent, failed}) {
      assertThatThrownBy(() -> m.retryNow(T0))
          .isInstanceOf(BusinessRefusal.class)
          .satisfies(
              e ->
                  assertThat(((BusinessRefusal) e).code())
                      .isEqualTo(ErrorCode.MAIL_NOT_RESENDABLE));
    }
    assertThatThrownBy(() -> sent.markSent(T0)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theSealedBodyIsBoundToKindReferenceAndRecipient() {
    byte[] a = OutboundMail.associatedData("K", "activation:1", "a@example.it");
    assertThat(a).isEqualTo(pendingFor("a@example.it").associatedData());
    assertThat(a).isNotEqualTo(OutboundMail.associatedData("K", "activation:1", "b@example.it"));
    assertThat(a).isNotEqualTo(OutboundMail.associatedData("K", "activation:2", "a@example.it"));
    assertThat(a).isNotEqualTo(OutboundMail.associatedData("L", "activation:1", "a@example.it"));
  }

  private static OutboundMail pendingFor(String recipient) {
    return OutboundMail.pending(
        new OutgoingMail("K", "activation:1", recipient, "s", "b".toCharArray()),
        new byte[] {1},
        T0);
  }

  @Test
  void toStringShowsNeitherBodyNorAddress() {
    assertThat(pending().toString()).contains("m***@example.it").doesNotContain("rossi");
  }
}
