package it.cns.enrollment.application.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cns.enrollment.application.port.StoredFigures.DailyCount;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DailySeriesTest {

  private static final LocalDate FIRST = LocalDate.of(2026, 11, 30);

  @Test
  void fillsTheDaysWithoutCountsWithZeros() {
    DailySeries s =
        DailySeries.of(FIRST, 3, List.of(new DailyCount(FIRST.plusDays(1), "Sportello A", 4)));

    assertThat(s.days()).containsExactly(FIRST, FIRST.plusDays(1), FIRST.plusDays(2));
    assertThat(s.series()).containsOnlyKeys("Sportello A");
    assertThat(s.series().get("Sportello A")).containsExactly(0L, 4L, 0L);
    assertThat(s.totalOn(FIRST.plusDays(1))).isEqualTo(4);
    assertThat(s.total()).isEqualTo(4);
  }

  @Test
  void ordersSeriesByTheirTotalThenByName() {
    DailySeries s =
        DailySeries.of(
            FIRST,
            2,
            List.of(
                new DailyCount(FIRST, "b", 1),
                new DailyCount(FIRST, "c", 5),
                new DailyCount(FIRST.plusDays(1), "a", 1)));

    assertThat(s.series().keySet()).containsExactly("c", "a", "b");
    assertThat(s.totalOn(FIRST)).isEqualTo(6);
  }

  @Test
  void leavesOutCountsOfDaysOutsideThePeriodAndAddsUpRepeatedOnes() {
    DailySeries s =
        DailySeries.of(
            FIRST,
            2,
            List.of(
                new DailyCount(FIRST.minusDays(1), "x", 9),
                new DailyCount(FIRST.plusDays(2), "x", 9),
                new DailyCount(FIRST, "y", 2),
                new DailyCount(FIRST, "y", 3)));

    assertThat(s.series()).containsOnlyKeys("y");
    assertThat(s.series().get("y")).containsExactly(5L, 0L);
  }

  @Test
  void anEmptyPeriodHasItsDaysAndNoSeries() {
    DailySeries s = DailySeries.of(FIRST, 14, List.of());

    assertThat(s.days()).hasSize(14).endsWith(FIRST.plusDays(13));
    assertThat(s.series()).isEmpty();
    assertThat(s.total()).isZero();
  }

  @Test
  void refusesAnEmptyPeriod() {
    assertThatThrownBy(() -> DailySeries.of(FIRST, 0, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
