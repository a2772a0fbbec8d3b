package it.cns.enrollment.application.status;

import it.cns.enrollment.application.port.NodeStatus;
import it.cns.enrollment.application.port.StoredFigures;
import it.cns.enrollment.domain.partner.Partner;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.logging.Logger;

/**
 * The system status page's one call, for supervisors only ({@code @RolesAllowed}; web.xml guards
 * the page too). Reads outside any transaction: nothing is written, and a database that does not
 * answer leaves no transaction to roll back; the report then carries what the node knows and says
 * the rest is missing. Not {@code @Audited}: an aggregate names nobody, and the audit's check of
 * the caller's standing needs the very database whose absence the page must be able to show.
 */
@Stateless
@RolesAllowed("SUPERVISOR")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SystemStatus {

  /** Days shown in the charts, today included. */
  public static final int DAYS = 14;

  /** The days of the charts are Italian calendar days. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Rome");

  private static final Logger LOG = Logger.getLogger(SystemStatus.class.getName());

  @Inject NodeStatus node;
  @Inject StoredFigures figures;
  @Inject Clock clock;

  public StatusReport report() {
    Instant now = clock.instant();
    return new StatusReport(
        now, node.trustedIssuers(), node.revocationServices(), storedOrNull(now));
  }

  private StatusReport.Stored storedOrNull(Instant now) {
    LocalDate last = LocalDate.ofInstant(now, ZONE);
    LocalDate first = last.minusDays(DAYS - 1L);
    try {
      return new StatusReport.Stored(
          figures.outboxBacklog(),
          figures.partnersExpiringBefore(now.plus(Partner.EXPIRY_WARNING)),
          first,
          last,
          DailySeries.of(first, DAYS, figures.activationsPerCounter(first, last)),
          DailySeries.of(first, DAYS, figures.citizenLoginsPerOutcome(first, last)),
          DailySeries.of(first, DAYS, figures.partnerCallsPerPartner(first, last)));
    } catch (StoredFigures.Unavailable e) {
      // One line, no stack trace: the outage is readiness's news; here it only shortens the page.
      LOG.warning(e.getMessage());
      return null;
    }
  }
}
