package it.cns.enrollment.application.trust;

import static org.assertj.core.api.Assertions.assertThat;

import it.cns.enrollment.application.security.CredentialFakes;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.identity.TrustedListDownloaded;
import it.cns.enrollment.testing.MovableClock;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TrustedListAuditTest {

  private static final Instant NOW = Instant.parse("2026-12-03T14:30:00Z");
  private static final String SOURCE = "https://eidas.agid.gov.it/TL/TSL-IT.xml";

  private CredentialFakes.Audit audit;
  private TrustedListAudit trail;

  @BeforeEach
  void wire() {
    audit = new CredentialFakes.Audit();
    trail = new TrustedListAudit();
    trail.audit = audit;
    trail.clock = new MovableClock(NOW);
  }

  @Test
  void recordsAListTakenAsTheSystemWithItsDescription() {
    trail.downloaded(
        TrustedListDownloaded.taken(SOURCE, "trusted list IT #42 issued 2026-12-01T00:00:00Z"));

    assertThat(audit.changes)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo(AuditAction.TRUSTED_LIST_DOWNLOAD);
              assertThat(e.channel()).isEqualTo(Channel.SYSTEM);
              assertThat(e.actor()).isEqualTo("system");
              assertThat(e.occurredAt()).isEqualTo(NOW);
              assertThat(e.outcome()).isEqualTo(AuditEvent.OUTCOME_OK);
              assertThat(e.detail())
                  .isEqualTo(
                      "source="
                          + SOURCE
                          + "; list=trusted list IT #42 issued 2026-12-01T00:00:00Z");
            });
  }

  @Test
  void recordsARefusalWithItsCodeAndReason() {
    trail.downloaded(
        TrustedListDownloaded.refused(SOURCE, "WRONG_SIGNER", "signed by CN=Falsa AgID"));

    assertThat(audit.changes)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo(AuditAction.TRUSTED_LIST_DOWNLOAD);
              assertThat(e.outcome()).isEqualTo("WRONG_SIGNER");
              assertThat(e.detail())
                  .isEqualTo("source=" + SOURCE + "; reason=signed by CN=Falsa AgID");
              assertThat(e.subjectCf()).isNull();
            });
  }
}
