package it.cns.enrollment.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link ValidationBenchmark} with JMH once per thread count, writes all results to one JMH
 * JSON file and prints ops/s with the ratio ours/JDK per scenario.
 *
 * <p>Usage: {@code BenchmarkMain [--threads 1,2] [--json file] [--markdown file] [any
 * org.openjdk.jmh.Main options]}; {@code --markdown} also writes the table as markdown (the load
 * benchmark of issue #7 puts it in its report).
 * JMH's {@code -t} takes a single count, hence the loop here.
 */
public final class BenchmarkMain {

  private static final String OURS = "oursCrlWarm";

  /** The JDK benchmark each ratio divides by, with the scenario's name. */
  private static final Map<String, String> SCENARIOS = new LinkedHashMap<>();

  static {
    SCENARIOS.put("jdkPkixCrlWarm", "(a) CRL checked, warm: ours / JDK PKIX + CRL");
    SCENARIOS.put("jdkPkixNoRevocation", "(b) lower bound: ours / JDK PKIX, no revocation");
  }

  private BenchmarkMain() {}

  public static void main(String[] args) throws Exception {
    List<Integer> threads = List.of(1, 2);
    Path json = Path.of("jmh.json");
    Path markdown = null;
    List<String> jmhArgs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--threads" ->
            threads = Arrays.stream(args[++i].split(",")).map(Integer::valueOf).toList();
        case "--json" -> json = Path.of(args[++i]);
        case "--markdown" -> markdown = Path.of(args[++i]);
        default -> jmhArgs.add(args[i]);
      }
    }
    CommandLineOptions common = new CommandLineOptions(jmhArgs.toArray(String[]::new));
    List<RunResult> all = new ArrayList<>();
    for (int t : threads) {
      all.addAll(
          new Runner(
                  new OptionsBuilder()
                      .parent(common)
                      .include(ValidationBenchmark.class.getName() + "\\.")
                      .threads(t)
                      .build())
              .run());
    }
    Files.createDirectories(json.toAbsolutePath().getParent());
    try (PrintStream out = new PrintStream(Files.newOutputStream(json), true, "UTF-8")) {
      ResultFormatFactory.getInstance(ResultFormatType.JSON, out).writeOut(all);
    }
    System.out.println();
    System.out.println("JMH results written to " + json.toAbsolutePath());
    printTable(all, threads);
    if (markdown != null) {
      Files.createDirectories(markdown.toAbsolutePath().getParent());
      Files.writeString(markdown, markdownTable(all, threads, String.join(" ", jmhArgs)));
    }
  }

  private static String markdownTable(List<RunResult> results, List<Integer> threads, String args) {
    StringBuilder s = new StringBuilder();
    s.append("JMH ").append(args).append(", validations per second:\n\n");
    s.append("| scenario | threads | ours ops/s | JDK ops/s | ratio ours/JDK |\n");
    s.append("|---|---:|---:|---:|---:|\n");
    for (Map.Entry<String, String> scenario : SCENARIOS.entrySet()) {
      for (int t : threads) {
        Result<?> ours = find(results, OURS, t);
        Result<?> jdk = find(results, scenario.getKey(), t);
        if (ours != null && jdk != null) {
          s.append(
              String.format(
                  Locale.ROOT,
                  "| %s | %d | %s | %s | **%.2f** |%n",
                  scenario.getValue(),
                  t,
                  format(ours),
                  format(jdk),
                  ours.getScore() / jdk.getScore()));
        }
      }
    }
    return s.toString();
  }

  private static void printTable(List<RunResult> results, List<Integer> threads) {
    System.out.printf(
        Locale.ROOT,
        "%-48s %7s %16s %18s %8s%n",
        "scenario",
        "threads",
        "ours ops/s",
        "JDK ops/s",
        "ratio");
    for (Map.Entry<String, String> scenario : SCENARIOS.entrySet()) {
      for (int t : threads) {
        Result<?> ours = find(results, OURS, t);
        Result<?> jdk = find(results, scenario.getKey(), t);
        if (ours == null || jdk == null) {
          continue; // excluded by the JMH options given
        }
        System.out.printf(
            Locale.ROOT,
            "%-48s %7d %16s %18s %8.2f%n",
            scenario.getValue(),
            t,
            format(ours),
            format(jdk),
            ours.getScore() / jdk.getScore());
      }
    }
  }

  private static Result<?> find(List<RunResult> results, String method, int threads) {
    for (RunResult r : results) {
      if (r.getParams().getBenchmark().endsWith("." + method)
          && r.getParams().getThreads() == threads) {
        return r.getPrimaryResult();
      }
    }
    return null;
  }

  private static String format(Result<?> r) {
    double error = r.getScoreError();
    return Double.isNaN(error)
        ? String.format(Locale.ROOT, "%.0f", r.getScore())
        : String.format(Locale.ROOT, "%.0f ± %.0f", r.getScore(), error);
  }
}
