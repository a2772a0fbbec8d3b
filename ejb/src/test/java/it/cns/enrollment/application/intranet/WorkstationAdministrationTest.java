package it.cns.enrollment.application.intranet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cns.enrollment.application.agent.AgentFakes;
import it.cns.enrollment.application.security.OperatorFakes;
import it.cns.enrollment.application.security.SupervisionFakes;
import it.cns.enrollment.devpki.CertificateAuthority;
import it.cns.enrollment.domain.agent.Workstation;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.counter.CounterOffice;
import it.cns.enrollment.domain.error.InvalidRequestException;
import it.cns.enrollment.testing.MovableClock;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Issue #18 item 4: supervisors register, list, disable and enable counter workstations from the
 * intranet, with the checks the partner listener's TLS would make of the certificate.
 */
class WorkstationAdministrationTest {

  private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
  private static final CertificateAuthority PARTNER_CA =
      CertificateAuthority.newRoot("CNS Enrollment TEST - Partner CA", "CNS Enrollment TEST");
  private static final X509Certificate PC =
      PARTNER_CA.issuePartner("PC sportello 1", "ULSS").certificate();
  // Refused by the fake trust store, as one from a CA the partner listener does not trust.
  private static final X509Certificate STRANGER =
      PARTNER_CA.issuePartner("PC estraneo", "Altra").certificate();

  private final AgentFakes.Workstations workstations = new AgentFakes.Workstations();
  private final OperatorFakes.Offices offices = new OperatorFakes.Offices();
  private final SupervisionFakes.Recorder audit =
      new SupervisionFakes.Recorder(new SupervisionFakes.Events());
  private final WorkstationAdministration admin = new WorkstationAdministration();
  private final CounterOffice padova = offices.add("Padova", true);
  private final CounterOffice closed = offices.add("Chiuso", false);

  WorkstationAdministrationTest() {
    admin.workstations = workstations;
    admin.offices = offices;
    admin.audit = audit;
    admin.clock = new MovableClock(NOW);
    admin.caller = SupervisionFakes.caller("capo");
    admin.trust = (certificate, intermediates, at) -> !certificate.equals(STRANGER);
  }

  private static byte[] pem(X509Certificate c) throws Exception {
    return ("-----BEGIN CERTIFICATE-----\n"
            + Base64.getMimeEncoder().encodeToString(c.getEncoded())
            + "\n-----END CERTIFICATE-----\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  private static String problem(Runnable call) {
    try {
      call.run();
    } catch (InvalidRequestException e) {
      return e.problem();
    }
    throw new AssertionError("refusal expected");
  }

  @Test
  void registersAWorkstationFromItsPemCertificateForAnEnabledOfficeAndAuditsIt() throws Exception {
    WorkstationView view = admin.register(pem(PC), "  PC sportello 1 ", padova.id());

    assertThat(view.fingerprint()).isEqualTo(Workstation.fingerprintOf(PC));
    assertThat(view.label()).isEqualTo("PC sportello 1");
    assertThat(view.counterOffice()).isEqualTo("Padova");
    assertThat(view.enabled()).isTrue();
    assertThat(view.registeredAt()).isEqualTo(NOW);
    assertThat(admin.workstations()).containsExactly(view);
    assertThat(workstations.findByFingerprint(view.fingerprint()).orElseThrow().counterOfficeId())
        .isEqualTo(padova.id());
    AuditEvent event = audit.changes.get(0);
    assertThat(event.action()).isEqualTo(AuditAction.WORKSTATION_ADMIN);
    assertThat(event.channel()).isEqualTo(Channel.SUPERVISION);
    assertThat(event.detail())
        .isEqualTo(
            "change=registered; workstation=PC sportello 1; sha256="
                + view.fingerprint()
                + "; counter="
                + padova.id());
  }

  @Test
  void disablesAndEnablesAWorkstationAndAuditsEachChange() throws Exception {
    String fingerprint = admin.register(pem(PC), "PC 1", padova.id()).fingerprint();

    admin.setEnabled(fingerprint, false);
    assertThat(admin.workstations().get(0).enabled()).isFalse();
    admin.setEnabled(fingerprint, true);
    assertThat(admin.workstations().get(0).enabled()).isTrue();

    assertThat(audit.changes)
        .extracting(e -> e.detail().substring(0, e.detail().indexOf(';')))
        .containsExactly("change=registered", "change=disabled", "change=enabled");
  }

  @Test
  void refusesWhatTheAgentCouldNotUseAndWritesNothing() throws Exception {
    byte[] good = pem(PC);
    byte[] stranger = STRANGER.getEncoded();
    assertThat(problem(() -> admin.register(good, " ", padova.id())))
        .isEqualTo("WORKSTATION_LABEL_MISSING");
    assertThat(problem(() -> admin.register(good, "PC", closed.id())))
        .isEqualTo("WORKSTATION_OFFICE_NOT_ENABLED");
    assertThat(problem(() -> admin.register(good, "PC", 999)))
        .isEqualTo("WORKSTATION_OFFICE_NOT_ENABLED");
    assertThat(problem(() -> admin.register("not a certificate".getBytes(), "PC", padova.id())))
        .isEqualTo("WORKSTATION_CERTIFICATE_UNREADABLE");
    assertThat(problem(() -> admin.register(stranger, "PC", padova.id())))
        .isEqualTo("WORKSTATION_CERTIFICATE_UNTRUSTED");
    assertThat(problem(() -> admin.setEnabled("0".repeat(64), false)))
        .isEqualTo("WORKSTATION_UNKNOWN");

    assertThat(admin.workstations()).isEmpty();
    assertThat(audit.changes).isEmpty();
  }

  @Test
  void aCertificateRegisteredBeforeMovesToTheChosenOfficeEnabled() throws Exception {
    CounterOffice verona = offices.add("Verona", true);
    String fingerprint = admin.register(pem(PC), "PC 1", padova.id()).fingerprint();
    admin.setEnabled(fingerprint, false);

    WorkstationView moved = admin.register(PC.getEncoded(), "PC 2", verona.id());

    assertThat(moved.counterOffice()).isEqualTo("Verona");
    assertThat(moved.label()).isEqualTo("PC 2");
    assertThat(moved.enabled()).isTrue();
    assertThat(admin.workstations()).hasSize(1);
  }

  @Test
  void aRefusedCallIsNoChange() {
    assertThatThrownBy(() -> admin.setEnabled(null, true))
        .isInstanceOf(InvalidRequestException.class);
    assertThat(audit.changes).isEmpty();
  }
}
