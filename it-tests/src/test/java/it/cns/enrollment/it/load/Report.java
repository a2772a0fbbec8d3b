package it.cns.enrollment.it.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The results as a markdown table: per scenario and concurrency, req/s, p50/p95/p99, errors, TLS
 * handshakes, and the ratios to the baseline measured in the same run (throughput, p50, p99) with
 * the targets marked met or missed. Nothing here asserts anything: the figures are for
 * people to read.
 */
public final class Report {

  /** p99 target at the highest concurrency (issue #7). */
  public static final double P99_TARGET_MS = 100;

  private final List<String> rows = new ArrayList<>();
  private final List<String> errors = new ArrayList<>();

  private static String f(double v) {
    if (Double.isNaN(v)) {
      return "–";
    }
    return v >= 100
        ? String.format(Locale.ROOT, "%.0f", v)
        : v >= 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.2f", v);
  }

  private static String ratio(double v) {
    return Double.isNaN(v) || Double.isInfinite(v) ? "–" : String.format(Locale.ROOT, "%.2f", v);
  }

  /** A baseline's own row. */
  public void baseline(String label, Measurement m, long handshakes) {
    rows.add(row(label, m, handshakes) + " – | – | – | baseline |");
    noteErrors(label, m);
  }

  /** The hashing bound of (c): enrollments per second the Argon2id hashing alone allows. */
  public void bound(String label, int clients, double perSecond, String how) {
    rows.add(
        "| "
            + label
            + " | "
            + clients
            + " | "
            + f(perSecond)
            + " | – | – | – | – | – | – | – | – | bound: "
            + how
            + " |");
  }

  /**
   * A scenario's row with its ratios to {@code baseline} (a measurement) or to {@code
   * boundPerSecond} (throughput only) and the targets: the throughput ratio {@code target} and, at
   * the {@code highestConcurrency}, p99 under 100 ms.
   */
  public void scenario(
      String label,
      Measurement m,
      long handshakes,
      Measurement baseline,
      double boundPerSecond,
      double target,
      int highestConcurrency) {
    double throughput =
        baseline != null ? m.perSecond() / baseline.perSecond() : m.perSecond() / boundPerSecond;
    double p50 = baseline != null ? m.p50() / baseline.p50() : Double.NaN;
    double p99 = baseline != null ? m.p99() / baseline.p99() : Double.NaN;
    List<String> verdicts = new ArrayList<>();
    if (target > 0) {
      verdicts.add("≥ " + target + (throughput >= target ? " met" : " **missed**"));
    }
    if (m.concurrency() == highestConcurrency) {
      verdicts.add(
          "p99 < "
              + (int) P99_TARGET_MS
              + " ms"
              + (m.p99() < P99_TARGET_MS ? " met" : " **missed**"));
    }
    if (m.exhausted()) {
      verdicts.add("ran out of prepared cards");
    }
    rows.add(
        row(label, m, handshakes)
            + " **"
            + ratio(throughput)
            + "** | "
            + ratio(p50)
            + " | "
            + ratio(p99)
            + " | "
            + String.join("; ", verdicts)
            + " |");
    noteErrors(label, m);
  }

  private static String row(String label, Measurement m, long handshakes) {
    return "| "
        + label
        + " | "
        + m.concurrency()
        + " | "
        + f(m.perSecond())
        + " | "
        + f(m.p50())
        + " | "
        + f(m.p95())
        + " | "
        + f(m.p99())
        + " | "
        + m.errors()
        + " | "
        + handshakes
        + " |";
  }

  private void noteErrors(String label, Measurement m) {
    for (Map.Entry<String, Long> kind : m.errorKinds().entrySet()) {
      errors.add(
          "- "
              + label
              + " × "
              + m.concurrency()
              + ": "
              + kind.getValue()
              + " × "
              + kind.getKey().replace('|', '/'));
    }
  }

  public String table() {
    StringBuilder s = new StringBuilder();
    s.append(
        "| scenario | clients | req/s | p50 ms | p95 ms | p99 ms | errors | TLS handshakes"
            + " | ratio req/s | ratio p50 | ratio p99 | target |\n");
    s.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
    rows.forEach(r -> s.append(r).append('\n'));
    if (!errors.isEmpty()) {
      s.append("\nErrors and stops (whole run, warm-up included):\n\n");
      errors.forEach(e -> s.append(e).append('\n'));
    }
    return s.toString();
  }
}
