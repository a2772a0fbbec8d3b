package it.cns.enrollment.application.audit;

/**
 * Where a page of the audit trail starts: at the newest event, just below an event id (the next,
 * older page) or just above one (the previous, newer page). Ids are keys, not offsets, so paging
 * stays put while new events arrive.
 */
public record AuditCursor(Long beforeId, Long afterId) {

  public AuditCursor {
    if (beforeId != null && afterId != null) {
      throw new IllegalArgumentException("a page starts before an id or after one, not both");
    }
  }

  public static AuditCursor newest() {
    return new AuditCursor(null, null);
  }

  public static AuditCursor olderThan(long id) {
    return new AuditCursor(id, null);
  }

  public static AuditCursor newerThan(long id) {
    return new AuditCursor(null, id);
  }
}
