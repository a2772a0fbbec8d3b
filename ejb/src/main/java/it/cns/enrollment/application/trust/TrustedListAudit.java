package it.cns.enrollment.application.trust;

import it.cns.enrollment.application.security.AuditRecorder;
import it.cns.enrollment.domain.actor.Actor;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditDetails;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.identity.TrustedListDownloaded;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * The trusted list's downloads on the audit trail (issue #17): a list taken is recorded with
 * outcome OK and its description, a refusal with its code (the list in force kept). The download
 * announces only what is news, so a publisher serving the same bad list for hours leaves one row,
 * not one per retry. In a transaction of its own: the download runs on a timer with none.
 */
@Stateless
public class TrustedListAudit {

  @Inject AuditRecorder audit;
  @Inject Clock clock;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void downloaded(@Observes TrustedListDownloaded download) {
    audit.recordChange(
        AuditEvent.of(
                AuditAction.TRUSTED_LIST_DOWNLOAD,
                Channel.SYSTEM,
                Actor.SYSTEM.auditName(),
                clock.instant())
            .outcome(download.taken() ? AuditEvent.OUTCOME_OK : download.refusal())
            .detail(
                AuditDetails.of("source", download.source())
                    .and(download.taken() ? "list" : "reason", download.detail()))
            .build());
  }
}
