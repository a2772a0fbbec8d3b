package it.cns.enrollment.application.partner;

import it.cns.enrollment.application.mail.MailOutbox;
import it.cns.enrollment.application.text.Messages;
import it.cns.enrollment.domain.mail.OutgoingMail;
import it.cns.enrollment.domain.partner.Partner;
import it.cns.enrollment.domain.partner.PartnerExpiryNotice;
import it.cns.enrollment.domain.partner.PartnerRepository;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.Logger;

/**
 * Tells the supervisors' mailbox ({@code CNS_PARTNER_EXPIRY_MAIL}) through the outbox when an
 * enabled partner's certificate expires within {@link Partner#EXPIRY_WARNING} with no renewal
 * certificate valid beyond it, and again each week while that lasts. Each mail and the partner's
 * "warned" mark are written in one transaction; on a cluster, two nodes warning about the same
 * partner at once collide on the partner's version and one of them rolls back with its mail.
 *
 * <p>The timer is made once the schema is migrated ({@code @DependsOn}): an automatic
 * {@code @Schedule} timer could fire in the middle of a first deployment's migration and fail on a
 * column that does not exist yet.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PartnerCertificateWatch {

  static final String MAIL_KIND = "PARTNER_EXPIRY";
  static final Duration REMIND_EVERY = Duration.ofDays(7);
  private static final Logger LOG = Logger.getLogger(PartnerCertificateWatch.class.getName());
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("Europe/Rome"));

  @Inject PartnerRepository partners;
  @Inject MailOutbox outbox;
  @Inject PartnerExpiryNotice notice;
  @Inject Clock clock;
  @Resource TimerService timers;

  @PostConstruct
  void start() {
    timers.createCalendarTimer(
        new ScheduleExpression().minute("*").hour("*"),
        new TimerConfig("cns-partner-expiry", false));
  }

  /** Every minute: one query over the (few) partner records, and usually nothing to send. */
  @Timeout
  public void warnSupervisors() {
    if (notice.recipient().isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    for (Partner p : partners.all()) {
      boolean due =
          p.isEnabled()
              && p.needsRenewalBefore(now.plus(Partner.EXPIRY_WARNING))
              && p.expiryWarnedAt().map(at -> !at.plus(REMIND_EVERY).isAfter(now)).orElse(true);
      if (due) {
        outbox.enqueue(mail(p, notice.recipient().get()));
        p.expiryWarned(now);
        LOG.info(() -> "partner " + p.id() + ": certificate expiry warning queued");
      }
    }
    partners.flush();
  }

  private static OutgoingMail mail(Partner p, String recipient) {
    Messages it = Messages.ITALIAN;
    String day = p.certificateNotAfter().map(DAY::format).orElse("");
    return new OutgoingMail(
        MAIL_KIND,
        "partner-" + p.id(),
        recipient,
        it.partnerExpirySubject(p.name(), day),
        it.partnerExpiryBody(p.name(), p.certificateSerial(), day).toCharArray());
  }
}
