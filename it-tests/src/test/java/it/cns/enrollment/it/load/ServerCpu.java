package it.cns.enrollment.it.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The server's CPU time, read from {@code /proc}: the WildFly JVM (and, apart, its JIT compiler
 * threads) plus every PostgreSQL process of the test cluster. On a machine shared with the load
 * generator, CPU time per request is much steadier than throughput, which also moves with whatever
 * else the two cores are doing (issue #19).
 *
 * <p>PostgreSQL backends come and go: the postmaster's {@code cutime}/{@code cstime} hold what its
 * ended children used (it waits for them), the running ones are read one by one, so a window sees
 * all of it. Linux only; elsewhere {@link #find} returns empty and the report shows dashes.
 */
public final class ServerCpu {

  private static final Path PROC = Path.of("/proc");

  /** Clock ticks per second of {@code /proc/<pid>/stat}: 100 on every Linux this runs on. */
  private static final double TICKS_PER_SECOND = 100.0;

  private final List<Long> jvms;
  private final long postmaster;
  private final long balancer;

  private ServerCpu(List<Long> jvms, long postmaster, long balancer) {
    this.jvms = List.copyOf(jvms);
    this.postmaster = postmaster;
    this.balancer = balancer;
  }

  /**
   * Several server JVMs (the nodes of a cluster, summed), the postmaster listening on {@code
   * dbPort} and, apart, a load balancer's process ({@code balancer} &lt; 0: none): issue #14's
   * scaling figures.
   */
  public static Optional<ServerCpu> of(List<Long> jvms, int dbPort, long balancer) {
    long pg = postmaster(dbPort);
    return jvms.isEmpty() || pg < 0
        ? Optional.empty()
        : Optional.of(new ServerCpu(jvms, pg, balancer));
  }

  /** The postmaster whose command line carries {@code -p <dbPort>}, or -1. */
  private static long postmaster(int dbPort) {
    for (long pid : pids()) {
      List<String> args = cmdline(pid);
      int p = args.indexOf("-p");
      if (!args.isEmpty()
          && args.get(0).endsWith("postgres")
          && p >= 0
          && p + 1 < args.size()
          && args.get(p + 1).equals(Integer.toString(dbPort))) {
        return pid;
      }
    }
    return -1;
  }

  /**
   * The JVM started with {@code -Djboss.home.dir=<wildflyHome>} and the postmaster listening on
   * {@code dbPort} (its command line carries {@code -p <port>}).
   */
  public static Optional<ServerCpu> find(Path wildflyHome, int dbPort) {
    if (!Files.isDirectory(PROC)) {
      return Optional.empty();
    }
    String home = "-Djboss.home.dir=" + wildflyHome.toAbsolutePath().normalize();
    for (long pid : pids()) {
      List<String> args = cmdline(pid);
      if (!args.isEmpty() && args.get(0).endsWith("java") && args.stream().anyMatch(home::equals)) {
        return of(List.of(pid), dbPort, -1);
      }
    }
    return Optional.empty();
  }

  /** CPU seconds used so far: the JVMs, their compiler threads, PostgreSQL, the balancer. */
  public Sample sample() {
    long jvmTicks = 0;
    long compiler = 0;
    for (long jvm : jvms) {
      jvmTicks += ticks(stat(jvm), false);
      try (DirectoryStream<Path> tasks = Files.newDirectoryStream(PROC.resolve(jvm + "/task"))) {
        for (Path task : tasks) {
          String name = read(task.resolve("comm")).trim();
          // HotSpot names them "C1 CompilerThre…" / "C2 CompilerThre…".
          if (name.contains("CompilerThre")) {
            compiler += ticks(read(task.resolve("stat")), false);
          }
        }
      } catch (IOException | RuntimeException e) {
        // a thread that ended while listed: its time is still in the process total
      }
    }
    long pg = ticks(stat(postmaster), true);
    for (long pid : pids()) {
      String s = stat(pid);
      if (!s.isEmpty() && field(s, 4) == postmaster) {
        pg += ticks(s, false);
      }
    }
    long lb = balancer < 0 ? 0 : ticks(stat(balancer), false);
    return new Sample(
        jvmTicks / TICKS_PER_SECOND,
        compiler / TICKS_PER_SECOND,
        pg / TICKS_PER_SECOND,
        lb / TICKS_PER_SECOND);
  }

  /** Cumulative CPU seconds at one instant. */
  public record Sample(double jvm, double compiler, double postgres, double balancer) {

    /** What was used between {@code earlier} and this sample. */
    public Usage since(Sample earlier) {
      return new Usage(
          jvm - earlier.jvm,
          compiler - earlier.compiler,
          postgres - earlier.postgres,
          balancer - earlier.balancer);
    }
  }

  /**
   * CPU seconds used over a window: the server JVMs (summed over the nodes), their JIT compiler
   * threads (part of {@code jvm}), PostgreSQL, and a load balancer in front (0 when there is none:
   * not part of {@link #server}).
   */
  public record Usage(double jvm, double compiler, double postgres, double balancer) {

    public static final Usage NONE = new Usage(Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    public double server() {
      return jvm + postgres;
    }

    /** Share of the JVM's CPU spent compiling: small once the JIT has settled. */
    public double compilerShare() {
      return jvm > 0 ? compiler / jvm : Double.NaN;
    }

    /** Server CPU milliseconds per request over the window. */
    public double millisPer(long requests) {
      return requests > 0 ? server() * 1000 / requests : Double.NaN;
    }

    public String describe() {
      return String.format(
          Locale.ROOT,
          "JVM %.2f s (JIT %.0f %%), PostgreSQL %.2f s",
          jvm,
          compilerShare() * 100,
          postgres);
    }
  }

  private static List<Long> pids() {
    List<Long> out = new ArrayList<>();
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(PROC, "[0-9]*")) {
      for (Path d : dirs) {
        out.add(Long.parseLong(d.getFileName().toString()));
      }
    } catch (IOException e) {
      // none readable
    }
    return out;
  }

  private static List<String> cmdline(long pid) {
    String raw = read(PROC.resolve(pid + "/cmdline"));
    return raw.isEmpty() ? List.of() : List.of(raw.split("\0"));
  }

  private static String stat(long pid) {
    return read(PROC.resolve(pid + "/stat"));
  }

  /** utime + stime (fields 14, 15), and with {@code children} cutime + cstime (16, 17). */
  private static long ticks(String stat, boolean children) {
    if (stat.isEmpty()) {
      return 0;
    }
    long t = field(stat, 14) + field(stat, 15);
    return children ? t + field(stat, 16) + field(stat, 17) : t;
  }

  /**
   * Field {@code n} (1-based, as in proc(5)) of a stat line; the name in parentheses may hold
   * spaces.
   */
  private static long field(String stat, int n) {
    String[] rest = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(rest[n - 3]);
  }

  private static String read(Path p) {
    try {
      return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }
}
