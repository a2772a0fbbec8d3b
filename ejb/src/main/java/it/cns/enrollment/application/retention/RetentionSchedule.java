package it.cns.enrollment.application.retention;

import it.cns.enrollment.domain.retention.RetentionPolicy;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Ticks every {@code CNS_RETENTION_INTERVAL_SECONDS} on every node. The timer is not persistent
 * (the cluster shares no timer store): each node asks for the round, and the job's row in the
 * database gives it to one of them per interval ({@link RetentionPurge}).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RetentionSchedule {

  private static final Logger LOG = Logger.getLogger(RetentionSchedule.class.getName());

  @Resource TimerService timers;
  @Inject RetentionPolicy policy;
  @Inject RetentionPurge purge;

  private final AtomicBoolean running = new AtomicBoolean();
  private volatile boolean failing;

  @PostConstruct
  void start() {
    long every = policy.interval().toMillis();
    timers.createIntervalTimer(every, every, new TimerConfig("cns-retention", false));
    LOG.info(() -> "retention: " + policy);
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void tick() {
    // A long round (a first purge of years of audit rows) may outlast the interval.
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      purge.runRound();
      if (failing) {
        failing = false;
        LOG.info("retention: rounds work again");
      }
    } catch (RuntimeException e) {
      // Database down, say: one line when it starts failing, not one per tick; nothing half done,
      // the round's transaction rolled back.
      if (!failing) {
        failing = true;
        LOG.warning(() -> "retention: round failed, will try again at the next tick: " + e);
      }
    } finally {
      running.set(false);
    }
  }
}
