package it.cns.enrollment.application.intranet;

import it.cns.enrollment.application.port.PartnerTrust;
import it.cns.enrollment.application.security.AuditRecorder;
import it.cns.enrollment.application.security.Audited;
import it.cns.enrollment.application.security.Caller;
import it.cns.enrollment.application.security.RefusalSubject;
import it.cns.enrollment.domain.agent.RegisteredWorkstation;
import it.cns.enrollment.domain.agent.Workstation;
import it.cns.enrollment.domain.agent.WorkstationRepository;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditDetails;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.counter.CounterOffice;
import it.cns.enrollment.domain.counter.CounterOfficeRepository;
import it.cns.enrollment.domain.error.InvalidRequestException;
import it.cns.enrollment.domain.partner.PartnerCertificates;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Supervisors manage the counter workstations of the counter agent (issue #18 item 4), as {@code
 * ./cns workstation} does from a terminal: list them, register one from its client certificate (PEM
 * or DER) with a label and an enabled counter office, enable or disable one. The certificate must
 * pass the partner listener's TLS check, where the agent fetches the codes: readable, in its
 * validity, for TLS clients, chaining to the partner trust store. Every change is audited ({@code
 * WORKSTATION_ADMIN}, channel SUPERVISION) in the same transaction; refusals by {@link Audited}.
 */
@Stateless
@RolesAllowed("SUPERVISOR")
@Audited(AuditAction.WORKSTATION_ADMIN)
public class WorkstationAdministration {

  static final int MAX_LABEL_LENGTH = 100;
  static final String LABEL_MISSING = "WORKSTATION_LABEL_MISSING";
  static final String OFFICE_NOT_ENABLED = "WORKSTATION_OFFICE_NOT_ENABLED";
  static final String UNKNOWN = "WORKSTATION_UNKNOWN";
  // The partner certificate checks' problems, worded for a workstation: PARTNER_X -> WORKSTATION_X.
  private static final String PARTNER_PREFIX = "PARTNER_";
  private static final String WORKSTATION_PREFIX = "WORKSTATION_";

  @Inject WorkstationRepository workstations;
  @Inject CounterOfficeRepository offices;
  @Inject PartnerTrust trust;
  @Inject AuditRecorder audit;
  @Inject Caller caller;
  @Inject Clock clock;

  /** Every registered workstation, enabled or not, by label. */
  public List<WorkstationView> workstations() {
    Map<Long, String> names =
        offices.listAll().stream()
            .collect(Collectors.toMap(CounterOffice::id, CounterOffice::name, (a, b) -> a));
    return workstations.all().stream().map(w -> view(w, names::get)).toList();
  }

  /**
   * Registers (or moves, renames and enables) the workstation whose client certificate this is.
   *
   * @throws InvalidRequestException WORKSTATION_LABEL_MISSING, WORKSTATION_OFFICE_NOT_ENABLED (no
   *     such office or a disabled one), WORKSTATION_CERTIFICATE_UNREADABLE, _EXPIRED,
   *     _NOT_YET_VALID, _NOT_FOR_CLIENT_AUTH, _UNTRUSTED
   */
  public WorkstationView register(byte[] certificate, String label, long counterOfficeId) {
    RefusalSubject.detail("attempted", "register");
    RefusalSubject.detail("office", counterOfficeId);
    String name = requireLabel(label);
    CounterOffice office =
        offices
            .find(counterOfficeId)
            .filter(CounterOffice::isEnabled)
            .orElseThrow(
                () ->
                    new InvalidRequestException(
                        OFFICE_NOT_ENABLED, "no enabled counter office " + counterOfficeId));
    X509Certificate checked = checkedCertificate(certificate);
    Workstation w = new Workstation(Workstation.fingerprintOf(checked), office.id(), name, true);
    Instant now = clock.instant();
    workstations.register(w, now);
    record("registered", w);
    return workstations.all().stream()
        .filter(r -> r.workstation().fingerprint().equals(w.fingerprint()))
        .findFirst()
        .map(r -> view(r, id -> office.name()))
        .orElseThrow();
  }

  /**
   * Enables or disables a workstation: a disabled one fetches no codes.
   *
   * @throws InvalidRequestException WORKSTATION_UNKNOWN
   */
  public void setEnabled(String fingerprint, boolean enabled) {
    RefusalSubject.detail("attempted", enabled ? "enable" : "disable");
    RefusalSubject.detail("workstation", fingerprint == null ? null : shortened(fingerprint));
    if (fingerprint == null || !workstations.setEnabled(fingerprint, enabled)) {
      throw new InvalidRequestException(UNKNOWN, "no workstation " + fingerprint);
    }
    record(enabled ? "enabled" : "disabled", workstations.findByFingerprint(fingerprint).get());
  }

  private X509Certificate checkedCertificate(byte[] upload) {
    try {
      X509Certificate certificate = PartnerCertificates.readForClientAuth(upload, clock.instant());
      List<X509Certificate> supplied = PartnerCertificates.readAll(upload);
      if (!trust.accepts(certificate, supplied.subList(1, supplied.size()), clock.instant())) {
        throw new InvalidRequestException(
            PartnerCertificates.UNTRUSTED,
            "issuer " + certificate.getIssuerX500Principal().getName() + " not trusted");
      }
      return certificate;
    } catch (InvalidRequestException e) {
      if (!e.problem().startsWith(PARTNER_PREFIX)) {
        throw e;
      }
      throw new InvalidRequestException(
          WORKSTATION_PREFIX + e.problem().substring(PARTNER_PREFIX.length()),
          e.getMessage(),
          e.arguments().toArray(String[]::new));
    }
  }

  private static String requireLabel(String label) {
    if (label == null || label.isBlank() || label.strip().length() > MAX_LABEL_LENGTH) {
      throw new InvalidRequestException(
          LABEL_MISSING, "label blank or too long", String.valueOf(MAX_LABEL_LENGTH));
    }
    return label.strip();
  }

  private static String shortened(String fingerprint) {
    return fingerprint.length() > 16 ? fingerprint.substring(0, 16) : fingerprint;
  }

  private static WorkstationView view(RegisteredWorkstation r, Function<Long, String> officeName) {
    Workstation w = r.workstation();
    return new WorkstationView(
        w.fingerprint(),
        w.label(),
        w.counterOfficeId(),
        officeName.apply(w.counterOfficeId()),
        w.enabled(),
        r.registeredAt());
  }

  private void record(String change, Workstation w) {
    audit.recordChange(
        AuditEvent.of(
                AuditAction.WORKSTATION_ADMIN,
                Channel.SUPERVISION,
                caller.auditName(),
                clock.instant())
            .detail(
                AuditDetails.of("change", change)
                    .and("workstation", w.label())
                    .and("sha256", w.fingerprint())
                    .and("counter", w.counterOfficeId()))
            .build());
  }
}
