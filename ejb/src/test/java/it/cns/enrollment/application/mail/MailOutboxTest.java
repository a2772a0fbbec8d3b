package it.cns.enrollment.application.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cns.enrollment.application.security.AuditedCalls;
import it.cns.enrollment.application.security.Caller;
import it.cns.enrollment.application.security.Callers;
import it.cns.enrollment.application.security.CredentialFakes;
import it.cns.enrollment.domain.actor.Actor;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.mail.MailSettings;
import it.cns.enrollment.domain.mail.MailStatus;
import it.cns.enrollment.domain.mail.OutboundMail;
import it.cns.enrollment.domain.mail.OutgoingMail;
import it.cns.enrollment.domain.mail.RetrySchedule;
import it.cns.enrollment.domain.operator.OperatorRole;
import it.cns.enrollment.infrastructure.mail.MailSealer;
import it.cns.enrollment.testing.MovableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MailOutboxTest {

  static final String BODY = "PIN 4711 PUK 99887766 CIP 123456";
  static final Caller OPERATOR =
      Callers.as(new Actor.Staff("anna", OperatorRole.OPERATOR), Channel.COUNTER);

  final MailFakes.Outbox mails = new MailFakes.Outbox();
  final MailFakes.Fired<MailEnqueued> enqueued = new MailFakes.Fired<>();
  final CredentialFakes.Audit audit = new CredentialFakes.Audit();
  final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T10:00:00Z"));
  final MailSealer sealer = MailSealer.fromBase64Key(MailSealer.newBase64Key());
  final MailSettings settings =
      new MailSettings(
          Duration.ofSeconds(30),
          new RetrySchedule(Duration.ofSeconds(60), Duration.ofHours(1), 3));
  final MailOutbox outbox = new MailOutbox();

  @BeforeEach
  void wire() {
    outbox.mails = mails;
    outbox.sealer = sealer;
    outbox.audit = audit;
    outbox.clock = clock;
    outbox.caller = OPERATOR;
    outbox.enqueued = enqueued;
  }

  static OutgoingMail mail(String reference) {
    return new OutgoingMail(
        "TSCNS_ACTIVATION_CODES",
        reference,
        "mario.rossi@example.it",
        "TS-CNS: seconda parte dei codici / second part of the codes",
        BODY.toCharArray());
  }

  @Test
  void enqueueStoresTheBodySealedForItsRowAndAnnouncesIt() {
    long id = outbox.enqueue(mail("activation:42"));

    OutboundMail row = mails.find(id).orElseThrow();
    assertThat(row.status()).isEqualTo(MailStatus.PENDING);
    assertThat(row.isDue(clock.instant())).isTrue();
    byte[] sealed = row.sealedBody().orElseThrow();
    assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("4711");
    assertThat(new String(sealer.open(sealed, row.associatedData()))).isEqualTo(BODY);
    assertThat(enqueued.events).containsExactly(new MailEnqueued(id));
  }

  @Test
  void stateOfShowsTheReferencesMailsNewestFirstWithTheRecipientMasked() {
    long first = outbox.enqueue(mail("activation:42"));
    outbox.enqueue(mail("activation:7"));
    long second = outbox.enqueue(mail("activation:42"));

    assertThat(outbox.stateOf("activation:42"))
        .extracting(MailState::id)
        .containsExactly(second, first);
    MailState state = outbox.stateOf("activation:42").get(0);
    assertThat(state.maskedRecipient()).isEqualTo("m***@example.it");
    assertThat(state.status()).isEqualTo(MailStatus.PENDING);
    assertThat(state.toString()).doesNotContain("4711", "mario.rossi");
  }

  @Test
  void retryNowMakesAWaitingMailDueAndIsAudited() {
    long id = outbox.enqueue(mail("activation:42"));
    OutboundMail row = mails.find(id).orElseThrow();
    row.recordFailure("down", clock.instant(), settings.retrySchedule());
    enqueued.events.clear();

    clock.advance(Duration.ofSeconds(5));
    outbox.retryNow(id);

    assertThat(row.isDue(clock.instant())).isTrue();
    assertThat(enqueued.events).containsExactly(new MailEnqueued(id));
    assertThat(audit.changes)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.outcome()).isEqualTo("RETRY_REQUESTED");
              assertThat(e.actor()).isEqualTo("operator:anna");
              assertThat(e.channel()).isEqualTo(Channel.COUNTER);
              assertThat(CredentialFakes.everything(e))
                  .contains("m***@example.it")
                  .doesNotContain("4711", "mario.rossi");
            });
  }

  /** As the container calls it: refusals audited by the interceptor. */
  private void retryNow(long id) {
    new AuditedCalls(audit, OPERATOR).call(outbox, "retryNow", id);
  }

  @Test
  void aMailGivenUpCannotBeResentAndTheRefusalIsAudited() {
    long id = outbox.enqueue(mail("activation:42"));
    OutboundMail row = mails.find(id).orElseThrow();
    for (int i = 0; i < 3; i++) {
      row.recordFailure("down", clock.instant(), settings.retrySchedule());
    }
    assertThat(row.status()).isEqualTo(MailStatus.FAILED);

    assertThatThrownBy(() -> retryNow(id))
        .isInstanceOf(BusinessRefusal.class)
        .satisfies(
            e -> assertThat(((BusinessRefusal) e).code()).isEqualTo(ErrorCode.MAIL_NOT_RESENDABLE));
    assertThat(audit.refusals)
        .singleElement()
        .satisfies(e -> assertThat(e.outcome()).isEqualTo("MAIL_NOT_RESENDABLE"));
  }

  @Test
  void retryNowOfAnUnknownMailIsAnInvalidRequest() {
    assertThatThrownBy(() -> retryNow(99))
        .isInstanceOf(BusinessRefusal.class)
        .satisfies(
            e -> assertThat(((BusinessRefusal) e).code()).isEqualTo(ErrorCode.INVALID_REQUEST));
  }
}
