package it.cns.enrollment.application.mail;

import static org.assertj.core.api.Assertions.assertThat;

import it.cns.enrollment.application.port.MailTransportException;
import it.cns.enrollment.application.security.CredentialFakes;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.mail.MailStatus;
import it.cns.enrollment.domain.mail.OutboundMail;
import it.cns.enrollment.infrastructure.mail.MailSealer;
import jakarta.mail.MessagingException;
import java.net.ConnectException;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MailDeliveryTest {

  final MailOutboxTest setup = new MailOutboxTest();
  final MailFakes.Sender sender = new MailFakes.Sender();
  final MailDelivery delivery = new MailDelivery();

  @BeforeEach
  void wire() {
    setup.wire();
    delivery.mails = setup.mails;
    delivery.settings = setup.settings;
    delivery.sealer = setup.sealer;
    delivery.sender = sender;
    delivery.audit = setup.audit;
    delivery.clock = setup.clock;
  }

  private long enqueued() {
    return setup.outbox.enqueue(MailOutboxTest.mail("activation:42"));
  }

  private OutboundMail row(long id) {
    return setup.mails.find(id).orElseThrow();
  }

  @Test
  void aDueMailIsSentOpenedAndErasedAndTheSendAudited() {
    long id = enqueued();

    assertThat(delivery.deliver(id)).isEqualTo(MailDelivery.Outcome.SENT);

    assertThat(sender.sentBodies).containsExactly(MailOutboxTest.BODY);
    assertThat(row(id).status()).isEqualTo(MailStatus.SENT);
    assertThat(row(id).sealedBody()).isEmpty();
    assertThat(setup.audit.changes)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.outcome()).isEqualTo("OK");
              assertThat(e.channel()).isEqualTo(Channel.SYSTEM);
              assertThat(e.actor()).isEqualTo("system");
              assertThat(CredentialFakes.everything(e))
                  .contains("mail=" + id + "; ", "to=m***@example.it", "sentAtAttempt=1")
                  .doesNotContain("4711", "mario.rossi");
            });
    assertThat(delivery.deliver(id)).isEqualTo(MailDelivery.Outcome.SKIPPED);
    assertThat(sender.sentBodies).hasSize(1);
  }

  @Test
  void aFailedAttemptWaitsWithBackOffThenTheLastGivesUp() {
    long id = enqueued();
    sender.down = true;

    assertThat(delivery.deliver(id)).isEqualTo(MailDelivery.Outcome.RETRY_LATER);
    OutboundMail m = row(id);
    assertThat(m.attempts()).isEqualTo(1);
    assertThat(m.nextAttemptAt()).isEqualTo(setup.clock.instant().plusSeconds(60));
    assertThat(m.lastError())
        .startsWith("MessagingException: Couldn't connect")
        .contains("m***@example.it")
        .doesNotContain("mario.rossi");
    assertThat(delivery.deliver(id)).as("not due yet").isEqualTo(MailDelivery.Outcome.SKIPPED);

    setup.clock.advance(Duration.ofSeconds(60));
    assertThat(delivery.deliver(id)).isEqualTo(MailDelivery.Outcome.RETRY_LATER);
    setup.clock.advance(Duration.ofSeconds(120));
    assertThat(delivery.deliver(id)).isEqualTo(MailDelivery.Outcome.GAVE_UP);

    assertThat(m.status()).isEqualTo(MailStatus.FAILED);
    assertThat(m.sealedBody()).isEmpty();
    assertThat(setup.audit.changes)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.outcome()).isEqualTo(MailDelivery.OUTCOME_GAVE_UP);
              assertThat(e.detail()).contains("attempts=3; lastError=");
              assertThat(CredentialFakes.everything(e)).doesNotContain("4711", "mario.rossi");
            });
  }

  @Test
  void aBodyThatNoLongerOpensCountsAsAFailedAttempt() {
    long id = enqueued();
    delivery.sealer = MailSealer.fromBase64Key(MailSealer.newBase64Key());

    assertThat(delivery.deliver(id)).isEqualTo(MailDelivery.Outcome.RETRY_LATER);
    assertThat(sender.sentBodies).isEmpty();
    assertThat(row(id).lastError()).contains("SealedBodyException");
  }

  @Test
  void theReasonOfAFailureIsOneShortLineWithTheRecipientMasked() {
    MessagingException e =
        new MessagingException(
            "550 5.1.1 <mario.rossi@example.it>: Recipient address rejected\r\n",
            new ConnectException("Connection refused"));
    String reason = MailDelivery.reason(new MailTransportException(e), "mario.rossi@example.it");
    assertThat(reason)
        .isEqualTo(
            "MessagingException: 550 5.1.1 <m***@example.it>: Recipient address rejected"
                + " <- ConnectException: Connection refused");
    assertThat(MailDelivery.reason(e, "mario.rossi@example.it")).isEqualTo(reason);
  }

  @Test
  void aLongReasonIsCut() {
    String reason = MailDelivery.reason(new RuntimeException("x".repeat(1000)), null);
    assertThat(reason).hasSizeLessThanOrEqualTo(300);
  }
}
