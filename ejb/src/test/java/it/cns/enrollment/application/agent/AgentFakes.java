package it.cns.enrollment.application.agent;

import it.cns.enrollment.application.port.AgentSettings;
import it.cns.enrollment.application.security.AuditRecorder;
import it.cns.enrollment.application.security.Caller;
import it.cns.enrollment.domain.activation.TsCnsActivationRepository;
import it.cns.enrollment.domain.agent.PendingCardCodes;
import it.cns.enrollment.domain.agent.PendingCardCodesRepository;
import it.cns.enrollment.domain.agent.RegisteredWorkstation;
import it.cns.enrollment.domain.agent.Workstation;
import it.cns.enrollment.domain.agent.WorkstationRepository;
import it.cns.enrollment.domain.counter.CounterOfficeRepository;
import it.cns.enrollment.infrastructure.mail.MailSealer;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** In-memory stand-ins for the counter agent's tables, and the service wired over them. */
public final class AgentFakes {

  private AgentFakes() {}

  /** The codes table: one row a card. */
  public static final class Codes implements PendingCardCodesRepository {
    public final Map<String, PendingCardCodes> rows = new HashMap<>();

    @Override
    public void put(PendingCardCodes codes) {
      rows.put(codes.cardId(), codes);
    }

    @Override
    public Optional<PendingCardCodes> findForUpdate(String cardId) {
      return Optional.ofNullable(rows.get(cardId));
    }

    @Override
    public void delete(String cardId) {
      rows.remove(cardId);
    }

    @Override
    public int purgeExpired(Instant now) {
      int before = rows.size();
      rows.values().removeIf(c -> c.isExpiredAt(now));
      return before - rows.size();
    }
  }

  /** The registered workstations, by fingerprint. */
  public static final class Workstations implements WorkstationRepository {
    final Map<String, Workstation> rows = new HashMap<>();

    public Workstation register(X509Certificate certificate, long office, boolean enabled) {
      Workstation w =
          new Workstation(
              Workstation.fingerprintOf(certificate), office, "PC-" + rows.size(), enabled);
      rows.put(w.fingerprint(), w);
      return w;
    }

    @Override
    public Optional<Workstation> findByFingerprint(String fingerprint) {
      return Optional.ofNullable(rows.get(fingerprint));
    }

    final Map<String, Instant> registeredAt = new HashMap<>();

    @Override
    public java.util.List<RegisteredWorkstation> all() {
      return rows.values().stream()
          .sorted(java.util.Comparator.comparing(Workstation::label))
          .map(
              w ->
                  new RegisteredWorkstation(
                      w, registeredAt.getOrDefault(w.fingerprint(), Instant.EPOCH)))
          .toList();
    }

    @Override
    public void register(Workstation workstation, Instant at) {
      Workstation enabled =
          new Workstation(
              workstation.fingerprint(), workstation.counterOfficeId(), workstation.label(), true);
      if (rows.put(enabled.fingerprint(), enabled) == null) {
        registeredAt.put(enabled.fingerprint(), at);
      }
    }

    @Override
    public boolean setEnabled(String fingerprint, boolean enabled) {
      Workstation w = rows.get(fingerprint);
      if (w == null) {
        return false;
      }
      rows.put(fingerprint, new Workstation(fingerprint, w.counterOfficeId(), w.label(), enabled));
      return true;
    }
  }

  /** The service over these fakes, sealing under a fresh key, holding codes for 10 minutes. */
  public static CardCodesService service(
      Codes codes,
      Workstations workstations,
      TsCnsActivationRepository activations,
      CounterOfficeRepository offices,
      AuditRecorder audit,
      Clock clock,
      Caller caller) {
    CardCodesService s = new CardCodesService();
    s.pending = codes;
    s.workstations = workstations;
    s.activations = activations;
    s.offices = offices;
    s.sealer = MailSealer.fromBase64Key(MailSealer.newBase64Key());
    s.settings = new AgentSettings(Duration.ofMinutes(10));
    s.audit = audit;
    s.clock = clock;
    s.caller = caller;
    s.expiry = new CardCodesExpiry();
    s.expiry.pending = codes;
    s.expiry.audit = audit;
    s.expiry.clock = clock;
    return s;
  }
}
