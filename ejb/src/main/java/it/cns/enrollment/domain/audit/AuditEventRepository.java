package it.cns.enrollment.domain.audit;

import java.util.List;

/**
 * Appends audit events and reads them back for supervisors; there is deliberately no update or
 * delete. Reading pages by id (keyset): ids grow with every insert, so "newest first" is "highest
 * id first", and a page boundary stays put while new events arrive.
 */
public interface AuditEventRepository {

  void append(AuditEvent event);

  /**
   * Events matching the filter with an id below {@code beforeId} (from the newest when null),
   * newest first, at most {@code limit}.
   */
  List<AuditEvent> findOlder(AuditFilter filter, Long beforeId, int limit);

  /** Events matching the filter with an id above {@code afterId}, oldest first, at most limit. */
  List<AuditEvent> findNewer(AuditFilter filter, long afterId, int limit);

  long count(AuditFilter filter);
}
