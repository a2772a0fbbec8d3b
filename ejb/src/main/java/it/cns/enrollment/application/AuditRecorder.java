package it.cns.enrollment.application;

import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.AuditEventRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Writes audit events. A successful change is recorded in the caller's transaction (it commits or
 * rolls back with the change); a refusal is recorded in a transaction of its own, because the
 * refused operation's transaction is rolled back.
 */
@Stateless
public class AuditRecorder {

  @Inject AuditEventRepository events;

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void recordChange(AuditEvent event) {
    events.append(event);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordRefusal(AuditEvent event) {
    events.append(event);
  }
}
