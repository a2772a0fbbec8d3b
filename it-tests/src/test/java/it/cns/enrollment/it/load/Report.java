package it.cns.enrollment.it.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The results as a markdown table: per scenario and concurrency, req/s, p50/p95/p99, errors, TLS
 * handshakes, the server's CPU per request and its JIT share, and the ratios to the baseline
 * measured in the same run (CPU per request first, then throughput, p50, p99) with the issue's
 * targets marked met or missed. Open-loop rows (fixed arrival rate) carry their latency target.
 * Nothing here asserts anything: the figures are for people to read.
 */
public final class Report {

  /** p99 target in the open loop at half the measured capacity (issue #19). */
  public static final double P99_TARGET_MS = 100;

  /** What a scenario is held to: ratios of req/s (at least) and of CPU per request (at most). */
  public record Targets(double throughput, double cpu) {
    public static final Targets NONE = new Targets(0, 0);
  }

  private final List<String> rows = new ArrayList<>();
  private final List<String> errors = new ArrayList<>();

  private static String f(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return "–";
    }
    return v >= 100
        ? String.format(Locale.ROOT, "%.0f", v)
        : v >= 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.2f", v);
  }

  private static String ratio(double v) {
    return Double.isNaN(v) || Double.isInfinite(v) ? "–" : String.format(Locale.ROOT, "%.2f", v);
  }

  private static String percent(double share) {
    return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.0f", share * 100);
  }

  /** A baseline's own row. */
  public void baseline(String label, Measurement m, long handshakes) {
    rows.add(row(label, m, handshakes) + " – | – | – | – | baseline |");
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
            + " | – | – | – | – | – | – | – | – | – | – | – | bound: "
            + how
            + " |");
  }

  /**
   * A scenario's row with its ratios to {@code baseline} (a measurement) or to {@code
   * boundPerSecond} (throughput only), judged against {@code targets}.
   */
  public void scenario(
      String label,
      Measurement m,
      long handshakes,
      Measurement baseline,
      double boundPerSecond,
      Targets targets) {
    double throughput =
        baseline != null ? m.perSecond() / baseline.perSecond() : m.perSecond() / boundPerSecond;
    double cpu =
        baseline != null ? m.cpuMillisPerRequest() / baseline.cpuMillisPerRequest() : Double.NaN;
    double p50 = baseline != null ? m.p50() / baseline.p50() : Double.NaN;
    double p99 = baseline != null ? m.p99() / baseline.p99() : Double.NaN;
    List<String> verdicts = new ArrayList<>();
    if (targets.cpu() > 0 && !Double.isNaN(cpu)) {
      verdicts.add("CPU ≤ " + targets.cpu() + (cpu <= targets.cpu() ? " met" : " **missed**"));
    }
    if (targets.throughput() > 0) {
      verdicts.add(
          "req/s ≥ "
              + targets.throughput()
              + (throughput >= targets.throughput() ? " met" : " **missed**"));
    }
    if (m.exhausted()) {
      verdicts.add("ran out of prepared cards");
    }
    rows.add(
        row(label, m, handshakes)
            + " **"
            + ratio(cpu)
            + "** | **"
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

  /**
   * An open-loop row: {@code m} at a fixed arrival rate, {@code fraction} of the capacity measured
   * closed-loop; with {@code p99TargetMs} > 0 its p99 is judged.
   */
  public void openLoop(String label, Measurement m, double fraction, double p99TargetMs) {
    String verdict =
        p99TargetMs > 0
            ? "p99 < "
                + (int) p99TargetMs
                + " ms"
                + (m.p99() < p99TargetMs ? " met" : " **missed**")
            : "";
    rows.add(
        row(
                label
                    + String.format(
                        Locale.ROOT, ", open loop at %.0f %% of capacity", fraction * 100),
                m,
                -1)
            + " – | – | – | – | "
            + verdict
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
        + (handshakes < 0 ? "–" : Long.toString(handshakes))
        + " | "
        + f(m.cpuMillisPerRequest())
        + " | "
        + percent(m.cpu().compilerShare())
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
            + " | server CPU ms/req | JIT % | ratio CPU/req | ratio req/s | ratio p50"
            + " | ratio p99 | target |\n");
    s.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
    rows.forEach(r -> s.append(r).append('\n'));
    if (!errors.isEmpty()) {
      s.append("\nErrors and stops (whole run, warm-up included):\n\n");
      errors.forEach(e -> s.append(e).append('\n'));
    }
    return s.toString();
  }
}
