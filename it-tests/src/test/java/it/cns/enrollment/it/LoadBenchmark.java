package it.cns.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.cns.enrollment.devpki.DevPki;
import it.cns.enrollment.devpki.IssuedCredential;
import it.cns.enrollment.infrastructure.config.HasherSettings;
import it.cns.enrollment.infrastructure.config.Settings;
import it.cns.enrollment.infrastructure.security.Argon2idHasher;
import it.cns.enrollment.infrastructure.security.CredentialSettings;
import it.cns.enrollment.it.load.ClientTls;
import it.cns.enrollment.it.load.ClientTls.CountingKeyManager;
import it.cns.enrollment.it.load.HttpConnection;
import it.cns.enrollment.it.load.LoadRunner;
import it.cns.enrollment.it.load.Machine;
import it.cns.enrollment.it.load.Measurement;
import it.cns.enrollment.it.load.OpenLoop;
import it.cns.enrollment.it.load.Report;
import it.cns.enrollment.it.load.Report.Targets;
import it.cns.enrollment.it.load.Scenarios;
import it.cns.enrollment.it.load.Scenarios.CardRing;
import it.cns.enrollment.it.load.Scenarios.PreparedCard;
import it.cns.enrollment.it.load.ServerCpu;
import it.cns.enrollment.it.load.ServerFacts;
import it.cns.enrollment.it.load.ServerKeyChoice;
import it.cns.enrollment.it.load.Soap;
import it.cns.enrollment.it.load.baseline.BaselineArchive;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue #7: throughput and latency over mutual TLS, every figure beside a baseline measured in the
 * same run on the same server. Not an integration test (failsafe's default includes do not match
 * the name): only {@code mvn -pl it-tests -am -Pbenchmark verify} runs it, on the same provisioned
 * WildFly, test PKI and throwaway PostgreSQL as the integration tests, with the application's EAR
 * and {@code bench-baseline.war} (built here, never in the EAR) deployed side by side.
 *
 * <p>Per concurrency level: (a) smartcard login, a full TLS handshake each, vs the bare servlet
 * behind the same listener; (b) SOAP registrationStatus, keep-alive, vs the bare JAX-WS echo on the
 * partner listener; (c) SOAP enrollment of a fresh card vs the bound set by the Argon2id hashing
 * alone; (d) the public landing page vs the bare servlet on the public listener. Beside req/s and
 * latency, the server's CPU per request over each window (issue #19); then (a), (b), (d) in an open
 * loop at fixed fractions of the measured capacity. It asserts only that the run measured what it
 * says (logins did full handshakes, the hashing parameters are the server's, every scenario
 * succeeded at all): no timing is asserted.
 */
@ExtendWith(ArquillianExtension.class)
class LoadBenchmark {

  /** FisconlineEnrollmentService hashes the PIN and the initial password: two Argon2id hashes. */
  static final int HASHES_PER_ENROLLMENT = 2;

