package it.cns.enrollment.application.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Sends a mail as soon as the transaction that enqueued it has committed (never before: a rolled
 * back activation sends nothing). Best effort: the dispatcher's poll is the guarantee.
 */
@ApplicationScoped
class MailEnqueuedObserver {

  @Inject MailDelivery delivery;

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailEnqueued event) {
    delivery.deliverSoon(event.outboxId());
  }
}
