package it.cns.enrollment.application.status;

import static org.assertj.core.api.Assertions.assertThat;

import it.cns.enrollment.application.port.NodeStatus;
import it.cns.enrollment.application.port.StoredFigures;
import it.cns.enrollment.testing.MovableClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SystemStatusTest {

  /** 23:30 in Rome on 3 December 2026: already the 3rd there, still the 3rd in UTC too. */
  private static final Instant NOW = Instant.parse("2026-12-03T22:30:00Z");

  private final List<String> asked = new ArrayList<>();
  private boolean databaseAway;

  private final NodeStatus node =
      new NodeStatus() {
        @Override
        public TrustedIssuers trustedIssuers() {
          return new TrustedIssuers(
              "dir", List.of(new Issuer("CN=CA", NOW.plusSeconds(1))), NOW, NOW, null, false);
        }

        @Override
        public RevocationServices revocationServices() {
          return new RevocationServices(
              NOW, List.of(new Service("OCSP", 3, 1, NOW)), 1, 0, List.of());
        }
      };

  private final StoredFigures figures =
      new StoredFigures() {
        @Override
        public OutboxBacklog outboxBacklog() {
          away("outbox");
          return new OutboxBacklog(2, 1, NOW.minusSeconds(60));
        }

        @Override
        public List<ExpiringPartner> partnersExpiringBefore(Instant horizon) {
          asked.add("partners before " + horizon);
          return List.of(new ExpiringPartner("ASL Uno", NOW.plusSeconds(86_400)));
        }

        @Override
        public List<DailyCount> activationsPerCounter(LocalDate from, LocalDate to) {
          asked.add("activations " + from + ".." + to);
          return List.of(new DailyCount(to, "Sportello", 2));
        }

        @Override
        public List<DailyCount> citizenLoginsPerOutcome(LocalDate from, LocalDate to) {
          return List.of(new DailyCount(to, "OK", 5), new DailyCount(from, "CARD_REVOKED", 1));
        }

        @Override
        public List<DailyCount> partnerCallsPerPartner(LocalDate from, LocalDate to) {
          return List.of();
        }

        private void away(String what) {
          if (databaseAway) {
            throw new Unavailable(what, new IllegalStateException("connection refused"));
          }
        }
      };

  private SystemStatus service() {
    SystemStatus s = new SystemStatus();
    s.node = node;
    s.figures = figures;
    s.clock = new MovableClock(NOW);
    return s;
  }

  @Test
  void reportsTheLastFourteenItalianDaysAndPartnersWithinThirtyDays() {
    StatusReport r = service().report();

    StatusReport.Stored stored = r.stored().orElseThrow();
    assertThat(stored.last()).isEqualTo(LocalDate.of(2026, 12, 3));
    assertThat(stored.first()).isEqualTo(LocalDate.of(2026, 11, 20));
    assertThat(asked)
        .containsExactly(
            "partners before " + NOW.plusSeconds(30L * 86_400),
            "activations 2026-11-20..2026-12-03");
    assertThat(stored.activations().days()).hasSize(SystemStatus.DAYS);
    assertThat(stored.activations().totalOn(stored.last())).isEqualTo(2);
    assertThat(stored.logins().series().keySet()).containsExactly("OK", "CARD_REVOKED");
    assertThat(stored.partnerCalls().total()).isZero();
    assertThat(stored.outbox().pending()).isEqualTo(2);
    assertThat(stored.expiringPartners()).extracting(p -> p.name()).containsExactly("ASL Uno");
  }

  @Test
  void withTheDatabaseAwayReportsWhatTheNodeKnowsAndNothingStored() {
    databaseAway = true;

    StatusReport r = service().report();

    assertThat(r.stored()).isEmpty();
    assertThat(r.trust().issuers()).hasSize(1);
    assertThat(r.revocation().services().get(0).failed()).isEqualTo(1);
    assertThat(r.at()).isEqualTo(NOW);
  }
}
