package it.cns.enrollment.application.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cns.enrollment.application.security.AuditedCalls;
import it.cns.enrollment.application.security.Caller;
import it.cns.enrollment.application.security.OperatorAuthorization;
import it.cns.enrollment.application.security.SupervisionFakes;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditDetails;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.AuditFilter;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.infrastructure.csv.CsvAuditWriter;
import it.cns.enrollment.testing.MovableClock;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditTrailTest {

  private static final Instant START = Instant.parse("2025-03-01T09:00:00Z");
  private static final String CF = "RSSMRA80A01H501U";

  private final SupervisionFakes.Events table = new SupervisionFakes.Events();
  private final SupervisionFakes.Recorder recorder = new SupervisionFakes.Recorder(table);
  private final MovableClock clock = new MovableClock(START);
  private final AuditTrail trail = new AuditTrail();
  private final OperatorAuthorization authorization;
  private AuditedCalls calls;

  AuditTrailTest() {
    trail.events = table;
    trail.audit = recorder;
    authorization = SupervisionFakes.authorization(recorder, clock);
    trail.csvWriter = new CsvAuditWriter();
    trail.clock = clock;
    trail.self = SupervisionFakes.sessionContextOf(trail);
    as("boss");
  }

  /** The container's principal for the calls that follow. */
  private void as(String username) {
    Caller caller = SupervisionFakes.caller(username);
    trail.caller = caller;
    calls = new AuditedCalls(recorder, caller, authorization);
  }

  /** Events one minute apart; every third about {@link #CF}. */
  private void seed(int count) {
    for (int i = 0; i < count; i++) {
      table.append(
          AuditEvent.of(
                  i % 2 == 0 ? AuditAction.CARD_BIND : AuditAction.SMARTCARD_LOGIN,
                  Channel.SMARTCARD,
                  "citizen:" + i,
                  START.plus(Duration.ofMinutes(i)))
              .subject(i % 3 == 0 ? CF : null)
              .detail(AuditDetails.of("event", i))
              .build());
    }
  }

  private static List<Long> ids(AuditPage page) {
    return page.events().stream().map(AuditEvent::id).toList();
  }

  @Test
  void pagesGoFromTheNewestBackAndForthByKey() {
    seed(120);

    AuditPage first = trail.page(AuditFilter.none(), AuditCursor.newest());
    assertThat(ids(first)).hasSize(AuditTrail.PAGE_SIZE).startsWith(120L, 119L).endsWith(71L);
    assertThat(first.hasNewer()).isFalse();
    assertThat(first.hasOlder()).isTrue();

    AuditPage second = trail.page(AuditFilter.none(), first.older());
    AuditPage third = trail.page(AuditFilter.none(), second.older());
    assertThat(ids(second)).startsWith(70L).endsWith(21L);
    assertThat(ids(third)).startsWith(20L).endsWith(1L).hasSize(20);
    assertThat(third.hasOlder()).isFalse();
    assertThat(third.hasNewer()).isTrue();

    AuditPage back = trail.page(AuditFilter.none(), third.newer());
    assertThat(ids(back)).isEqualTo(ids(second));
    assertThat(back.hasNewer()).isTrue();
    assertThat(back.hasOlder()).isTrue();
  }

  @Test
  void newEventsDoNotShiftAPageThatIsAlreadyKeyed() {
    seed(60);
    AuditPage first = trail.page(AuditFilter.none(), AuditCursor.newest());
    seed(5);

    AuditPage second = trail.page(AuditFilter.none(), first.older());
    assertThat(ids(second)).containsExactly(10L, 9L, 8L, 7L, 6L, 5L, 4L, 3L, 2L, 1L);
  }

  @Test
  void filtersAndCounts() {
    seed(30);
    AuditFilter aboutCf = new AuditFilter(null, null, CF, null, null, null, null, null);

    AuditPage page = trail.page(aboutCf, AuditCursor.newest());

    assertThat(page.events()).allSatisfy(e -> assertThat(e.subjectCf()).isEqualTo(CF));
    assertThat(trail.count(aboutCf)).isEqualTo(10).isEqualTo(page.events().size());
  }

  @Test
  void onlyASupervisorReadsTheTrail() {
    seed(3);
    as("clerk");
    assertThatThrownBy(() -> calls.call(trail, "page", AuditFilter.none(), AuditCursor.newest()))
        .isInstanceOfSatisfying(
            BusinessRefusal.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.OPERATOR_NOT_PERMITTED));
    assertThatThrownBy(() -> calls.call(trail, "count", AuditFilter.none()))
        .isInstanceOf(BusinessRefusal.class);
    assertThatThrownBy(
            () -> calls.call(trail, "export", AuditFilter.none(), new ByteArrayOutputStream()))
        .isInstanceOf(BusinessRefusal.class);
    as("newboss");
    assertThatThrownBy(() -> calls.call(trail, "count", AuditFilter.none()))
        .isInstanceOf(BusinessRefusal.class);
    assertThat(recorder.refusals)
        .hasSize(4)
        .allSatisfy(e -> assertThat(e.action()).isEqualTo(AuditAction.AUDIT_EXPORT))
        .allSatisfy(e -> assertThat(e.outcome()).isEqualTo("OPERATOR_NOT_PERMITTED"));
    assertThat(recorder.changes).isEmpty();
  }

  @Test
  void exportsEveryMatchingEventInChunksAndRecordsTheExportFirst() throws Exception {
    seed(1203);
    AuditFilter aboutCf = new AuditFilter(null, null, CF, null, null, null, null, null);
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    AuditExport export = trail.export(aboutCf, out);

    assertThat(export).isEqualTo(new AuditExport(401, false));
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(1 + 401);
    assertThat(lines.get(1)).startsWith("1201,");
    assertThat(lines.get(401)).startsWith("1,");
    AuditEvent recorded = recorder.changes.get(0);
    assertThat(recorded.action()).isEqualTo(AuditAction.AUDIT_EXPORT);
    assertThat(recorded.channel()).isEqualTo(Channel.SUPERVISION);
    assertThat(recorded.actor()).isEqualTo("supervisor:boss");
    assertThat(recorded.subjectCf()).isEqualTo(CF);
    assertThat(recorded.detail()).startsWith("format=CSV; ").contains("cf=" + CF);
    // Its own record (subject CF too) is not part of the export.
    assertThat(lines).noneMatch(l -> l.contains("AUDIT_EXPORT"));
  }

  @Test
  void readsTheTrailInChunksWithoutLoadingItWhole() throws Exception {
    seed(1203);
    trail.export(AuditFilter.none(), new ByteArrayOutputStream());
    // One look at the newest id, then 500 + 500 + 203.
    assertThat(table.reads).isEqualTo(4);
  }

  @Test
  void stopsAtTheCapAndSaysSoInTheLastRow() throws Exception {
    seed(700);
    trail.exportCap = 600;
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    AuditExport export = trail.export(AuditFilter.none(), out);

    assertThat(export).isEqualTo(new AuditExport(600, true));
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(1 + 600 + 1);
    assertThat(lines.get(lines.size() - 1)).contains("TRUNCATED").contains("600");
    assertThat(lines.get(lines.size() - 2)).startsWith("101,");
  }
}
