package it.cns.enrollment.it.load;

import java.util.concurrent.locks.LockSupport;

/**
 * Samples the server's CPU time at the start and at the end of a measured window, on a thread of
 * its own so that no worker's timing is disturbed.
 */
final class WindowCpu {

  private static final WindowCpu NONE = new WindowCpu(null);

  private final Thread thread;
  private volatile ServerCpu.Usage usage = ServerCpu.Usage.NONE;

  private WindowCpu(Thread thread) {
    this.thread = thread;
  }

  static WindowCpu start(ServerCpu cpu, long fromNanos, long toNanos) {
    if (cpu == null) {
      return NONE;
    }
    WindowCpu[] self = new WindowCpu[1];
    Thread t =
        new Thread(
            () -> {
              sleepUntil(fromNanos);
              ServerCpu.Sample first = cpu.sample();
              sleepUntil(toNanos);
              self[0].usage = cpu.sample().since(first);
            },
            "server-cpu");
    t.setDaemon(true);
    self[0] = new WindowCpu(t);
    t.start();
    return self[0];
  }

  /** The window's usage, once it has ended (waits for the closing sample). */
  ServerCpu.Usage usage() {
    if (thread != null) {
      try {
        thread.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return usage;
  }

  private static void sleepUntil(long nanos) {
    long left;
    while ((left = nanos - System.nanoTime()) > 0) {
      LockSupport.parkNanos(left);
    }
  }
}
