package it.cns.enrollment.application.status;

import it.cns.enrollment.application.port.StoredFigures.DailyCount;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Counts per day for a run of consecutive days, one list of counts per series (a counter office, an
 * outcome, a partner), each as long as the days, with zero for a day without any. Series are in
 * order of their total, largest first, then by name, so colours and columns stay put while the
 * figures stay in the same order.
 */
public record DailySeries(List<LocalDate> days, Map<String, List<Long>> series) {

  public DailySeries {
    days = List.copyOf(days);
    Map<String, List<Long>> copy = new LinkedHashMap<>();
    for (Map.Entry<String, List<Long>> e : series.entrySet()) {
      if (e.getValue().size() != days.size()) {
        throw new IllegalArgumentException("series " + e.getKey() + " is not one count per day");
      }
      copy.put(e.getKey(), List.copyOf(e.getValue()));
    }
    series = Collections.unmodifiableMap(copy);
  }

  /**
   * The {@code length} days from {@code first}, with the counts that fall on them; a count of a day
   * outside them is left out.
   */
  public static DailySeries of(LocalDate first, int length, List<DailyCount> counts) {
    Objects.requireNonNull(first, "first day is required");
    if (length < 1) {
      throw new IllegalArgumentException("at least one day");
    }
    List<LocalDate> days = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      days.add(first.plusDays(i));
    }
    Map<String, long[]> sums = new LinkedHashMap<>();
    for (DailyCount c : counts) {
      long i = ChronoUnit.DAYS.between(first, c.day());
      if (i < 0 || i >= length) {
        continue;
      }
      sums.computeIfAbsent(c.series(), s -> new long[length])[(int) i] += c.count();
    }
    Map<String, List<Long>> ordered = new LinkedHashMap<>();
    sums.entrySet().stream()
        .sorted(
            Comparator.comparingLong((Map.Entry<String, long[]> e) -> -sum(e.getValue()))
                .thenComparing(e -> e.getKey()))
        .forEach(
            e -> {
              List<Long> values = new ArrayList<>(length);
              for (long v : e.getValue()) {
                values.add(v);
              }
              ordered.put(e.getKey(), values);
            });
    return new DailySeries(days, ordered);
  }

  /** All counts of a day, every series together. */
  public long totalOn(LocalDate day) {
    int i = days.indexOf(day);
    return i < 0 ? 0 : series.values().stream().mapToLong(v -> v.get(i)).sum();
  }

  /** All counts of the period. */
  public long total() {
    return series.values().stream().flatMap(List::stream).mapToLong(Long::longValue).sum();
  }

  private static long sum(long[] values) {
    long s = 0;
    for (long v : values) {
      s += v;
    }
    return s;
  }
}
