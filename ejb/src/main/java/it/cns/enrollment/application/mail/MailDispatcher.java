package it.cns.enrollment.application.mail;

import it.cns.enrollment.domain.mail.MailSettings;
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
 * persistent: every node runs its own, and the row locks keep them from sending one mail twice. A
 * missing or bad {@code CNS_OUTBOX_KEY} has already failed the deployment by then, with the reason
 * in the log (the settings are read and checked at start-up, by {@code infrastructure.config}).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailDispatcher {

  private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());

  @Resource TimerService timers;
  @Inject MailSettings settings;
  @Inject MailDelivery delivery;

  private final AtomicBoolean polling = new AtomicBoolean();
  private volatile boolean failing;

  @PostConstruct
  void start() {
    long every = settings.pollInterval().toMillis();
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
