package it.cns.enrollment.application.agent;

import it.cns.enrollment.application.security.AuditRecorder;
import it.cns.enrollment.domain.actor.Actor;
import it.cns.enrollment.domain.agent.PendingCardCodesRepository;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditDetails;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.Channel;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * Erases the codes whose time ran out before a fetch looks for any, in a transaction of its own:
 * the fetch's transaction rolls back on a refusal, and the erasure must stay. Audited as the
 * system, with the count only.
 */
@Stateless
public class CardCodesExpiry {

  @Inject PendingCardCodesRepository pending;
  @Inject AuditRecorder audit;
  @Inject Clock clock;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int purge() {
    Instant now = clock.instant();
    int erased = pending.purgeExpired(now);
    if (erased > 0) {
      audit.recordChange(
          AuditEvent.of(
                  AuditAction.CARD_CODES_EXPIRY, Channel.SYSTEM, Actor.SYSTEM.auditName(), now)
              .detail(AuditDetails.of("expired", erased))
              .build());
    }
    return erased;
  }
}
