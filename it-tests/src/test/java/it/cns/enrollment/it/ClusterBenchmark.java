package it.cns.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.cns.enrollment.devpki.DevPki;
import it.cns.enrollment.devpki.IssuedCredential;
import it.cns.enrollment.it.load.ClientTls;
import it.cns.enrollment.it.load.ClientTls.CountingKeyManager;
import it.cns.enrollment.it.load.HttpConnection;
import it.cns.enrollment.it.load.LoadRunner;
import it.cns.enrollment.it.load.Machine;
import it.cns.enrollment.it.load.Measurement;
import it.cns.enrollment.it.load.Scenarios;
import it.cns.enrollment.it.load.Scenarios.CardRing;
import it.cns.enrollment.it.load.ServerCpu;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Issue #14: the smartcard login and the status call on one and on two nodes of the cluster profile
 * behind HAProxy (TCP passthrough, PROXY v2, round robin), on the same machine, one after the
 * other. Per topology and client count: req/s, latency, and the CPU per request of the nodes' JVMs
 * summed with PostgreSQL's, HAProxy's apart - the figures docs/scaling.md builds its model on. Runs
 * in its own failsafe execution of the {@code benchmark} profile, after {@link LoadBenchmark}
 * (whose Arquillian server has then stopped: the balancer takes the same ports). Asserts only that
 * it measured what it says (every call succeeded at all, both nodes served).
 */
@EnabledIfSystemProperty(named = "bench.cluster.execution", matches = "true")
class ClusterBenchmark {

  /** Connections per node and frontend: above the highest client count, so nothing queues. */
  private static final int MAXCONN = 256;

  /** A measured window, and the server's CPU when idle (cores) on that topology. */
  private record Row(int nodes, Measurement m, double idleCores) {

    /** Server CPU per request less what the topology spends idle over the same window. */
    double busyMillisPerRequest() {
      return m.ok() > 0 ? (m.cpu().server() - idleCores * m.seconds()) * 1000 / m.ok() : Double.NaN;
    }
  }

