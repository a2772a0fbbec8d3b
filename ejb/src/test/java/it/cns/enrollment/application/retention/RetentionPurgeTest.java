package it.cns.enrollment.application.retention;

import static org.assertj.core.api.Assertions.assertThat;

import it.cns.enrollment.application.security.CredentialFakes;
import it.cns.enrollment.domain.activation.PendingForm;
import it.cns.enrollment.domain.activation.PendingFormRepository;
import it.cns.enrollment.domain.activation.PendingOutcome;
import it.cns.enrollment.domain.activation.PendingOutcomeRepository;
import it.cns.enrollment.domain.agent.PendingCardCodes;
import it.cns.enrollment.domain.agent.PendingCardCodesRepository;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.credential.PendingLetter;
import it.cns.enrollment.domain.credential.PendingLetterRepository;
import it.cns.enrollment.domain.identity.CodiceFiscale;
import it.cns.enrollment.domain.retention.RetentionPolicy;
import it.cns.enrollment.domain.retention.RetentionRepository;
import it.cns.enrollment.testing.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetentionPurgeTest {

  private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
  private static final RetentionPolicy POLICY =
      new RetentionPolicy(
          Duration.ofMinutes(15),
          Duration.ofHours(24),
          Duration.ofDays(7),
          Duration.ofDays(30),
          Duration.ofMinutes(60),
          Duration.ofDays(3650));

  /** The tables as counts to hand back, and every cut-off asked for. */
  private static final class Tables implements RetentionRepository {
    boolean roundFree = true;
    final List<String> asked = new ArrayList<>();
    int challenges;
    int answers;
    int recipients;
    int messageIds;
    int throttle;
    long audit;

    @Override
    public boolean claimRound(Instant now, Duration minimumGap) {
      asked.add("claim " + now + " " + minimumGap);
      return roundFree;
    }

    @Override
    public int purgeChallenges(Instant expiredBefore) {
      asked.add("challenges " + expiredBefore);
      return challenges;
    }

    @Override
    public int purgePartnerAnswers(Instant createdBefore) {
      asked.add("answers " + createdBefore);
      return answers;
    }

    @Override
    public int eraseMailRecipients(Instant queuedBefore) {
      asked.add("recipients " + queuedBefore);
      return recipients;
    }

    @Override
    public int purgePartnerMessageIds(Instant now) {
      asked.add("messageIds " + now);
      return messageIds;
    }

    @Override
    public int purgeThrottleCounts(Instant lastFailureBefore, Instant now) {
      asked.add("throttle " + lastFailureBefore + " " + now);
      return throttle;
    }

    @Override
    public long purgeAuditEvents(Duration retention) {
      asked.add("audit " + retention);
      return audit;
    }
  }

  /**
   * Any store the purge empties (forms, letters, outcomes, the counter agent's codes), of which
   * {@code waiting} have expired: it only counts its purges.
   */
  private static final class Expired
      implements PendingFormRepository,
          PendingLetterRepository,
          PendingOutcomeRepository,
          PendingCardCodesRepository {
    int waiting;
    final List<Instant> purgedAt = new ArrayList<>();

    @Override
    public int purgeExpired(Instant now) {
      purgedAt.add(now);
      int n = waiting;
      waiting = 0;
      return n;
    }

    @Override
    public void put(PendingForm form) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<byte[]> take(
        long activationId, int codesGeneration, String operatorUsername, Instant now) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean isWaiting(
        long activationId, int codesGeneration, String operatorUsername, Instant now) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void put(PendingOutcome outcome) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<PendingOutcome> find(String tokenHash, String operator, Instant now) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<byte[]> takeHalves(String tokenHash, String operator, Instant now) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void put(PendingLetter letter) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<byte[]> take(CodiceFiscale owner, Instant now) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean isWaiting(CodiceFiscale owner, Instant now) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void put(PendingCardCodes codes) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<PendingCardCodes> findForUpdate(String cardId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void delete(String cardId) {
      throw new UnsupportedOperationException();
    }
  }

  private final Tables tables = new Tables();
  private final Expired cardCodes = new Expired();
  private final Expired forms = new Expired();
  private final Expired letters = new Expired();
  private final Expired outcomes = new Expired();
  private CredentialFakes.Audit audit;
  private RetentionPurge purge;

  @BeforeEach
  void wire() {
    audit = new CredentialFakes.Audit();
    purge = new RetentionPurge();
    purge.retention = tables;
    purge.forms = forms;
    purge.letters = letters;
    purge.cardCodes = cardCodes;
    purge.outcomes = outcomes;
    purge.policy = POLICY;
    purge.audit = audit;
    purge.clock = new MovableClock(NOW);
  }

  @Test
  void aRoundAnotherNodeHoldsOrRanWithinTheIntervalPurgesNothing() {
    tables.roundFree = false;
    forms.waiting = 3;

    assertThat(purge.runRound()).isEmpty();
    assertThat(tables.asked).containsExactly("claim " + NOW + " PT13M30S");
    assertThat(forms.purgedAt).isEmpty();
    assertThat(letters.purgedAt).isEmpty();
    assertThat(outcomes.purgedAt).isEmpty();
    assertThat(audit.all()).isEmpty();
  }

  @Test
  void eachKindGoesAtItsOwnPeriodAndTheRoundIsAuditedAsTheSystemWithCountsOnly() {
    tables.challenges = 2;
    tables.answers = 1;
    tables.recipients = 3;
    tables.throttle = 4;
    tables.audit = 7;
    letters.waiting = 1;
    cardCodes.waiting = 2;
    outcomes.waiting = 2;

    Map<String, Long> purged = purge.runRound().orElseThrow();

    assertThat(tables.asked)
        .containsExactly(
            "claim " + NOW + " PT13M30S",
            "challenges 2026-12-02T12:00:00Z",
            "answers 2026-11-26T12:00:00Z",
            "recipients 2026-11-03T12:00:00Z",
            "messageIds " + NOW,
            "throttle 2026-12-03T11:00:00Z " + NOW,
            "audit PT87600H");
    assertThat(forms.purgedAt).containsExactly(NOW);
    assertThat(letters.purgedAt).containsExactly(NOW);
    assertThat(cardCodes.purgedAt).containsExactly(NOW);
    assertThat(outcomes.purgedAt).containsExactly(NOW);
    assertThat(purged)
        .containsExactly(
            Map.entry("challenges", 2L),
            Map.entry("partnerAnswers", 1L),
            Map.entry("mailRecipients", 3L),
            Map.entry("partnerMessageIds", 0L),
            Map.entry("activationForms", 0L),
            Map.entry("activationOutcomes", 2L),
            Map.entry("credentialsLetters", 1L),
            Map.entry("cardCodes", 2L),
            Map.entry("throttleCounts", 4L),
            Map.entry("auditEvents", 7L));
    assertThat(audit.refusals).isEmpty();
    assertThat(audit.changes).hasSize(1);
    AuditEvent e = audit.changes.get(0);
    assertThat(e.action()).isEqualTo(AuditAction.RETENTION_PURGE);
    assertThat(e.actor()).isEqualTo("system");
    assertThat(e.channel()).isEqualTo(Channel.SYSTEM);
    assertThat(e.occurredAt()).isEqualTo(NOW);
    assertThat(e.subjectCf()).isNull();
    assertThat(e.requestId()).isNull();
    assertThat(e.detail())
        .isEqualTo(
            "challenges=2; partnerAnswers=1; mailRecipients=3; partnerMessageIds=0;"
                + " activationForms=0; activationOutcomes=2; credentialsLetters=1; cardCodes=2;"
                + " throttleCounts=4; auditEvents=7");
  }

  @Test
  void aRoundWithNothingPastItsPeriodLeavesNoAuditRow() {
    assertThat(purge.runRound()).hasValueSatisfying(p -> assertThat(p.values()).containsOnly(0L));
    assertThat(audit.all()).isEmpty();
  }
}
