package it.cns.enrollment.application.audit;

import it.cns.enrollment.application.port.AuditCsvFile;
import it.cns.enrollment.application.port.AuditCsvWriter;
import it.cns.enrollment.application.security.AuditRecorder;
import it.cns.enrollment.application.security.Audited;
import it.cns.enrollment.application.security.Caller;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditDetails;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.AuditEventRepository;
import it.cns.enrollment.domain.audit.AuditFilter;
import it.cns.enrollment.domain.audit.Channel;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The audit trail for supervisors: filtered pages (newest first, {@value #PAGE_SIZE} a page, keyset
 * by id), the count of matching events, and the CSV export of the same filter. Only the SUPERVISOR
 * role may read it ({@code @RolesAllowed}), and the {@link Caller} must be an active supervisor in
 * the database (checked by {@link Audited}; a refused attempt to read or export is audited as
 * {@code AUDIT_EXPORT}); an export is itself audited ({@code AUDIT_EXPORT}, the filter in the
 * detail, the filter's CF as subject).
 */
@Stateless
@RolesAllowed("SUPERVISOR")
@Audited(AuditAction.AUDIT_EXPORT)
public class AuditTrail {

  public static final int PAGE_SIZE = 50;

  /** The most event rows one CSV file holds; the file's last row says when it stopped there. */
  public static final int EXPORT_CAP = 100_000;

  /** Rows read per query while exporting: memory stays flat whatever the size of the trail. */
  static final int EXPORT_CHUNK = 500;

  @Inject AuditEventRepository events;
  @Inject Caller caller;
  @Inject AuditRecorder audit;
  @Inject AuditCsvWriter csvWriter;
  @Inject Clock clock;
  @Resource SessionContext self;

  int exportCap = EXPORT_CAP;

  public AuditPage page(AuditFilter filter, AuditCursor cursor) {
    Objects.requireNonNull(filter, "filter is required");
    List<AuditEvent> found;
    if (cursor.afterId() != null) {
      found = new ArrayList<>(events.findNewer(filter, cursor.afterId(), PAGE_SIZE));
      Collections.reverse(found);
    } else {
      found = events.findOlder(filter, cursor.beforeId(), PAGE_SIZE);
    }
    if (found.isEmpty()) {
      // Past either end: offer the way back to the newest page when we came from there.
      return new AuditPage(found, cursor.beforeId() != null, cursor.afterId() != null);
    }
    long newest = found.get(0).id();
    long oldest = found.get(found.size() - 1).id();
    boolean hasNewer = !events.findNewer(filter, newest, 1).isEmpty();
    boolean hasOlder = !events.findOlder(filter, oldest, 1).isEmpty();
    return new AuditPage(found, hasNewer, hasOlder);
  }

  public long count(AuditFilter filter) {
    return events.count(Objects.requireNonNull(filter, "filter is required"));
  }

  /**
   * Writes the events matching the filter to {@code out} as CSV (see {@link AuditCsv}), newest
   * first, at most {@link #EXPORT_CAP}. The export is audited before the first row leaves, in a
   * transaction of its own, so a download broken half-way is on record too; it holds the events
   * that existed when it was asked, not its own record. The rows are read in chunks outside any
   * transaction: nothing accumulates, and no transaction stays open while a slow client reads.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public AuditExport export(AuditFilter filter, OutputStream out) throws IOException {
    Objects.requireNonNull(filter, "filter is required");
    List<AuditEvent> newest = events.findOlder(AuditFilter.none(), null, 1);
    Long below = newest.isEmpty() ? null : newest.get(0).id() + 1;
    self.getBusinessObject(AuditTrail.class).recordExport(filter);

    AuditCsvFile csv = csvWriter.start(out);
    boolean truncated = false;
    chunks:
    while (true) {
      List<AuditEvent> chunk = events.findOlder(filter, below, EXPORT_CHUNK);
      for (AuditEvent e : chunk) {
        if (csv.rows() == exportCap) {
          truncated = true;
          break chunks;
        }
        csv.write(e);
      }
      if (chunk.size() < EXPORT_CHUNK) {
        break;
      }
      below = chunk.get(chunk.size() - 1).id();
      csv.flush();
    }
    if (truncated) {
      csv.truncated(exportCap);
    }
    csv.flush();
    return new AuditExport(csv.rows(), truncated);
  }

  /**
   * Records an export in a transaction of its own; called by {@link #export} through the container
   * (so the transaction attribute applies).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordExport(AuditFilter filter) {
    String actor = caller.auditName();
    audit.recordChange(
        AuditEvent.of(AuditAction.AUDIT_EXPORT, Channel.SUPERVISION, actor, clock.instant())
            .subject(filter.subjectCf())
            .detail(AuditDetails.of("format", "CSV").and(filter.details()).and("cap", exportCap))
            .build());
  }
}
