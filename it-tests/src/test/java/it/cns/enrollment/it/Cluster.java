package it.cns.enrollment.it;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Two (or more) WildFly nodes of the cluster profile (standalone-ha.xml) behind HAProxy, as {@code
 * ./cns start --nodes N} runs them: node i on 127.0.0.(i+1) with the test's ports, HAProxy on
 * 127.0.0.1 with the same ports, its configuration from the shared haproxy-config.sh. The nodes use
 * the test database, PKI and outbox key of the failsafe environment. {@link #kill} is {@code kill
 * -9} of the node's JVM.
 */
final class Cluster implements AutoCloseable {

  // A bound, not a timing: on a machine shared by many builds a boot has taken more than 6 min.
  private static final Duration BOOT =
      Duration.ofMinutes(Long.getLong("it.cluster.boot.minutes", 6));
  // With balance "first", node 1 takes this many connections per frontend before node 2 gets
  // any: a browser's one or two stay on node 1, twenty concurrent SOAP clients spread.
  private static final int MAXCONN = 8;

  private final int maxconn;

  private final int size;
  private final String balance;
  private final Path dir;
  private final Path home = Path.of(ItEnvironment.property("it.wildfly.home"));
  private final int offset = Integer.parseInt(ItEnvironment.property("it.port.offset"));
  private final Process[] nodes;
  private final boolean direct;
  private Process haproxy;

  private Cluster(int size, String balance, boolean direct, int maxconn) {
    this.size = size;
    this.maxconn = maxconn;
    this.balance = balance;
    this.direct = direct;
    this.nodes = new Process[size + 1];
    this.dir = home.resolveSibling("cluster");
  }

  /**
   * One node of the cluster profile with no balancer in front: it listens on 127.0.0.1 with the
   * test's ports (no PROXY protocol), so clients meet the node itself - its typed answers while the
   * database is down, and the connection reset when it is killed, not a balancer's view of them.
   */
  static Cluster single() throws Exception {
    Cluster c = new Cluster(1, null, true, MAXCONN);
    try {
      deleteTree(c.dir);
      Files.createDirectories(c.dir);
      c.startNode(1);
      c.awaitDeployed(1);
      c.awaitBalanced(1);
      return c;
    } catch (Exception | Error e) {
      c.close();
      throw e;
    }
  }

  /**
   * Starts the nodes one after the other (the first migrates the database), deploys the EAR on
   * each, then HAProxy with the given balance algorithm ({@code first}: node 1 takes every
   * connection while it is up, so the test knows which node served).
   */
  static Cluster start(int size, String balance) throws Exception {
    return start(size, balance, MAXCONN);
  }

  /** As above, each node taking up to {@code maxconn} connections per frontend. */
  static Cluster start(int size, String balance, int maxconn) throws Exception {
    Cluster c = new Cluster(size, balance, false, maxconn);
    try {
      deleteTree(c.dir);
      Files.createDirectories(c.dir);
      for (int i = 1; i <= size; i++) {
        c.startNode(i);
        c.awaitDeployed(i);
      }
      c.startHaproxy();
      for (int i = 1; i <= size; i++) {
        c.awaitBalanced(i);
      }
      return c;
    } catch (Exception | Error e) {
      c.close();
      throw e;
    }
  }

  static String address(int node) {
    return "127.0.0." + (node + 1);
  }

  private String nodeAddress(int node) {
    return direct ? "127.0.0.1" : address(node);
  }

  private int port(int base) {
    return base + offset;
  }

  private Path base(int node) {
    return dir.resolve("node" + node);
  }

