package it.cns.enrollment.infrastructure.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import it.cns.enrollment.domain.audit.AuditEvent;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

  private final Map<List<String>, Counter> counters = new ConcurrentHashMap<>();

  /** Counts {@code event} when the current transaction commits (at once when there is none). */
  public void appended(AuditEvent event) {
    List<String> key =
        List.of(
            event.action().name(),
            event.channel().name(),
            event.outcome() == null ? "" : event.outcome());
    // Through the registry's name-based method, never Counter.builder(): see package-info.
    Counter counter =
        counters.computeIfAbsent(
            key,
            k ->
                registry.counter(
                    NAME, Tags.of("action", k.get(0), "channel", k.get(1), "outcome", k.get(2))));
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