  @Deployment(name = "application", order = 1, testable = false)
  static EnterpriseArchive application() {
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ItEnvironment.ear().toFile());
  }

  @Deployment(name = "baseline", order = 2, testable = false)
  static WebArchive baseline() {
    return BaselineArchive.create();
  }

  /** The algorithm and size of the key the server's certificate carries: what it signed with. */
  private static String serverKey(javax.net.ssl.SSLSession session) throws Exception {
    java.security.PublicKey key = session.getPeerCertificates()[0].getPublicKey();
    if (key instanceof java.security.interfaces.RSAPublicKey rsa) {
      return "RSA-" + rsa.getModulus().bitLength();
    }
    if (key instanceof java.security.interfaces.ECPublicKey ec) {
      return "EC P-" + ec.getParams().getCurve().getField().getFieldSize();
    }
    return key.getAlgorithm();
  }

  static String setting(String name, String fallback) {
    String v = System.getProperty(name);
    return v == null || v.isBlank() ? fallback : v.trim();
  }

  @Test
  void throughputAndLatencyOverMutualTls() throws Exception {
    List<Integer> levels =
        Arrays.stream(setting("bench.concurrency", "1,8,32").split(","))
            .map(String::trim)
            .map(Integer::valueOf)
            .toList();
    Duration warmup = Duration.ofSeconds(Long.parseLong(setting("bench.warmup", "3")));
    Duration window = Duration.ofSeconds(Long.parseLong(setting("bench.duration", "8")));
    int highest = levels.stream().mapToInt(Integer::intValue).max().orElseThrow();
    // -Dbench.scenarios=status (or b, or login,status...): a run of minutes for one path.
    java.util.Set<String> only = scenarios(setting("bench.scenarios", "a,b,c,d"));
    ServerKeyChoice.use(ServerKeyChoice.fromSetting(setting("bench.server.key", "rsa")));
    String loadBefore = Machine.loadAverage();
    Instant began = Instant.now();

    // --- set-up: partner, client TLS, bound people -------------------------------------------
    TestDatabase.registerPartner("Benchmark Partner", TestPki.demoPartnerCertificate());
    ClientTls tls = ClientTls.trusting(TestPki.load(DevPki.SERVER_TRUST_P12));
    AtomicLong partnerPresented = new AtomicLong();
    SSLContext partnerTls = tls.context(partnerKey(partnerPresented));
    SSLContext publicTls = tls.context(null);
    List<KeyPair> keys = keyPairs(8);
    AtomicLong cardsPresented = new AtomicLong();
    List<CountingKeyManager> bound = new ArrayList<>();
    List<String> people = new ArrayList<>();
    try (HttpConnection c = HttpConnection.open(partnerTls, Scenarios.HOST, partnerPort())) {
      for (int i = 0; i < Math.max(16, 2 * highest); i++) {
        String cf = TestPeople.newCodiceFiscale();
        IssuedCredential card = card(cf, keys.get(i % keys.size()));
        enroll(c, prepared(card));
        people.add(cf);
        bound.add(new CountingKeyManager(card.privateKey(), card.chain(), cardsPresented));
      }
    }
    CardRing cards = new CardRing(tls, bound);
    // What the listeners negotiate, and whether the landing page opens a session per visit.
    String negotiated;
    String landingSession;
    try (HttpConnection smartcard =
            HttpConnection.open(tls.context(bound.get(0)), Scenarios.HOST, smartcardPort())
                .forgettingSession();
        HttpConnection partner = HttpConnection.open(partnerTls, Scenarios.HOST, partnerPort());
        HttpConnection open = HttpConnection.open(publicTls, Scenarios.HOST, publicPort())) {
      negotiated =
          "smartcard "
              + smartcard.session().getProtocol()
              + " "
              + smartcard.session().getCipherSuite()
              + " server key "
              + serverKey(smartcard.session())
              + " (bench.server.key="
              + ServerKeyChoice.current().name().toLowerCase(java.util.Locale.ROOT)
              + ")"
              + ", partner "
              + partner.session().getProtocol()
              + ", public "
              + open.session().getProtocol();
      landingSession =
          open.get("/", Map.of("Accept", "text/html")).headers("Set-Cookie").stream()
                  .anyMatch(c -> c.startsWith("JSESSIONID="))
              ? "yes (a new HTTP session per anonymous visit)"
              : "no";
    }
    cardsPresented.set(0);
    Argon2idHasher hasher = CredentialSettings.hasher(HasherSettings.from(Settings.environment()));
    String storedHash = TestDatabase.storedSecrets(people.get(0)).get(0);
    String parameters =
        "m=" + hasher.memoryKib() + ",t=" + hasher.iterations() + ",p=" + hasher.parallelism();

    // --- the runs: per level, each baseline right before its scenario --------------------------
    AtomicLong handshakes = new AtomicLong();
    // The server's CPU time (WildFly + PostgreSQL), the primary figure per request (issue #19).
    ServerCpu cpu =
        ServerCpu.find(
                Path.of(ItEnvironment.property("it.wildfly.home")),
                Integer.parseInt(ItEnvironment.dbUrl().replaceAll(".*:(\\d+)/.*", "$1")))
            .orElse(null);
    // Unreported priming passes first, until the JIT has settled (its compiler threads' share of
    // the server JVM's CPU is small), so that no level measures class loading and compilation.
    Duration prewarm = Duration.ofSeconds(Long.parseLong(setting("bench.prewarm", "8")));
    double settled = Double.parseDouble(setting("bench.jit.settled", "0.05"));
    int maxPriming = Integer.parseInt(setting("bench.jit.rounds", "6"));
    List<String> priming = new ArrayList<>();
    for (int round = 1; !prewarm.isZero() && round <= maxPriming; round++) {
      ServerCpu.Sample before = cpu == null ? null : cpu.sample();
      List<LoadRunner.WorkerFactory> primed = new ArrayList<>();
      if (only.contains("a")) {
        primed.add(Scenarios.baselineLogin(cards, smartcardPort(), handshakes));
        primed.add(Scenarios.smartcardLogin(cards, smartcardPort(), handshakes));
      }
      if (only.contains("b")) {
        primed.add(Scenarios.baselineEcho(partnerTls, partnerPort(), people, handshakes));
        primed.add(Scenarios.registrationStatus(partnerTls, partnerPort(), people, handshakes));
      }
      if (only.contains("d")) {
        primed.add(
            Scenarios.landingPage(
                publicTls, publicPort(), Scenarios.BASELINE_PAGE, "bench-baseline", handshakes));
        primed.add(
            Scenarios.landingPage(publicTls, publicPort(), "/", "id=\"card-first\"", handshakes));
      }
      for (LoadRunner.WorkerFactory f : primed) {
        LoadRunner.run("prewarm", 2, Duration.ZERO, prewarm, f);
      }
      if (cpu == null) {
        priming.add("round " + round + ": server CPU not readable");
        break;
      }
      double share = cpu.sample().since(before).compilerShare();
      priming.add(String.format(java.util.Locale.ROOT, "round %d JIT %.0f %%", round, share * 100));
      System.out.println("[bench] priming " + priming.get(priming.size() - 1));
      if (share < settled) {
        break;
      }
    }
    Report report = new Report();
    List<String> problems = new ArrayList<>();
    Map<String, Double> capacity = new java.util.TreeMap<>();
    for (int n : levels) {
      List<Measurement> measured = new ArrayList<>();
      if (only.contains("a")) {
        long h0 = handshakes.get();
        long p0 = cardsPresented.get();
        Measurement baseA =
            LoadRunner.run(
                "a-baseline",
                n,
                warmup,
                window,
                Scenarios.baselineLogin(cards, smartcardPort(), handshakes),
                cpu);
        long h1 = handshakes.get();
        long p1 = cardsPresented.get();
        Measurement a =
            LoadRunner.run(
                "a-login",
                n,
                warmup,
                window,
                Scenarios.smartcardLogin(cards, smartcardPort(), handshakes),
                cpu);
        long h2 = handshakes.get();
        long p2 = cardsPresented.get();
        fullHandshakes("(a) baseline", n, h1 - h0, p1 - p0).ifPresent(problems::add);
        fullHandshakes("(a) login", n, h2 - h1, p2 - p1).ifPresent(problems::add);
        report.baseline(
            "(a) baseline: bare servlet, smartcard listener, full handshake", baseA, h1 - h0);
        report.scenario(
            "(a) smartcard login (accedi), full handshake",
            a,
            h2 - h1,
            baseA,
            0,
            new Targets(n == 8 ? 0.7 : 0, 2));
        capacity.merge("a", a.perSecond(), Math::max);
        measured.addAll(List.of(baseA, a));
      }

      if (only.contains("b")) {
        long h2 = handshakes.get();
        Measurement baseB =
            LoadRunner.run(
                "b-baseline",
                n,
                warmup,
                window,
                Scenarios.baselineEcho(partnerTls, partnerPort(), people, handshakes),
                cpu);
        long h3 = handshakes.get();
        Measurement b =
            LoadRunner.run(
                "b-status",
                n,
                warmup,
                window,
                Scenarios.registrationStatus(partnerTls, partnerPort(), people, handshakes),
                cpu);
        long h4 = handshakes.get();
        report.baseline(
            "(b) baseline: bare JAX-WS echo, partner listener, keep-alive", baseB, h3 - h2);
        report.scenario(
            "(b) SOAP registrationStatus, keep-alive", b, h4 - h3, baseB, 0, new Targets(0.5, 2));
        capacity.merge("b", b.perSecond(), Math::max);
        measured.addAll(List.of(baseB, b));
      }

      if (only.contains("c")) {
        Measurement hashing =
            LoadRunner.run(
                "argon2id",
                n,
                warmup,
                window,
                i -> () -> hasher.hash("Bench.Pass42".toCharArray()));
        double boundPerSecond = hashing.perSecond() / HASHES_PER_ENROLLMENT;
        int needed =
            (int) Math.ceil(boundPerSecond * (warmup.plus(window).toMillis() / 1000.0) * 2) + 4 * n;
        Queue<PreparedCard> fresh = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < needed; i++) {
          fresh.add(prepared(card(TestPeople.newCodiceFiscale(), keys.get(i % keys.size()))));
        }
        long h5 = handshakes.get();
        Measurement c =
            LoadRunner.run(
                "c-enroll",
                n,
                warmup,
                window,
                Scenarios.enrollment(partnerTls, partnerPort(), fresh, handshakes),
                cpu);
        long h6 = handshakes.get();
        report.bound(
            "(c) bound: Argon2id " + parameters + " alone, in the benchmark JVM",
            n,
            boundPerSecond,
            String.format(
                java.util.Locale.ROOT,
                "%.1f hashes/s ÷ %d hashes per enrollment (hash p50 %.0f ms)",
                hashing.perSecond(),
                HASHES_PER_ENROLLMENT,
                hashing.p50()));
        report.scenario(
            "(c) SOAP enrollment end to end (challenge, CMS, enrollFisconline), distinct CFs",
            c,
            h6 - h5,
            null,
            boundPerSecond,
            new Targets(n == 1 || n == 8 ? 0.85 : 0, 0));
        measured.add(c);
      }

      if (only.contains("d")) {
        long h6 = handshakes.get();
        Measurement baseD =
            LoadRunner.run(
                "d-baseline",
                n,
                warmup,
                window,
                Scenarios.landingPage(
                    publicTls, publicPort(), Scenarios.BASELINE_PAGE, "bench-baseline", handshakes),
                cpu);
        long h7 = handshakes.get();
        Measurement d =
            LoadRunner.run(
                "d-landing",
                n,
                warmup,
                window,
                Scenarios.landingPage(
                    publicTls, publicPort(), "/", "id=\"card-first\"", handshakes),
                cpu);
        long h8 = handshakes.get();
        report.baseline("(d) baseline: bare servlet, public listener, keep-alive", baseD, h7 - h6);
        report.scenario(
            "(d) public landing page `/`, keep-alive", d, h8 - h7, baseD, 0, new Targets(0.5, 0));
        capacity.merge("d", d.perSecond(), Math::max);
        measured.addAll(List.of(baseD, d));
      }

      for (Measurement m : measured) {
        // Calls that all failed mean the benchmark measured nothing real. None ending in the
        // window is only slowness: reported in the table, not judged (no timing is asserted).
        if (m.ok() == 0 && m.errors() > 0) {
          problems.add(m.scenario() + " × " + n + ": every call failed");
        }
      }
    }
    // Open loop: a fixed arrival rate at fractions of the best closed-loop throughput, where the
    // latency percentiles say something about the code rather than about queueing.
    int openClients = Integer.parseInt(setting("bench.open.clients", "32"));
    for (String fraction : setting("bench.open.fractions", "0.5,0.8").split(",")) {
      double share = Double.parseDouble(fraction.trim());
      if (capacity.containsKey("a")) {
        report.openLoop(
            "(a) smartcard login (accedi), full handshake",
            OpenLoop.run(
                "a-open",
                capacity.get("a") * share,
                openClients,
                warmup,
                window,
                Scenarios.smartcardLogin(cards, smartcardPort(), handshakes),
                cpu),
            share,
            share <= 0.5 ? Report.P99_TARGET_MS : 0);
      }
      if (capacity.containsKey("b")) {
        report.openLoop(
            "(b) SOAP registrationStatus, keep-alive",
            OpenLoop.run(
                "b-open",
                capacity.get("b") * share,
                openClients,
                warmup,
                window,
                Scenarios.registrationStatus(partnerTls, partnerPort(), people, handshakes),
                cpu),
            share,
            0);
      }
      if (capacity.containsKey("d")) {
        report.openLoop(
            "(d) public landing page `/`, keep-alive",
            OpenLoop.run(
                "d-open",
                capacity.get("d") * share,
                openClients,
                warmup,
                window,
                Scenarios.landingPage(
                    publicTls, publicPort(), "/", "id=\"card-first\"", handshakes),
                cpu),
            share,
            0);
      }
    }
    Instant ended = Instant.now();

    // --- what the server says -------------------------------------------------------------------
    Path log = Path.of(ItEnvironment.property("it.wildfly.home"), "standalone/log/server.log");
    String heapAfterRun;
    String heapAfterGc;
    String serverJvm;
    try (ModelControllerClient management =
        ModelControllerClient.Factory.create(
            "remote+http",
            "127.0.0.1",
            Integer.parseInt(ItEnvironment.property("it.port.management")))) {
      ServerFacts server = new ServerFacts(management);
      heapAfterRun = server.heap(false);
      heapAfterGc = server.heap(true);
      serverJvm = server.jvm();
    }
    Map<String, Duration> deploys =
        ServerFacts.deployTimes(log, List.of("cns-enrollment.ear", BaselineArchive.NAME));

    StringBuilder md = new StringBuilder();
    DateTimeFormatter utc =
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    md.append("Run ")
        .append(utc.format(began))
        .append("–")
        .append(DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC).format(ended))
        .append(" UTC.\n\n");
    md.append("- Machine: ").append(Machine.describe()).append('\n');
    md.append("- Load average (1/5/15 min) before: ")
        .append(loadBefore)
        .append("; after: ")
        .append(Machine.loadAverage())
        .append('\n');
    md.append("- JDK (load generator): ").append(Machine.jdk()).append('\n');
    md.append("- Server JVM: ").append(serverJvm).append('\n');
    md.append("- Command: `")
        .append(setting("bench.command", "mvn -pl it-tests -am -Pbenchmark verify"))
        .append("`; concurrency ")
        .append(levels)
        .append(", scenarios ")
        .append(only)
        .append(", warm-up ")
        .append(warmup.toSeconds())
        .append(" s, measured ")
        .append(window.toSeconds())
        .append(" s per scenario and level\n");
    md.append("- Server CPU per request: ")
        .append(
            cpu == null
                ? "not readable (no /proc, or the server's processes not found)"
                : "WildFly JVM + PostgreSQL processes, from /proc, over each measured window")
        .append("; JIT priming: ")
        .append(priming.isEmpty() ? "none" : String.join(", ", priming))
        .append('\n');
    md.append("- TLS negotiated: ").append(negotiated).append('\n');
    md.append("- Landing page `/` sets a session cookie: ").append(landingSession).append('\n');
    md.append("- WildFly boot: ").append(ServerFacts.boot(log)).append('\n');
    deploys.forEach(
        (name, d) ->
            md.append("- Deploy ").append(name).append(": ").append(d.toMillis()).append(" ms\n"));
    md.append("- Heap after the run: ")
        .append(heapAfterRun)
        .append("; after a full GC: ")
        .append(heapAfterGc)
        .append('\n');
    md.append("- Argon2id: server and bound use ")
        .append(parameters)
        .append(" (a stored hash reads `")
        .append(storedHash.replaceAll("\\$[A-Za-z0-9+/]{16,}", "\\$…"))
        .append("`); ")
        .append(HASHES_PER_ENROLLMENT)
        .append(" hashes per enrollment (PIN + initial password)\n");
    md.append('\n').append(report.table());
    problems.forEach(p -> md.append("\n**").append(p).append("**\n"));
    Path jmh = Path.of(setting("bench.jmh.table", "target/bench/jmh-table.md"));
    // The JMH table of this build (written minutes before at process-test-classes), not one left
    // by an earlier build that skipped JMH.
    if (Files.isReadable(jmh)
        && Files.getLastModifiedTime(jmh).toInstant().isAfter(began.minus(Duration.ofHours(1)))) {
      md.append("\n\nCertificate validation micro-benchmark (issue #3, same command, ")
          .append(utc.format(Files.getLastModifiedTime(jmh).toInstant()))
          .append(" UTC):\n\n")
          .append(Files.readString(jmh, StandardCharsets.UTF_8));
    }
    String result = md.toString();
    Path out = Path.of(setting("bench.report", "target/bench/load-results.md"));
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, result, StandardCharsets.UTF_8);
    System.out.println("\n===== Benchmark results (also in " + out.toAbsolutePath() + ") =====\n");
    System.out.println(result);

    assertThat(storedHash)
        .as("the server hashes with the parameters of the bound")
        .contains(parameters);
    assertThat(problems)
        .as("logins really did a full handshake each, every scenario succeeded")
        .isEmpty();
  }

  /**
   * The scenarios to run, as letters: each of {@code a b c d} or {@code login status enrollment
   * landing}, comma-separated. An unknown name stops the run rather than measuring nothing.
   */
  static java.util.Set<String> scenarios(String list) {
    Map<String, String> names =
        Map.of("login", "a", "status", "b", "enrollment", "c", "landing", "d");
    java.util.Set<String> out = new java.util.TreeSet<>();
    for (String name : list.split(",")) {
      String n = name.trim().toLowerCase(java.util.Locale.ROOT);
      String letter = names.getOrDefault(n, n);
      if (!List.of("a", "b", "c", "d").contains(letter)) {
        throw new IllegalArgumentException(
            "bench.scenarios: unknown scenario '" + name + "' (a b c d, login status ...)");
      }
      out.add(letter);
    }
    return out;
  }

  /** Confirms every connection of a full-handshake scenario sent the card's certificate. */
  private static java.util.Optional<String> fullHandshakes(
      String what, int n, long connections, long presented) {
    if (connections == presented) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        what
            + " × "
            + n
            + ": "
            + connections
            + " connections but "
            + presented
            + " client certificates sent: some handshakes were resumed");
  }

  private static int smartcardPort() {
    return ItEnvironment.smartcardPort();
  }

  private static int partnerPort() {
    return ItEnvironment.partnerPort();
  }

  private static int publicPort() {
    return ItEnvironment.publicPort();
  }

  static CountingKeyManager partnerKey(AtomicLong counter) throws Exception {
    KeyStore ks = TestPki.demoPartner();
    PrivateKey key = (PrivateKey) ks.getKey(DevPki.PARTNER_ALIAS, ItEnvironment.pkiPassword());
    List<X509Certificate> chain = new ArrayList<>();
    for (Certificate c : ks.getCertificateChain(DevPki.PARTNER_ALIAS)) {
      chain.add((X509Certificate) c);
    }
    return new CountingKeyManager(key, chain, counter);
  }

  /**
   * RSA 2048 key pairs the benchmark's cards share: each card is a distinct certificate (codice
   * fiscale, card id, serial), but generating a key per card would cost the two cores minutes.
   */
  static List<KeyPair> keyPairs(int n) throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    List<KeyPair> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(g.generateKeyPair());
    }
    return out;
  }

  static IssuedCredential card(String cf, KeyPair keys) {
    return TestPki.cnsCa().issueCard(TestPki.profile(cf), keys);
  }

  static PreparedCard prepared(IssuedCredential card) throws Exception {
    byte[] der = card.certificate().getEncoded();
    return new PreparedCard() {
      @Override
      public byte[] certificate() {
        return der;
      }

      @Override
      public byte[] sign(byte[] challenge) {
        return CardProofs.sign(challenge, card.privateKey(), card.certificate());
      }
    };
  }

  /** Enrolls the card's holder through the partner API (how the bound people are made). */
  static void enroll(HttpConnection c, PreparedCard card) throws Exception {
    String challenge =
        Soap.ok(c.post(Scenarios.PARTNER_ENDPOINT, Soap.HEADERS, Soap.requestChallenge()));
    Soap.ok(
        c.post(
            Scenarios.PARTNER_ENDPOINT,
            Soap.HEADERS,
            Soap.cardOperation(
                "enrollFisconline",
                "bench-setup-" + UUID.randomUUID(),
                card.certificate(),
                Soap.element(challenge, "challengeId"),
                card.sign(Base64.getDecoder().decode(Soap.element(challenge, "challenge"))))));
  }
}
