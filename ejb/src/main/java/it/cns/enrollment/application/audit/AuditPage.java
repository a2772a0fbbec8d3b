package it.cns.enrollment.application.audit;

import it.cns.enrollment.domain.audit.AuditEvent;
import java.util.List;

/**
 * One page of the audit trail, newest first, and whether newer or older matching events exist (the
 * links to the previous and next page).
 */
public record AuditPage(List<AuditEvent> events, boolean hasNewer, boolean hasOlder) {

  public AuditPage {
    events = List.copyOf(events);
  }

  /** The cursor of the next (older) page. */
  public AuditCursor older() {
    return AuditCursor.olderThan(events.get(events.size() - 1).id());
  }

  /** The cursor of the previous (newer) page. */
  public AuditCursor newer() {
    return AuditCursor.newerThan(events.get(0).id());
  }
}
