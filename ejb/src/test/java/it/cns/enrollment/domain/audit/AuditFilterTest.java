package it.cns.enrollment.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cns.enrollment.application.text.Messages;
import it.cns.enrollment.domain.error.InvalidRequestException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AuditFilterTest {

  private static AuditFilter days(LocalDate from, LocalDate to) {
    return new AuditFilter(from, to, null, null, null, null, null, null);
  }

  @Test
  void daysAreItalianCalendarDaysWithBothEndsIncluded() {
    AuditFilter winter = days(LocalDate.of(2025, 1, 10), LocalDate.of(2025, 1, 10));
    assertThat(winter.fromInstant()).isEqualTo(Instant.parse("2025-01-09T23:00:00Z"));
    assertThat(winter.untilInstant()).isEqualTo(Instant.parse("2025-01-10T23:00:00Z"));

    AuditFilter summer = days(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 2));
    assertThat(summer.fromInstant()).isEqualTo(Instant.parse("2025-06-30T22:00:00Z"));
    assertThat(summer.untilInstant()).isEqualTo(Instant.parse("2025-07-02T22:00:00Z"));
  }

  @Test
  void theDayClocksGoForwardHas23Hours() {
    AuditFilter f = days(LocalDate.of(2025, 3, 30), LocalDate.of(2025, 3, 30));
    assertThat(f.untilInstant().getEpochSecond() - f.fromInstant().getEpochSecond())
        .isEqualTo(23 * 3600);
  }

  @Test
  void openEndsHaveNoBound() {
    assertThat(AuditFilter.none().fromInstant()).isNull();
    assertThat(AuditFilter.none().untilInstant()).isNull();
    assertThat(AuditFilter.none().isEmpty()).isTrue();
  }

  @Test
  void normalisesWhatWasTyped() {
    AuditFilter f =
        new AuditFilter(
            null, null, " rssmra80a01h501u ", null, null, "  ", " cip_wrong", "\treq-1 ");

    assertThat(f.subjectCf()).isEqualTo("RSSMRA80A01H501U");
    assertThat(f.actorContains()).isNull();
    assertThat(f.outcome()).isEqualTo("CIP_WRONG");
    assertThat(f.requestId()).isEqualTo("req-1");
  }

  @Test
  void refusesAStartAfterTheEnd() {
    assertThatThrownBy(() -> days(LocalDate.of(2025, 2, 2), LocalDate.of(2025, 2, 1)))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> assertThat(e.problem()).isEqualTo(AuditFilter.DATES_REVERSED));
  }

  @Test
  void refusesACodiceFiscaleOfTheWrongShape() {
    assertThatThrownBy(() -> new AuditFilter(null, null, "RSSMRA80", null, null, null, null, null))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> assertThat(e.problem()).isEqualTo(AuditFilter.CF_MALFORMED));
  }

  @Test
  void refusesTextLongerThanTheColumn() {
    assertThatThrownBy(
            () -> new AuditFilter(null, null, null, null, null, "x".repeat(301), null, null))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(Messages.ITALIAN.of(e)).contains("300"));
  }

  @Test
  void summarisesOnlyTheCriteriaThatAreSet() {
    AuditFilter f =
        new AuditFilter(
            LocalDate.of(2025, 3, 1),
            null,
            "RSSMRA80A01H501U",
            AuditAction.CARD_BIND,
            Channel.PARTNER,
            "asl",
            null,
            null);

    assertThat(f.details().render())
        .isEqualTo(
            "from=2025-03-01; cf=RSSMRA80A01H501U; action=CARD_BIND; channel=PARTNER;"
                + " actorContains=asl");
    assertThat(AuditFilter.none().details().isEmpty()).isTrue();
  }
}
