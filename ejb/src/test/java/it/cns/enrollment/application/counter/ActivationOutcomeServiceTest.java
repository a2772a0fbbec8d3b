package it.cns.enrollment.application.counter;

import static org.assertj.core.api.Assertions.assertThat;

import it.cns.enrollment.application.agent.AgentFakes;
import it.cns.enrollment.application.port.SessionSettings;
import it.cns.enrollment.application.security.CredentialFakes;
import it.cns.enrollment.domain.activation.ActivationCase;
import it.cns.enrollment.domain.activation.ActivationSettings;
import it.cns.enrollment.domain.activation.PendingOutcome;
import it.cns.enrollment.domain.activation.PendingOutcomeRepository;
import it.cns.enrollment.domain.credential.SecretHasher;
import it.cns.enrollment.domain.credential.TestHashers;
import it.cns.enrollment.infrastructure.mail.MailSealer;
import it.cns.enrollment.infrastructure.pdf.ActivationFormPdf;
import it.cns.enrollment.testing.ActivationRequests;
import it.cns.enrollment.testing.MovableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue #14: the outcome of an activation waits in the database for the page the confirmation
 * redirects to, so that any node can show it; the first halves are sealed, shown once, and only to
 * the operator who confirmed.
 */
class ActivationOutcomeServiceTest {

  private static final Instant NOW = Instant.parse("2026-03-15T09:30:00Z");
  private static final CounterDesk DESK = new CounterDesk("op.anna", 1);

  /** The table as a map, with the same rules as the SQL (operator, expiry, halves taken once). */
  static final class Outcomes implements PendingOutcomeRepository {
    final Map<String, PendingOutcome> rows = new HashMap<>();

    @Override
    public void put(PendingOutcome o) {
      rows.put(o.tokenHash(), o);
    }

    @Override
    public Optional<PendingOutcome> find(String hash, String operator, Instant now) {
      PendingOutcome o = rows.get(hash);
      return o != null && o.operatorUsername().equals(operator) && o.expiresAt().isAfter(now)
          ? Optional.of(o)
          : Optional.empty();
    }

    @Override
    public Optional<byte[]> takeHalves(String hash, String operator, Instant now) {
      Optional<PendingOutcome> found = find(hash, operator, now);
      if (found.isEmpty() || found.get().sealedHalves() == null) {
        return Optional.empty();
      }
      PendingOutcome o = found.get();
      rows.put(
          hash,
          new PendingOutcome(
              o.tokenHash(),
              o.activationId(),
              o.codesGeneration(),
              o.operatorUsername(),
              o.cardIdMasked(),
              o.holderCf(),
              o.activationCase(),
              o.activatedAt(),
              o.mailReference(),
              o.reissue(),
              o.formMade(),
              null,
              o.createdAt(),
              o.expiresAt()));
      return Optional.of(o.sealedHalves().clone());
    }

    @Override
    public int purgeExpired(Instant now) {
      int before = rows.size();
      rows.values().removeIf(o -> !o.expiresAt().isAfter(now));
      return before - rows.size();
    }
  }

  private ActivationService activation;
  private ActivationOutcomeService outcomes;
  private Outcomes table;
  private MovableClock clock;
  private ActivationFakes.Intranet intranet;

  @BeforeEach
  void wire() {
    SecretHasher hasher = TestHashers.fast();
    CredentialFakes.Audit audit = new CredentialFakes.Audit();
    clock = new MovableClock(NOW);
    intranet = new ActivationFakes.Intranet(hasher, audit, clock);
    activation = new ActivationService();
    activation.activations = new ActivationFakes.Activations();
    activation.offices = intranet.offices;
    activation.authorization = intranet.authorization;
    activation.outbox = new ActivationFakes.Outbox();
    activation.audit = audit;
    activation.hasher = hasher;
    activation.settings = ActivationSettings.defaults();
    activation.clock = clock;
    activation.agentCodes =
        AgentFakes.service(
            new AgentFakes.Codes(),
            new AgentFakes.Workstations(),
            activation.activations,
            intranet.offices,
            audit,
            clock,
            null);
    activation.forms = new ActivationForms();
    activation.forms.renderer = new ActivationFormPdf();
    activation.caller = intranet.as("op.anna");
    table = new Outcomes();
    outcomes = new ActivationOutcomeService();
    outcomes.pending = table;
    outcomes.sealer = MailSealer.fromBase64Key(MailSealer.newBase64Key());
    outcomes.session = new SessionSettings(Duration.ofMinutes(30));
    outcomes.clock = clock;
    outcomes.caller = intranet.as("op.anna");
  }

  private ActivationReceipt activate() {
    return activation
        .activate(
            ActivationRequests.of(ActivationCase.LEGAL_REPRESENTATIVE)
                .email("tutore@example.it")
                .build(),
            DESK)
        .receipt();
  }

  @Test
  void theOutcomeIsShownWithItsFirstHalvesOnceThenWithoutThem() {
    ActivationReceipt r = activate();
    String pin = new String(r.printed().pin());
    String puk = new String(r.printed().puk());
    String cip = new String(r.printed().cip());

    String token = outcomes.keep(r, false, true);

    // The table holds the token's hash, not the token, and the halves sealed.
    assertThat(table.rows).containsOnlyKeys(ActivationOutcomeService.hash(token));
    PendingOutcome row = table.rows.values().iterator().next();
    assertThat(row.tokenHash()).isNotEqualTo(token);
    assertThat(new String(row.sealedHalves(), StandardCharsets.ISO_8859_1))
        .doesNotContain(pin)
        .doesNotContain(cip);
    assertThat(row.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));

    ShownOutcome first = outcomes.show(token).orElseThrow();
    assertThat(first.summary())
        .isEqualTo(
            new OutcomeSummary(
                r.activationId(),
                r.cardIdMasked(),
                r.holderCf(),
                ActivationCase.LEGAL_REPRESENTATIVE,
                r.activatedAt(),
                r.codesGeneration(),
                r.mailReference(),
                false,
                true));
    assertThat(new String(first.halves().pin())).isEqualTo(pin);
    assertThat(new String(first.halves().puk())).isEqualTo(puk);
    assertThat(new String(first.halves().cip())).isEqualTo(cip);
    assertThat(table.rows.get(row.tokenHash()).sealedHalves()).isNull();

    ShownOutcome again = outcomes.show(token).orElseThrow();
    assertThat(again.summary()).isEqualTo(first.summary());
    assertThat(again.halves()).isNull();
    assertThat(outcomes.summary(token)).contains(first.summary());
  }

  @Test
  void anotherOperatorAnExpiredOutcomeAndAMalformedTokenFindNothing() {
    ActivationReceipt r = activate();
    String token = outcomes.keep(r, true, false);

    outcomes.caller = intranet.as("sup.carla");
    assertThat(outcomes.show(token)).isEmpty();
    assertThat(outcomes.summary(token)).isEmpty();

    outcomes.caller = intranet.as("op.anna");
    assertThat(outcomes.show("not-a-token")).isEmpty();
    assertThat(outcomes.show(null)).isEmpty();
    assertThat(outcomes.show(token.toUpperCase(java.util.Locale.ROOT))).isEmpty();
    // Another operator's look did not spend the halves.
    assertThat(outcomes.show(token).orElseThrow().halves()).isNotNull();

    String later = outcomes.keep(r, true, false);
    clock.advance(Duration.ofMinutes(30));
    assertThat(outcomes.show(later)).isEmpty();
    assertThat(table.purgeExpired(clock.instant())).isEqualTo(2);
  }
}
