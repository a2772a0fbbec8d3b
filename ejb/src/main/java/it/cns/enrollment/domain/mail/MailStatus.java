package it.cns.enrollment.domain.mail;

/** Where an outbox mail stands. */
public enum MailStatus {
  /** Waiting for its (next) attempt; the sealed body is kept. */
  PENDING,
  /** Accepted by the SMTP server; the body is erased. */
  SENT,
  /** Given up after the last attempt; the body is erased, so it cannot be sent again. */
  FAILED
}
