package it.cns.enrollment.application.mail;

import it.cns.enrollment.domain.mail.MailStatus;
import it.cns.enrollment.domain.mail.OutboundMail;
import java.io.Serializable;
import java.time.Instant;

/**
 * What the operator's pages show of an outbox mail: never its body, the recipient masked ({@code
 * m***@example.it}). {@code nextAttemptAt} matters only while PENDING; {@code lastError} is the
 * last failed attempt's reason (kept after a later success); {@code sentAt} is set once SENT.
 */
public record MailState(
    long id,
    String kind,
    String maskedRecipient,
    MailStatus status,
    int attempts,
    Instant nextAttemptAt,
    String lastError,
    Instant sentAt)
    implements Serializable {

  static MailState of(OutboundMail m) {
    return new MailState(
        m.id(),
        m.kind(),
        m.maskedRecipient(),
        m.status(),
        m.attempts(),
        m.nextAttemptAt(),
        m.lastError(),
        m.sentAt());
  }
}
