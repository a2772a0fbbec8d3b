package it.cns.enrollment.infrastructure.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.Channel;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditEventMeterTest {

  private final DeploymentRegistry registry = new DeploymentRegistry();
  private final OneTransaction transaction = new OneTransaction();
  private final AuditEventMeter meter = new AuditEventMeter();

  {
    meter.registry = registry;
    meter.transactions = transaction;
  }

  private static AuditEvent refusal(String code) {
    return AuditEvent.of(AuditAction.SMARTCARD_LOGIN, Channel.SMARTCARD, "x", Instant.EPOCH)
        .outcome(code)
        .build();
  }

  private double count(String outcome) {
    var counter =
        registry
            .exported
            .find(AuditEventMeter.NAME)
            .tags("action", "SMARTCARD_LOGIN", "channel", "SMARTCARD", "outcome", outcome)
            .counter();
    return counter == null ? 0 : counter.count();
  }

  @Test
  void anEventCountsOnceItsTransactionCommits() {
    meter.appended(refusal("CARD_REVOKED"));
    assertThat(count("CARD_REVOKED")).isZero();
    transaction.complete(Status.STATUS_COMMITTED);
    assertThat(count("CARD_REVOKED")).isEqualTo(1);
  }

  @Test
  void anEventOfARolledBackTransactionIsNotCounted() {
    meter.appended(refusal("OK"));
    transaction.complete(Status.STATUS_ROLLEDBACK);
    assertThat(count("OK")).isZero();
  }

  @Test
  void withoutATransactionAnEventCountsAtOnce() {
    transaction.active = false;
    meter.appended(refusal("OK"));
    assertThat(count("OK")).isEqualTo(1);
  }

  /** A transaction registry with one transaction, completed by the test. */
  private static final class OneTransaction implements TransactionSynchronizationRegistry {
    boolean active = true;
    final List<Synchronization> synchronizations = new ArrayList<>();

    void complete(int status) {
      synchronizations.forEach(s -> s.afterCompletion(status));
    }

    @Override
    public Object getTransactionKey() {
      return active ? "tx" : null;
    }

    @Override
    public void registerInterposedSynchronization(Synchronization sync) {
      synchronizations.add(sync);
    }

    @Override
    public void putResource(Object key, Object value) {}

    @Override
    public Object getResource(Object key) {
      return null;
    }

    @Override
    public int getTransactionStatus() {
      return active ? Status.STATUS_ACTIVE : Status.STATUS_NO_TRANSACTION;
    }

    @Override
    public void setRollbackOnly() {}

    @Override
    public boolean getRollbackOnly() {
      return false;
    }
  }
}
