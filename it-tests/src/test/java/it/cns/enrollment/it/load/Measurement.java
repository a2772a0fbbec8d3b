package it.cns.enrollment.it.load;

import java.util.Map;

/**
 * What one scenario did at one concurrency in its measured window: successful calls with their
 * latencies (sorted, nanoseconds), errors by kind, and the window's length.
 *
 * @param exhausted a worker ran out of prepared input before the window ended (throughput is then a
 *     lower bound)
 * @param cpu the server's CPU time over the window ({@link ServerCpu.Usage#NONE} when not read)
 */
public record Measurement(
    String scenario,
    int concurrency,
    long[] latenciesNanos,
    long errors,
    Map<String, Long> errorKinds,
    double seconds,
    boolean exhausted,
    ServerCpu.Usage cpu) {

  /** Server CPU milliseconds per successful request over the window. */
  public double cpuMillisPerRequest() {
    return cpu.millisPer(ok());
  }

  public long ok() {
    return latenciesNanos.length;
  }

  public double perSecond() {
    return ok() / seconds;
  }

  /** Nearest-rank percentile, in milliseconds ({@code NaN} when nothing succeeded). */
  public double percentileMillis(double p) {
    if (latenciesNanos.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100.0 * latenciesNanos.length);
    return latenciesNanos[Math.max(0, Math.min(latenciesNanos.length - 1, rank - 1))] / 1e6;
  }

  public double p50() {
    return percentileMillis(50);
  }

  public double p95() {
    return percentileMillis(95);
  }

  public double p99() {
    return percentileMillis(99);
  }

  public double maxMillis() {
    return latenciesNanos.length == 0
        ? Double.NaN
        : latenciesNanos[latenciesNanos.length - 1] / 1e6;
  }
}