  /** Starts node i on a fresh server base directory (its configuration copied, no deployment). */
  void startNode(int i) throws IOException {
    Path base = base(i);
    deleteTree(base);
    Files.createDirectories(base.resolve("deployments"));
    copyTree(home.resolve("standalone/configuration"), base.resolve("configuration"));
    List<String> members = new ArrayList<>();
    for (int n = 1; n <= size; n++) {
      members.add(nodeAddress(n) + "[" + port(7600) + "]");
    }
    ProcessBuilder pb =
        new ProcessBuilder(
            home.resolve("bin/standalone.sh").toString(),
            "-c",
            "standalone-ha.xml",
            "-Djboss.server.base.dir=" + base,
            "-Djboss.node.name=node" + i);
    Map<String, String> env = pb.environment();
    env.put("CNS_BIND_ADDRESS", nodeAddress(i));
    env.put("CNS_MANAGEMENT_ADDRESS", nodeAddress(i));
    env.put("CNS_CLUSTER_ADDRESS", nodeAddress(i));
    env.put("CNS_CLUSTER_MEMBERS", String.join(",", members));
    env.put("CNS_CLUSTER_NAME", "cns-it-" + offset);
    env.put("CNS_PROXY_PROTOCOL", String.valueOf(!direct));
    env.put("CNS_PUBLIC_URL", "https://localhost:" + port(8443));
    env.put("CNS_SMARTCARD_URL", "https://localhost:" + port(8444));
    env.put(
        "JAVA_OPTS",
        ItEnvironment.property("it.wildfly.java.opts") + " -Djava.net.preferIPv4Stack=true");
    pb.redirectErrorStream(true);
    pb.redirectOutput(base.resolveSibling("node" + i + ".out").toFile());
    nodes[i] = pb.start();
    Path ear = ItEnvironment.ear();
    Files.copy(ear, base.resolve("deployments").resolve(ear.getFileName()));
    Files.createFile(base.resolve("deployments").resolve(ear.getFileName() + ".dodeploy"));
  }

