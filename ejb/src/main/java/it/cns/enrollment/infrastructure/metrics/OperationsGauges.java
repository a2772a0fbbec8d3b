package it.cns.enrollment.infrastructure.metrics;

import static it.cns.enrollment.infrastructure.persistence.NativeColumns.instant;

import io.micrometer.core.instrument.Tags;
import it.cns.enrollment.domain.partner.Partner;
import it.cns.enrollment.infrastructure.pki.trust.CardTrust;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

/**
 * Gauges of state rather than events: the trusted CNS issuers loaded and the age of their last
 * successful reload; the outbox's pending and given-up mails and the age of the oldest pending one.
 * The outbox figures are read from the database every 30 s, not at each scrape, so a scraper cannot
 * load the database, and a scrape still answers while the database is away (with the last figures
 * read; readiness tells the outage). Also the partners whose certificate needs a renewal within 30
 * days ({@link Partner#needsRenewalBefore}), read with them.
 */
@Singleton
@Startup
// Its timer reads tables: not before the first deployment's migration has made them.
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OperationsGauges {

  private static final Logger LOG = Logger.getLogger(OperationsGauges.class.getName());

  @Inject DeploymentGauges gauges;
  @Inject CardTrust trust;
  @Inject Clock clock;

  @PersistenceContext(unitName = "cns")
  EntityManager em;

  private final AtomicLong pending = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicReference<Instant> oldestPending = new AtomicReference<>();
  private final AtomicLong partnersExpiring = new AtomicLong();
  private volatile boolean lastReadFailed;

  @PostConstruct
  void register() {
    gauges.gauge(
        "cns.trusted.issuers", Tags.empty(), this, g -> g.trust.anchors().anchors().size());
    gauges.timeGauge(
        "cns.trusted.issuers.reload.age",
        Tags.empty(),
        this,
        TimeUnit.SECONDS,
        g -> g.trust.lastSuccessfulReload().map(g::secondsSince).orElse(Double.NaN));
    gauges.gauge("cns.outbox.pending", Tags.empty(), pending, AtomicLong::get);
    gauges.gauge("cns.outbox.failed", Tags.empty(), failed, AtomicLong::get);
    gauges.timeGauge(
        "cns.outbox.oldest.pending.age",
        Tags.empty(),
        oldestPending,
        TimeUnit.SECONDS,
        o -> o.get() == null ? 0 : secondsSince(o.get()));
    // Enabled partners whose certificate expires within 30 days with no renewal certificate.
    gauges.gauge(
        "cns.partner.certificates.expiring", Tags.empty(), partnersExpiring, AtomicLong::get);
  }

  private double secondsSince(Instant at) {
    return Math.max(0, clock.instant().toEpochMilli() - at.toEpochMilli()) / 1000.0;
  }

  /** Reads the outbox figures; a failure keeps the previous ones and is logged once per outage. */
  @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void readOutbox() {
    try {
      Object[] row =
          (Object[])
              em.createNativeQuery(
                      "select count(*) filter (where status = 'PENDING'),"
                          + " count(*) filter (where status = 'FAILED'),"
                          + " min(created_at) filter (where status = 'PENDING')"
                          + " from outbound_mail")
                  .getSingleResult();
      pending.set(((Number) row[0]).longValue());
      failed.set(((Number) row[1]).longValue());
      oldestPending.set(instant(row[2]));
      // Partners that lose access within the warning period unless a supervisor acts (issue #17).
      partnersExpiring.set(
          ((Number)
                  em.createNativeQuery(
                          "select count(*) from partner where enabled"
                              + " and certificate_not_after < ?1"
                              + " and (renewal_not_after is null or renewal_not_after < ?1)")
                      .setParameter(1, Timestamp.from(clock.instant().plus(Partner.EXPIRY_WARNING)))
                      .getSingleResult())
              .longValue());
      lastReadFailed = false;
    } catch (PersistenceException e) {
      if (!lastReadFailed) {
        LOG.warning(() -> "outbox figures not read, previous ones kept: " + e.getClass().getName());
      }
      lastReadFailed = true;
    }
  }
}
