package it.cns.enrollment.application.retention;

import it.cns.enrollment.application.security.AuditRecorder;
import it.cns.enrollment.domain.activation.PendingFormRepository;
import it.cns.enrollment.domain.activation.PendingOutcomeRepository;
import it.cns.enrollment.domain.actor.Actor;
import it.cns.enrollment.domain.agent.PendingCardCodesRepository;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditDetails;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.credential.PendingLetterRepository;
import it.cns.enrollment.domain.retention.RetentionPolicy;
import it.cns.enrollment.domain.retention.RetentionRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * One round of the retention job, in one transaction: claim the round (one node per interval),
 * delete what is past its retention, and record the counts in the audit trail as the system when
 * anything went. The counts are the only detail: no codice fiscale, no request id, nothing of what
 * was deleted. A round that deletes nothing leaves no audit row (one every interval would bury the
 * trail), only a debug line.
 */
@Stateless
public class RetentionPurge {

  private static final Logger LOG = Logger.getLogger(RetentionPurge.class.getName());

  @Inject RetentionRepository retention;
  @Inject PendingFormRepository forms;
  @Inject PendingOutcomeRepository outcomes;
  @Inject PendingLetterRepository letters;
  @Inject PendingCardCodesRepository cardCodes;
  @Inject RetentionPolicy policy;
  @Inject AuditRecorder audit;
  @Inject Clock clock;

  /**
   * Runs a round if this node's turn has come: the rows deleted per kind, or empty when another
   * node runs or ran it within the interval.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<Map<String, Long>> runRound() {
    Instant now = clock.instant();
    if (!retention.claimRound(now, policy.minimumGap())) {
      return Optional.empty();
    }
    Map<String, Long> purged = new LinkedHashMap<>();
    purged.put("challenges", (long) retention.purgeChallenges(now.minus(policy.challenges())));
    purged.put(
        "partnerAnswers", (long) retention.purgePartnerAnswers(now.minus(policy.partnerAnswers())));
    purged.put(
        "mailRecipients", (long) retention.eraseMailRecipients(now.minus(policy.mailRecipients())));
    purged.put("partnerMessageIds", (long) retention.purgePartnerMessageIds(now));
    purged.put("activationForms", (long) forms.purgeExpired(now));
    purged.put("activationOutcomes", (long) outcomes.purgeExpired(now));
    purged.put("credentialsLetters", (long) letters.purgeExpired(now));
    purged.put("cardCodes", (long) cardCodes.purgeExpired(now));
    purged.put(
        "throttleCounts",
        (long) retention.purgeThrottleCounts(now.minus(policy.throttleIdle()), now));
    purged.put("auditEvents", retention.purgeAuditEvents(policy.audit()));
    long total = purged.values().stream().mapToLong(Long::longValue).sum();
    if (total == 0) {
      LOG.fine("retention: nothing past its period");
      return Optional.of(purged);
    }
    AuditDetails counts = AuditDetails.none();
    for (Map.Entry<String, Long> e : purged.entrySet()) {
      counts = counts.and(e.getKey(), e.getValue());
    }
    audit.recordChange(
        AuditEvent.of(AuditAction.RETENTION_PURGE, Channel.SYSTEM, Actor.SYSTEM.auditName(), now)
            .detail(counts)
            .build());
    String line = counts.render();
    LOG.info(() -> "retention: purged " + line);
    return Optional.of(purged);
  }
}
