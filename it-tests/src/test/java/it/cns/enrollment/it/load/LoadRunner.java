package it.cns.enrollment.it.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop load: {@code concurrency} threads, each with its own {@link Worker} (its own
 * connection, its own state), call it again and again with no pause for the warm-up, then for the
 * measured window, then stop. The calls that end inside the measured window count (throughput =
 * those / window; their latencies, whenever they started); errors ending in the window are counted
 * too, by kind. Bounded: no call starts after the window, and every thread stops then, or earlier
 * if its worker says it has nothing left to do.
 */
public final class LoadRunner {

  private LoadRunner() {}

  /** One client of a scenario: its {@link #call} is one timed operation. */
  public interface Worker extends AutoCloseable {

    /** One operation; throws when the answer was not the one expected (counted as an error). */
    void call() throws Exception;

    @Override
    default void close() {}
  }

  /** Makes the worker of thread {@code index}; called on that thread. */
  @FunctionalInterface
  public interface WorkerFactory {
    Worker create(int index) throws Exception;
  }

  /** Thrown by a worker that ran out of prepared input (e.g. fresh cards): its thread stops. */
  public static final class Exhausted extends RuntimeException {
    public Exhausted(String what) {
      super(what);
    }
  }

  public static Measurement run(
      String scenario, int concurrency, Duration warmup, Duration window, WorkerFactory factory) {
    return run(scenario, concurrency, warmup, window, factory, null);
  }

  /**
   * As above, reading the server's CPU time ({@code cpu}, may be null) over the measured window.
   */
  public static Measurement run(
      String scenario,
      int concurrency,
      Duration warmup,
      Duration window,
      WorkerFactory factory,
      ServerCpu cpu) {
    // Where each run lies in time, to cut a server profile (JFR) by scenario afterwards.
    System.out.printf(
        java.util.Locale.ROOT,
        "[bench] %s %s x %d: warm-up %d s, measured %d s%n",
        java.time.LocalTime.now(),
        scenario,
        concurrency,
        warmup.toSeconds(),
        window.toSeconds());
    long start = System.nanoTime() + 50_000_000L; // every thread ready before the clock starts
    long measureFrom = start + warmup.toNanos();
    long measureTo = measureFrom + window.toNanos();
    AtomicLong errors = new AtomicLong();
    AtomicLong exhausted = new AtomicLong();
    Map<String, AtomicLong> errorKinds = new ConcurrentHashMap<>();
    long[][] latencies = new long[concurrency][];
    int[] counts = new int[concurrency];
    CountDownLatch done = new CountDownLatch(concurrency);
    WindowCpu windowCpu = WindowCpu.start(cpu, measureFrom, measureTo);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < concurrency; t++) {
      int index = t;
      Thread thread =
          new Thread(
              () -> {
                long[] mine = new long[1024];
                int n = 0;
                Worker worker = null;
                try {
                  while (System.nanoTime() < start) {
                    Thread.onSpinWait();
                  }
                  while (true) {
                    long t0 = System.nanoTime();
                    if (t0 >= measureTo) {
                      break;
                    }
                    try {
                      if (worker == null) {
                        worker = factory.create(index);
                      }
                      worker.call();
                      long t1 = System.nanoTime();
                      if (t1 >= measureFrom && t1 <= measureTo) {
                        if (n == mine.length) {
                          mine = Arrays.copyOf(mine, n * 2);
                        }
                        mine[n++] = t1 - t0;
                      }
                    } catch (Exhausted e) {
                      exhausted.incrementAndGet();
                      errorKinds
                          .computeIfAbsent("exhausted: " + e.getMessage(), k -> new AtomicLong())
                          .incrementAndGet();
                      break;
                    } catch (Exception | AssertionError e) {
                      long t1 = System.nanoTime();
                      if (t1 >= measureFrom && t1 <= measureTo) {
                        errors.incrementAndGet();
                      }
                      errorKinds.computeIfAbsent(kind(e), k -> new AtomicLong()).incrementAndGet();
                      // A broken exchange may leave the connection unusable: start afresh.
                      if (worker != null) {
                        worker.close();
                        worker = null;
                      }
                    }
                  }
                } finally {
                  if (worker != null) {
                    worker.close();
                  }
                  latencies[index] = mine;
                  counts[index] = n;
                  done.countDown();
                }
              },
              scenario + "-" + t);
      thread.setDaemon(true);
      threads.add(thread);
      thread.start();
    }
    try {
      // Generous bound: a call stuck past its socket timeout still ends the run.
      if (!done.await(
          warmup.plus(window).toSeconds() + 120, java.util.concurrent.TimeUnit.SECONDS)) {
        threads.forEach(Thread::interrupt);
        errorKinds.computeIfAbsent("threads still busy at the end", k -> new AtomicLong());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    return new Measurement(
        scenario,
        concurrency,
        sorted(latencies, counts),
        errors.get(),
        counted(errorKinds),
        window.toNanos() / 1e9,
        exhausted.get() > 0,
        windowCpu.usage());
  }

  /** Every thread's latencies (the first {@code counts[t]} of {@code latencies[t]}), sorted. */
  static long[] sorted(long[][] latencies, int[] counts) {
    long[] all = new long[Arrays.stream(counts).sum()];
    int at = 0;
    for (int t = 0; t < latencies.length; t++) {
      if (latencies[t] != null) {
        System.arraycopy(latencies[t], 0, all, at, counts[t]);
        at += counts[t];
      }
    }
    Arrays.sort(all, 0, at);
    return Arrays.copyOf(all, at);
  }

  static Map<String, Long> counted(Map<String, AtomicLong> kinds) {
    Map<String, Long> out = new TreeMap<>();
    kinds.forEach((k, v) -> out.put(k, v.get()));
    return out;
  }

  private static String kind(Throwable e) {
    String message = e.getMessage();
    if (message != null && message.length() > 120) {
      message = message.substring(0, 120) + "…";
    }
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
