package it.cns.enrollment.it.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What machine the run was on, from /proc (Linux) and the JVM. */
public final class Machine {

  private Machine() {}

  /** "2 cores (AMD EPYC …), 23.5 GiB RAM". */
  public static String describe() {
    String model = "unknown CPU";
    long memKib = -1;
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          model = line.substring(line.indexOf(':') + 1).trim();
          break;
        }
      }
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          memKib = Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // described as unknown
    }
    return String.format(
        Locale.ROOT,
        "%d cores (%s), %s RAM",
        Runtime.getRuntime().availableProcessors(),
        model,
        memKib < 0 ? "unknown" : String.format(Locale.ROOT, "%.1f GiB", memKib / 1048576.0));
  }

  /** The 1, 5 and 15 minute load averages. */
  public static String loadAverage() {
    try {
      List<String> parts = List.of(Files.readString(Path.of("/proc/loadavg")).trim().split(" "));
      return String.join(" / ", parts.subList(0, 3));
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  public static String jdk() {
    return System.getProperty("java.vm.name")
        + " "
        + System.getProperty("java.runtime.version")
        + " ("
        + System.getProperty("java.vm.vendor")
        + "), max heap "
        + (Runtime.getRuntime().maxMemory() >> 20)
        + " MiB";
  }
}
