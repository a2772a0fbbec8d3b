package it.cns.enrollment.it.load;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop load: requests arrive at a fixed rate whatever the server does, as real citizens do,
 * and each one's latency runs from when it was <em>due</em>, so time spent waiting for a free
 * client counts (no coordinated omission). With looping clients on two cores, p99 is mostly
 * queueing (Little's law); at a stated fraction of the measured capacity it says something about
 * the code (issue #19).
 *
 * <p>A pool of {@code clients} threads, each with its own {@link LoadRunner.Worker}, takes the due
 * requests in order. Requests due inside the measured window count, however late they end; those
 * still unserved a bounded time after the window are counted as errors ("not served").
 */
public final class OpenLoop {

  private OpenLoop() {}

  public static Measurement run(
      String scenario,
      double perSecond,
      int clients,
      Duration warmup,
      Duration window,
      LoadRunner.WorkerFactory factory,
      ServerCpu cpu) {
    System.out.printf(
        Locale.ROOT,
        "[bench] %s %s open loop at %.1f/s (%d clients): warm-up %d s, measured %d s%n",
        java.time.LocalTime.now(),
        scenario,
        perSecond,
        clients,
        warmup.toSeconds(),
        window.toSeconds());
    long interval = (long) (1e9 / perSecond);
    long start = System.nanoTime() + 50_000_000L;
    long measureFrom = start + warmup.toNanos();
    long measureTo = measureFrom + window.toNanos();
    long deadline = measureTo + Duration.ofSeconds(30).toNanos();
    LinkedBlockingQueue<Long> due = new LinkedBlockingQueue<>();
    AtomicLong errors = new AtomicLong();
    AtomicLong unserved = new AtomicLong();
    Map<String, AtomicLong> errorKinds = new ConcurrentHashMap<>();
    long[][] latencies = new long[clients][];
    int[] counts = new int[clients];
    WindowCpu windowCpu = WindowCpu.start(cpu, measureFrom, measureTo);
    Thread[] threads = new Thread[clients];
    for (int t = 0; t < clients; t++) {
      int index = t;
      threads[t] =
          new Thread(
              () -> {
                long[] mine = new long[1024];
                int n = 0;
                LoadRunner.Worker worker = null;
                try {
                  while (true) {
                    Long at = due.poll(100, TimeUnit.MILLISECONDS);
                    if (at == null) {
                      if (System.nanoTime() > measureTo) {
                        break;
                      }
                      continue;
                    }
                    if (at < 0) { // the end mark, passed on to the next client
                      due.add(at);
                      break;
                    }
                    boolean counted = at >= measureFrom && at < measureTo;
                    if (System.nanoTime() > deadline) {
                      if (counted) {
                        unserved.incrementAndGet();
                      }
                      continue;
                    }
                    try {
                      if (worker == null) {
                        worker = factory.create(index);
                      }
                      worker.call();
                      if (counted) {
                        if (n == mine.length) {
                          mine = Arrays.copyOf(mine, n * 2);
                        }
                        mine[n++] = System.nanoTime() - at;
                      }
                    } catch (Exception | AssertionError e) {
                      if (counted) {
                        errors.incrementAndGet();
                      }
                      errorKinds
                          .computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicLong())
                          .incrementAndGet();
                      if (worker != null) {
                        worker.close();
                        worker = null;
                      }
                    }
                  }
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                } finally {
                  if (worker != null) {
                    worker.close();
                  }
                  latencies[index] = mine;
                  counts[index] = n;
                }
              },
              scenario + "-open-" + t);
      threads[t].setDaemon(true);
      threads[t].start();
    }
    for (long at = start; at < measureTo; at += interval) {
      long left;
      while ((left = at - System.nanoTime()) > 0) {
        LockSupport.parkNanos(left);
      }
      due.add(at);
    }
    due.add(-1L);
    for (Thread thread : threads) {
      try {
        thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000 + 60_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    if (unserved.get() > 0) {
      errorKinds.put("not served within 30 s of the window", new AtomicLong(unserved.get()));
    }
    return new Measurement(
        scenario,
        clients,
        LoadRunner.sorted(latencies, counts),
        errors.get() + unserved.get(),
        LoadRunner.counted(errorKinds),
        window.toNanos() / 1e9,
        false,
        windowCpu.usage());
  }
}