  @Test
  void loginsAndStatusCallsOnOneAndTwoNodesBehindHaproxy() throws Exception {
    List<Integer> levels = numbers(LoadBenchmark.setting("bench.cluster.concurrency", "4,8,16"));
    List<Integer> topologies = numbers(LoadBenchmark.setting("bench.cluster.nodes", "1,2"));
    Duration warmup =
        Duration.ofSeconds(Long.parseLong(LoadBenchmark.setting("bench.warmup", "3")));
    Duration window =
        Duration.ofSeconds(Long.parseLong(LoadBenchmark.setting("bench.duration", "8")));
    Duration prewarm =
        Duration.ofSeconds(Long.parseLong(LoadBenchmark.setting("bench.prewarm", "8")));
    double settled = Double.parseDouble(LoadBenchmark.setting("bench.jit.settled", "0.05"));
    int maxPriming = Integer.parseInt(LoadBenchmark.setting("bench.jit.rounds", "6"));
    int highest = levels.stream().mapToInt(Integer::intValue).max().orElseThrow();
    int dbPort = Integer.parseInt(ItEnvironment.dbUrl().replaceAll(".*:(\\d+)/.*", "$1"));
    String loadBefore = Machine.loadAverage();
    Instant began = Instant.now();

    ClientTls tls = ClientTls.trusting(TestPki.load(DevPki.SERVER_TRUST_P12));
    SSLContext partnerTls = tls.context(LoadBenchmark.partnerKey(new AtomicLong()));
    List<KeyPair> keys = LoadBenchmark.keyPairs(8);
    AtomicLong cardsPresented = new AtomicLong();
    List<Row> rows = new ArrayList<>();
    Map<Integer, String> priming = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    List<CountingKeyManager> bound = new ArrayList<>();
    List<String> people = new ArrayList<>();
    for (int nodes : topologies) {
      try (Cluster cluster = Cluster.start(nodes, "roundrobin", MAXCONN)) {
        if (people.isEmpty()) {
          // The partner and the bound people, once the first node has migrated the database; it
          // outlives the clusters.
          TestDatabase.registerPartner("Benchmark Partner", TestPki.demoPartnerCertificate());
          try (HttpConnection c =
              HttpConnection.open(partnerTls, Scenarios.HOST, ItEnvironment.partnerPort())) {
            for (int i = 0; i < Math.max(16, 2 * highest); i++) {
              String cf = TestPeople.newCodiceFiscale();
              IssuedCredential card = LoadBenchmark.card(cf, keys.get(i % keys.size()));
              LoadBenchmark.enroll(c, LoadBenchmark.prepared(card));
              people.add(cf);
              bound.add(new CountingKeyManager(card.privateKey(), card.chain(), cardsPresented));
            }
          }
        }
        CardRing cards = new CardRing(tls, bound);
        AtomicLong handshakes = new AtomicLong();
        ServerCpu cpu = ServerCpu.of(cluster.jvmPids(), dbPort, cluster.haproxyPid()).orElse(null);
        List<String> rounds = new ArrayList<>();
        for (int round = 1; !prewarm.isZero() && round <= maxPriming; round++) {
          ServerCpu.Sample before = cpu == null ? null : cpu.sample();
          LoadRunner.run(
              "prewarm",
              2 * nodes,
              Duration.ZERO,
              prewarm,
              Scenarios.smartcardLogin(cards, ItEnvironment.smartcardPort(), handshakes));
          LoadRunner.run(
              "prewarm",
              2 * nodes,
              Duration.ZERO,
              prewarm,
              Scenarios.registrationStatus(
                  partnerTls, ItEnvironment.partnerPort(), people, handshakes));
          if (cpu == null) {
            break;
          }
          double share = cpu.sample().since(before).compilerShare();
          rounds.add(String.format(Locale.ROOT, "%.0f %%", share * 100));
          if (share < settled) {
            break;
          }
        }
        priming.put(nodes, rounds.isEmpty() ? "none" : String.join(", ", rounds));
        // What the nodes and PostgreSQL spend with no request at all (JGroups, the pollers and
        // timers of every node): per request it weighs more where each node serves fewer.
        double idle = Double.NaN;
        if (cpu != null) {
          ServerCpu.Sample quiet = cpu.sample();
          Thread.sleep(window.toMillis());
          idle = cpu.sample().since(quiet).server() / window.toSeconds();
          priming.merge(
              nodes,
              String.format(Locale.ROOT, "; idle server CPU %.3f cores", idle),
              String::concat);
        }
        int[] served = new int[nodes + 1];
        for (int n : levels) {
          rows.add(
              new Row(
                  nodes,
                  LoadRunner.run(
                      "login-" + nodes + "n",
                      n,
                      warmup,
                      window,
                      Scenarios.smartcardLogin(cards, ItEnvironment.smartcardPort(), handshakes),
                      cpu),
                  idle));
          rows.add(
              new Row(
                  nodes,
                  LoadRunner.run(
                      "status-" + nodes + "n",
                      n,
                      warmup,
                      window,
                      Scenarios.registrationStatus(
                          partnerTls, ItEnvironment.partnerPort(), people, handshakes),
                      cpu),
                  idle));
        }
        String log = cluster.haproxyLog();
        for (int i = 1; i <= nodes; i++) {
          served[i] = connections(log, i);
          if (served[i] == 0) {
            problems.add(nodes + " nodes: node " + i + " served no connection");
          }
        }
        StringBuilder perNode = new StringBuilder("; connections served per node:");
        for (int i = 1; i <= nodes; i++) {
          perNode.append(i == 1 ? " " : ", ").append(served[i]);
        }
        priming.merge(nodes, perNode.toString(), String::concat);
      }
    }
    for (Row r : rows) {
      if (r.m().ok() == 0) {
        problems.add(r.nodes() + " nodes, " + r.m().scenario() + ": no call succeeded");
      }
    }
    String report = report(rows, levels, priming, loadBefore, began, window, warmup);
    Path out =
        Path.of(LoadBenchmark.setting("bench.cluster.report", "target/bench/cluster-results.md"));
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, report, StandardCharsets.UTF_8);
    System.out.println("\n===== Cluster benchmark (also in " + out.toAbsolutePath() + ") =====\n");
    System.out.println(report);
    assertThat(problems).as("every scenario succeeded, every node served").isEmpty();
  }

  private static String report(
      List<Row> rows,
      List<Integer> levels,
      Map<Integer, String> priming,
      String loadBefore,
      Instant began,
      Duration window,
      Duration warmup) {
    DateTimeFormatter utc =
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    StringBuilder md = new StringBuilder();
    md.append("Run ")
        .append(utc.format(began))
        .append("–")
        .append(DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC).format(Instant.now()))
        .append(" UTC.\n\n- Machine: ")
        .append(Machine.describe())
        .append("\n- Load average (1/5/15 min) before: ")
        .append(loadBefore)
        .append("; after: ")
        .append(Machine.loadAverage())
        .append("\n- Topology: N nodes of the cluster profile (standalone-ha.xml) on 127.0.0.2…,")
        .append(" HAProxy in TCP mode with PROXY v2, round robin; one PostgreSQL; load generator")
        .append(" on the same machine\n- Clients ")
        .append(levels)
        .append(", warm-up ")
        .append(warmup.toSeconds())
        .append(" s, measured ")
        .append(window.toSeconds())
        .append(" s per scenario, topology and level\n");
    priming.forEach(
        (n, p) ->
            md.append("- ").append(n).append(" node(s): JIT priming ").append(p).append('\n'));
    md.append(
        "\n| nodes | scenario | clients | req/s | p50 ms | p99 ms | errors | server CPU ms/req"
            + " (nodes + PostgreSQL) | less idle ms/req | nodes' JVMs ms/req | PostgreSQL ms/req | HAProxy ms/req"
            + " | server cores busy | JIT % | req/s ÷ 1 node | CPU/req ÷ 1 node |\n");
    md.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Row r : rows) {
      Measurement m = r.m();
      String kind = m.scenario().replaceAll("-\\d+n$", "");
      Measurement one =
          rows.stream()
              .filter(
                  o ->
                      o.nodes() == 1
                          && o.m().concurrency() == m.concurrency()
                          && o.m().scenario().startsWith(kind + "-"))
              .map(Row::m)
              .findFirst()
              .orElse(null);
      ServerCpu.Usage u = m.cpu();
      md.append("| ")
          .append(r.nodes())
          .append(" | ")
          .append(kind.equals("login") ? "smartcard login, full handshake" : "registrationStatus")
          .append(" | ")
          .append(m.concurrency())
          .append(" | ")
          .append(f(m.perSecond()))
          .append(" | ")
          .append(f(m.p50()))
          .append(" | ")
          .append(f(m.p99()))
          .append(" | ")
          .append(m.errors())
          .append(" | ")
          .append(f(m.cpuMillisPerRequest()))
          .append(" | ")
          .append(f(r.busyMillisPerRequest()))
          .append(" | ")
          .append(f(per(u.jvm(), m)))
          .append(" | ")
          .append(f(per(u.postgres(), m)))
          .append(" | ")
          .append(f(per(u.balancer(), m)))
          .append(" | ")
          .append(f(u.server() / m.seconds()))
          .append(" | ")
          .append(String.format(Locale.ROOT, "%.0f", u.compilerShare() * 100))
          .append(" | ")
          .append(one == null || r.nodes() == 1 ? "–" : f(m.perSecond() / one.perSecond()))
          .append(" | ")
          .append(
              one == null || r.nodes() == 1
                  ? "–"
                  : f(m.cpuMillisPerRequest() / one.cpuMillisPerRequest()))
          .append(" |\n");
    }
    return md.toString();
  }

  private static double per(double seconds, Measurement m) {
    return m.ok() > 0 ? seconds * 1000 / m.ok() : Double.NaN;
  }

  private static String f(double v) {
    if (Double.isNaN(v)) {
      return "–";
    }
    return String.format(Locale.ROOT, v >= 100 ? "%.0f" : v >= 10 ? "%.1f" : "%.2f", v);
  }

  /** Connections HAProxy logged as served by node i (its tcplog lines, not state changes). */
  private static int connections(String log, int node) {
    String server = "/node" + node + " ";
    return (int) log.lines().filter(l -> l.contains(server) && !l.contains("Server ")).count();
  }

  private static List<Integer> numbers(String list) {
    return Arrays.stream(list.split(",")).map(String::trim).map(Integer::valueOf).toList();
  }
}
