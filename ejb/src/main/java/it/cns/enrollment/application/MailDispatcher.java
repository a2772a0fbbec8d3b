package it.cns.enrollment.application;

import it.cns.enrollment.infrastructure.mail.MailConfiguration;
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
 * Polls the outbox every {@code CNS_MAIL_POLL_SECONDS} and sends what is due. The timer is not
 * persistent: every node runs its own, and the row locks keep them from sending one mail twice.
 * Reading the outbox configuration at start-up makes a missing or bad {@code CNS_OUTBOX_KEY} fail
 * the deployment, with the reason in the log.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailDispatcher {

  private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());

  @Resource TimerService timers;
  @Inject MailConfiguration configuration;
  @Inject MailDelivery delivery;

  private final AtomicBoolean polling = new AtomicBoolean();
  private volatile boolean failing;

  @PostConstruct
  void start() {
    long every = configuration.settings().pollInterval().toMillis();
    timers.createIntervalTimer(every, every, new TimerConfig("cns-mail-outbox", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void poll() {
    // A slow relay may make a poll outlast the interval: the next tick then has nothing to do.
    if (!polling.compareAndSet(false, true)) {
      return;
    }
    try {
      delivery.deliverDue();
      if (failing) {
        failing = false;
        LOG.info("mail outbox: polling works again");
      }
    } catch (RuntimeException e) {
      // Database down, say: one line when it starts failing, not one per tick.
      if (!failing) {
        failing = true;
        LOG.warning(() -> "mail outbox: poll failed, will keep trying: " + e);
      }
    } finally {
      polling.set(false);
    }
  }
}
