package it.cns.enrollment.domain.audit;

/** Appends audit events; there is deliberately no update or delete. */
public interface AuditEventRepository {

  void append(AuditEvent event);
}