  /** Waits for the deployment scanner to report the EAR deployed on node i. */
  void awaitDeployed(int i) throws Exception {
    Path deployments = base(i).resolve("deployments");
    String ear = ItEnvironment.ear().getFileName().toString();
    Instant until = Instant.now().plus(BOOT);
    while (Instant.now().isBefore(until)) {
      if (Files.exists(deployments.resolve(ear + ".deployed"))) {
        return;
      }
      if (Files.exists(deployments.resolve(ear + ".failed"))) {
        throw new IllegalStateException(
            "deployment failed on node "
                + i
                + ": "
                + Files.readString(deployments.resolve(ear + ".failed")));
      }
      if (!nodes[i].isAlive()) {
        throw new IllegalStateException(
            "node " + i + " exited; see " + base(i) + "/log/server.log");
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("node " + i + " did not deploy in " + BOOT);
  }

  private void startHaproxy() throws Exception {
    Path cfg = dir.resolve("haproxy.cfg");
    List<String> command = new ArrayList<>();
    command.add(ItEnvironment.property("it.haproxy.config.script"));
    command.addAll(
        List.of(
            cfg.toString(),
            balance,
            String.valueOf(maxconn),
            String.valueOf(port(8443)),
            String.valueOf(port(8444)),
            String.valueOf(port(8445)),
            String.valueOf(port(8080)),
            String.valueOf(port(9990))));
    for (int i = 1; i <= size; i++) {
      command.add(address(i));
    }
    Process config = new ProcessBuilder(command).inheritIO().start();
    if (config.waitFor() != 0) {
      throw new IllegalStateException("haproxy-config.sh failed");
    }
    haproxy =
        new ProcessBuilder("haproxy", "-db", "-f", cfg.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("haproxy.out").toFile())
            .start();
  }

  /**
   * Waits until node i is ready (its readiness endpoint answers 200) and HAProxy has had the time
   * to see two passing checks (1 s apart).
   */
  void awaitBalanced(int i) throws Exception {
    Instant until = Instant.now().plus(BOOT);
    while (!ready(i)) {
      if (Instant.now().isAfter(until)) {
        throw new IllegalStateException("node " + i + " never became ready");
      }
      Thread.sleep(500);
    }
    Thread.sleep(3000);
  }

  boolean ready(int i) {
    try {
      HttpURLConnection c =
          (HttpURLConnection)
              URI.create("http://" + nodeAddress(i) + ":" + port(9990) + "/health/ready")
                  .toURL()
                  .openConnection();
      c.setConnectTimeout(1000);
      c.setReadTimeout(2000);
      try {
        return c.getResponseCode() == 200;
      } finally {
        c.disconnect();
      }
    } catch (IOException e) {
      return false;
    }
  }

  boolean alive(int i) {
    return nodes[i] != null && nodes[i].isAlive();
  }

  /** kill -9 of node i's JVM (and its start script). */
  void kill(int i) throws InterruptedException {
    Process p = nodes[i];
    if (p == null) {
      return;
    }
    List<ProcessHandle> all = new ArrayList<>(p.descendants().toList());
    all.add(p.toHandle());
    all.forEach(ProcessHandle::destroyForcibly);
    for (ProcessHandle h : all) {
      h.onExit().join();
    }
    nodes[i] = null;
  }

  /** Restarts a killed node and waits until HAProxy uses it again. */
  void restart(int i) throws Exception {
    startNode(i);
    awaitDeployed(i);
    awaitBalanced(i);
  }

  /**
   * Threads of node i's JVM now (from /proc), to see whether waits pile up: the JVM is the start
   * script's java descendant.
   */
  int threads(int i) throws IOException {
    ProcessHandle jvm = jvm(i);
    for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(jvm.pid()), "status"))) {
      if (line.startsWith("Threads:")) {
        return Integer.parseInt(line.substring("Threads:".length()).trim());
      }
    }
    throw new IllegalStateException("no thread count for node " + i);
  }

  /** The process ids of the nodes' JVMs, for their CPU time (the load benchmark, issue #14). */
  List<Long> jvmPids() {
    List<Long> out = new ArrayList<>();
    for (int i = 1; i <= size; i++) {
      out.add(jvm(i).pid());
    }
    return out;
  }

  /** HAProxy's process id, or -1 without a balancer. */
  long haproxyPid() {
    return haproxy == null ? -1 : haproxy.pid();
  }

  private ProcessHandle jvm(int i) {
    return nodes[i]
        .descendants()
        .filter(h -> h.info().command().map(c -> c.endsWith("java")).orElse(false))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("node " + i + " has no JVM"));
  }

  /** What HAProxy logged (one line per connection, with the node that served it). */
  String haproxyLog() throws IOException {
    return Files.readString(dir.resolve("haproxy.out"));
  }

  /** The node's server.log, for the audit of what happened where. */
  String serverLog(int i) throws IOException {
    Path log = base(i).resolve("log/server.log");
    return Files.exists(log) ? Files.readString(log) : "";
  }

  @Override
  public void close() throws InterruptedException {
    if (haproxy != null) {
      haproxy.destroyForcibly().waitFor();
    }
    // The JVMs are listed before their start scripts end: an orphaned JVM is no descendant any
    // more.
    List<ProcessHandle> left = new ArrayList<>();
    for (int i = 1; i <= size; i++) {
      if (nodes[i] != null) {
        // Graceful first: SIGTERM lets WildFly leave the cluster; then whatever is left.
        List<ProcessHandle> all = new ArrayList<>(nodes[i].descendants().toList());
        all.forEach(ProcessHandle::destroy);
        nodes[i].destroy();
        left.addAll(all);
        left.add(nodes[i].toHandle());
      }
    }
    for (ProcessHandle h : left) {
      try {
        h.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
      } catch (Exception e) {
        h.destroyForcibly();
        h.onExit().join();
      }
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    // A node's JVM that has just ended may still have had files being removed by its own
    // shutdown: one that vanished meanwhile is as good as deleted.
    List<Path> all;
    try (Stream<Path> paths = Files.walk(root)) {
      all = paths.sorted(Comparator.reverseOrder()).toList();
    } catch (java.io.UncheckedIOException e) {
      if (!(e.getCause() instanceof java.nio.file.NoSuchFileException)) {
        throw e;
      }
      deleteTree(root);
      return;
    }
    for (Path p : all) {
      Files.deleteIfExists(p);
    }
  }
}
