package it.cns.enrollment.application.mail;

import static org.assertj.core.api.Assertions.assertThat;

import it.cns.enrollment.domain.mail.MailSettings;
import it.cns.enrollment.domain.mail.MailStatus;
import it.cns.enrollment.domain.mail.OutboundMail;
import it.cns.enrollment.domain.mail.RetrySchedule;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue #15, faults: the SMTP relay down for an hour of simulated time (the injected clock, the
 * default retry schedule, the poller's rhythm). The mail is retried, not given up, and delivered
 * exactly once when the relay is back. The real-server counterpart, with seconds instead of an
 * hour, is MailOutboxIT.
 */
class MailRelayOutageTest {

  private static final Duration POLL = Duration.ofSeconds(30);

  final MailOutboxTest setup = new MailOutboxTest();
  final MailFakes.Sender relay = new MailFakes.Sender();
  final MailDelivery delivery = new MailDelivery();

  @BeforeEach
  void wire() {
    setup.wire();
    delivery.mails = setup.mails;
    delivery.settings = new MailSettings(POLL, RetrySchedule.defaults());
    delivery.sealer = setup.sealer;
    delivery.sender = relay;
    delivery.audit = setup.audit;
    delivery.clock = setup.clock;
  }

  /** What the poller does every POLL, for {@code span} of the fake clock; answers the polls. */
  private int pollFor(long id, Duration span) {
    Instant until = setup.clock.instant().plus(span);
    int polls = 0;
    while (setup.clock.instant().isBefore(until)) {
      delivery.deliver(id);
      polls++;
      setup.clock.advance(POLL);
    }
    return polls;
  }

  @Test
  void aMailWhoseRelayIsDownForAnHourIsRetriedAndDeliveredOnceWhenItIsBack() {
    long id = setup.outbox.enqueue(MailOutboxTest.mail("activation:15"));
    OutboundMail mail = setup.mails.find(id).orElseThrow();
    relay.down = true;

    pollFor(id, Duration.ofHours(1));

    assertThat(mail.status()).isEqualTo(MailStatus.PENDING);
    // Retried with back-off (60 s doubling: 1, 2, 4, 8, 16, 32 minutes), not at every poll, and
    // not given up: the default twelve attempts last about seven hours.
    assertThat(mail.attempts()).isBetween(4, RetrySchedule.DEFAULT_MAX_ATTEMPTS - 1);
    assertThat(relay.sentBodies).isEmpty();

    relay.down = false;
    // The next attempt is due at most one cap (1 h) later; then nothing more is sent.
    pollFor(id, RetrySchedule.DEFAULT_CAP.plus(Duration.ofHours(1)));

    assertThat(mail.status()).isEqualTo(MailStatus.SENT);
    assertThat(relay.sentBodies).containsExactly(MailOutboxTest.BODY);
    assertThat(mail.sealedBody()).isEmpty();
  }
}
