package it.cns.enrollment.application.mail;

/**
 * A mail entered the outbox (or was put back for an immediate retry); observed after the
 * transaction commits, to send it at once instead of at the next poll.
 */
record MailEnqueued(long outboxId) {}
