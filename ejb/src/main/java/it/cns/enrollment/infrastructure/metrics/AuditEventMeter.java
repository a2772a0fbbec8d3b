package it.cns.enrollment.infrastructure.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import it.cns.enrollment.domain.audit.AuditEvent;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Counts every audit event once its transaction commits, as {@code cns_audit_events_total} with the
 * event's action, channel and outcome ({@code OK} or the stable refusal code). One counter answers
 * the questions operations ask: smartcard logins and refusals by code ({@code
 * action="SMARTCARD_LOGIN"}), enrollments ({@code CARD_BIND}, {@code FISCONLINE_ENROLLMENT}),
 * activations ({@code TSCNS_ACTIVATION}), lockouts ({@code outcome=~".*_LOCKED"}), partner refusals
 * ({@code channel="PARTNER"}). Counting after commit keeps a rolled-back change out of the figures,
 * as it is out of the trail.
 */
@ApplicationScoped
public class AuditEventMeter {

  static final String NAME = "cns.audit.events";

  @Inject MeterRegistry registry;

  @Resource TransactionSynchronizationRegistry transactions;

  /** Counts {@code event} when the current transaction commits (at once when there is none). */
  public void appended(AuditEvent event) {
    Counter counter =
        Counter.builder(NAME)
            .description("audit events written, by action, channel and outcome")
            .tag("action", event.action().name())
            .tag("channel", event.channel().name())
            .tag("outcome", event.outcome() == null ? "" : event.outcome())
            .register(registry);
    if (transactions == null || transactions.getTransactionKey() == null) {
      counter.increment();
      return;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              counter.increment();
            }
          }
        });
  }
}
