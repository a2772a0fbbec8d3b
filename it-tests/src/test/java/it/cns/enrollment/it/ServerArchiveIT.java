package it.cns.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.cns.enrollment.contract.partner.v1.RegistrationState;
import it.cns.enrollment.devpki.IssuedCredential;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSubmitInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Issue #13: the installable server archive ({@code ear/target/cns-enrollment-server-<version>
 * .tar.gz}) on a machine where {@code ./cns start} never ran. Unpacked with tar into a temporary
 * directory; its {@code cns.env} template filled in by the test (the IT's PostgreSQL and PKI, a
 * port offset of its own); started with the archive's own {@code standalone.sh} in an environment
 * holding nothing but what that file says, read as systemd's {@code EnvironmentFile=} reads it (no
 * variable of the test JVM leaks in); ready when {@code /health/ready} answers 200; a partner's
 * SOAP {@code registrationStatus} over mutual TLS, and a citizen's card bound and used to log in on
 * the smartcard listener; the first supervisor made with the archive's {@code cns-supervisor.sh}
 * and let into the intranet (to change the password first); stopped with SIGTERM as systemd stops
 * it, and no process of it left.
 *
 * <p>It runs beside the Arquillian server of the other ITs (same database, offset + 500), only in
 * its own failsafe execution ({@code -Pserver-archive}): it costs over two minutes here.
 */
@EnabledIfSystemProperty(named = "it.archive.execution", matches = "true")
class ServerArchiveIT {

  private static final Duration BOOT = Duration.ofMinutes(3);
  private static final Duration STOP = Duration.ofSeconds(60);
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final int offset = Integer.parseInt(ItEnvironment.property("it.port.offset")) + 500;
  private Path unpacked;
  private Process server;

  @Test
  void theUnpackedArchiveStartsFromItsEnvFileServesAPartnerAndACardAndStopsCleanly()
      throws Exception {
    Path archive = Path.of(ItEnvironment.property("it.server.archive"));
    assertThat(archive).as("built by the ear module").isRegularFile();
    unpacked = Files.createTempDirectory(Path.of("target"), "server-archive-").toAbsolutePath();
    run("tar", "-xzf", archive.toString(), "-C", unpacked.toString());
    Path root = onlyDirectoryIn(unpacked);
    Path wildfly = root.resolve("wildfly");

    assertThat(wildfly.resolve("standalone/deployments/cns-enrollment.ear")).isRegularFile();
    assertThat(root.resolve("cns-enrollment.service")).isRegularFile();
    assertThat(root.resolve("Containerfile")).isRegularFile();
    assertThat(root.resolve("pki")).as("no development PKI").doesNotExist();
    hardenedConfigurationsOnlyAndNoKeys(root, wildfly);

    Path envFile = root.resolve("cns.env");
    Files.writeString(envFile, filledIn(Files.readString(envFile)));
    Map<String, String> environment = readAsSystemd(envFile);
    assertThat(environment).containsEntry("CNS_PORT_OFFSET", String.valueOf(offset));

    ProcessBuilder start =
        new ProcessBuilder(wildfly.resolve("bin/standalone.sh").toString(), "-c", "standalone.xml");
    start.environment().clear(); // what the env file says, and what any shell has, nothing else
    start.environment().put("PATH", System.getenv("PATH"));
    if (System.getenv("JAVA_HOME") != null) {
      start.environment().put("JAVA_HOME", System.getenv("JAVA_HOME"));
    }
    start.environment().put("JAVA_OPTS", ItEnvironment.property("it.wildfly.java.opts"));
    start.environment().putAll(environment);
    start.redirectErrorStream(true);
    start.redirectOutput(unpacked.resolve("console.log").toFile());
    Instant started = Instant.now();
    server = start.start();

    int ready = awaitReadiness();
    assertThat(ready)
        .as("readiness of the archive's server; console:\n%s", console())
        .isEqualTo(200);
    System.out.println(
        "ServerArchiveIT: ready "
            + Duration.between(started, Instant.now()).toSeconds()
            + " s after standalone.sh");

    TestDatabase.registerPartner("Demo ASL Partner", TestPki.demoPartnerCertificate());
    var partner =
        PartnerClient.as(
            TestPki.demoPartner(), "https://localhost:" + (8445 + offset) + PartnerSoapIT.ENDPOINT);
    assertThat(partner.registrationStatus(TestPeople.newCodiceFiscale()).getState())
        .isEqualTo(RegistrationState.NOT_ENABLED);

    String cf = TestPeople.newCodiceFiscale();
    TestDatabase.enableFisconline(cf);
    IssuedCredential card = TestPki.card(cf);
    String smartcard = "https://localhost:" + (8444 + offset) + "/smartcard/";
    try (Browser browser = Browser.withCard(TestPki.keyStore(card))) {
      HtmlPage bound =
          browser
              .open(smartcard + "primo-accesso.xhtml")
              .<HtmlSubmitInput>getHtmlElementById("bind-form:bind")
              .click();
      assertThat(bound.getElementById("bound-cf").getTextContent().strip()).isEqualTo(cf);
    }
    try (Browser browser = Browser.withCard(TestPki.keyStore(card))) {
      browser
          .open(smartcard + "accedi.xhtml")
          .<HtmlSubmitInput>getHtmlElementById("accedi-form:accedi")
          .click();
    }
    assertThat(TestDatabase.auditOutcomes(cf, "SMARTCARD_LOGIN")).containsExactly("OK");

    theFirstSupervisorFromTheArchivesTool(root, envFile);

    stopAsSystemdDoes();
    assertThat(server.isAlive()).isFalse();
    assertThat(processesOf(unpacked)).as("processes left from the archive").isEmpty();
  }

  /**
   * The first supervisor as the runbook creates it on a host with no checkout: the archive's {@code
   * cns-supervisor.sh}, reading the same env file, prints the initial password once; it opens the
   * archive server's intranet, which asks for a new password first.
   */
  private void theFirstSupervisorFromTheArchivesTool(Path root, Path envFile) throws Exception {
    String username = "primo.sup" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    ProcessBuilder tool =
        new ProcessBuilder(
            root.resolve("cns-supervisor.sh").toString(),
            "--env-file",
            envFile.toString(),
            username,
            "Prima Supervisora");
    tool.environment().clear();
    tool.environment().put("PATH", System.getenv("PATH"));
    if (System.getenv("JAVA_HOME") != null) {
      tool.environment().put("JAVA_HOME", System.getenv("JAVA_HOME"));
    }
    tool.redirectErrorStream(true);
    Process run = tool.start();
    String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(run.waitFor(2, TimeUnit.MINUTES)).as("the tool ends").isTrue();
    Matcher shown = Pattern.compile(": initial password (\\S+) ").matcher(output);
    assertThat(run.exitValue()).as("exit status").isZero();
    assertThat(shown.find()).as("the password shown once").isTrue();
    String password = shown.group(1);
    ShownSecrets.record(ShownSecrets.Kind.INITIAL_PASSWORD, password, "cns-supervisor.sh");

    String intranet = "https://localhost:" + (8443 + offset) + "/intranet/";
    try (Browser browser = Browser.withoutCard()) {
      HtmlPage login = browser.open(intranet + "accesso.xhtml");
      HtmlForm form = login.getFormByName("login-form");
      form.getInputByName("login-form:username").setValue(username);
      form.getInputByName("login-form:password").setValue(password);
      HtmlPage next = login.<HtmlSubmitInput>getHtmlElementById("login-form:login").click();
      assertThat(next.getUrl().getPath()).isEqualTo("/intranet/cambio-password.xhtml");
    }
  }

  /**
   * Only the configurations provisioning hardened (one node, the cluster profile): none of the
   * dist's others with the H2 ExampleDS and its sa/sa account, no managed domain; and no key or
   * certificate store anywhere (those come from CNS_PKI_DIR on the host).
   */
  private static void hardenedConfigurationsOnlyAndNoKeys(Path root, Path wildfly)
      throws IOException {
    try (Stream<Path> files = Files.list(wildfly.resolve("standalone/configuration"))) {
      assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".xml")))
          .containsExactlyInAnyOrder("standalone.xml", "standalone-ha.xml");
    }
    for (String config : List.of("standalone.xml", "standalone-ha.xml")) {
      assertThat(Files.readString(wildfly.resolve("standalone/configuration/" + config)))
          .as(config)
          .doesNotContain("ExampleDS")
          .doesNotContain("<password>sa</password>");
    }
    assertThat(wildfly.resolve("domain")).as("no managed domain").doesNotExist();
    try (Stream<Path> files = Files.walk(root)) {
      assertThat(files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()))
          .as("no key or certificate store")
          .noneMatch(n -> n.matches("(?i).*\\.(p12|pfx|jks|jceks|keystore|pem|key|crt|cs)"));
    }
  }

  @AfterEach
  void cleanUp() throws Exception {
    if (server != null) {
      for (ProcessHandle p : processesOf(unpacked)) {
        p.destroyForcibly();
      }
      server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    if (unpacked != null) {
      deleteTree(unpacked);
    }
  }

  /** The template with the values an administrator fills in, appended (the last one counts). */
  private String filledIn(String template) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("CNS_PORT_OFFSET", String.valueOf(offset));
    values.put("CNS_DB_URL", ItEnvironment.dbUrl());
    values.put("CNS_DB_USER", "cns");
    values.put("CNS_DB_PASSWORD", ItEnvironment.dbPassword());
    // The schema owner the migrations run as (two database roles, docs/security.md): required.
    values.put("CNS_DB_MIGRATION_USER", "cns_owner");
    values.put("CNS_DB_MIGRATION_PASSWORD", ItEnvironment.dbOwnerPassword());
    values.put("CNS_PKI_DIR", ItEnvironment.pkiDir().toAbsolutePath().toString());
    values.put("CNS_PKI_PASSWORD", new String(ItEnvironment.pkiPassword()));
    values.put("CNS_OUTBOX_KEY", ItEnvironment.property("it.outbox.key"));
    values.put("CNS_HASH_PEPPER", ItEnvironment.property("it.hash.pepper"));
    StringBuilder filled = new StringBuilder(template).append("\n# filled in by ServerArchiveIT\n");
    values.forEach((k, v) -> filled.append(k).append('=').append(v).append('\n'));
    return filled.toString();
  }

  /**
   * KEY=VALUE lines as systemd's EnvironmentFile= reads them: blank lines and lines starting with #
   * or ; ignored, one pair of surrounding quotes removed, a later assignment replacing an earlier.
   */
  static Map<String, String> readAsSystemd(Path file) throws IOException {
    Map<String, String> env = new LinkedHashMap<>();
    for (String raw : Files.readAllLines(file)) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
        continue;
      }
      int eq = line.indexOf('=');
      if (eq <= 0) {
        throw new IllegalStateException("not KEY=VALUE in " + file + ": " + raw);
      }
      String value = line.substring(eq + 1).strip();
      if (value.length() >= 2
          && (value.startsWith("\"") && value.endsWith("\"")
              || value.startsWith("'") && value.endsWith("'"))) {
        value = value.substring(1, value.length() - 1);
      }
      env.put(line.substring(0, eq).strip(), value);
    }
    return env;
  }

  private int awaitReadiness() throws Exception {
    URI ready = URI.create("http://127.0.0.1:" + (9990 + offset) + "/health/ready");
    Instant deadline = Instant.now().plus(BOOT);
    int status = -1;
    while (Instant.now().isBefore(deadline) && server.isAlive()) {
      try {
        status =
            HTTP.send(
                    HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode();
        if (status == 200) {
          return status;
        }
      } catch (IOException notYetListening) {
        status = -1;
      }
      Thread.sleep(1000);
    }
    return status;
  }

  /** SIGTERM to WildFly's JVM and its start script (systemd signals the whole unit). */
  private void stopAsSystemdDoes() throws Exception {
    List<ProcessHandle> all = new ArrayList<>(server.descendants().toList());
    all.add(server.toHandle());
    all.forEach(ProcessHandle::destroy);
    for (ProcessHandle p : all) {
      p.onExit().get(STOP.toSeconds(), TimeUnit.SECONDS);
    }
    server.waitFor(STOP.toSeconds(), TimeUnit.SECONDS);
  }

  /** Every process whose command line names a path under {@code dir}. */
  private static List<ProcessHandle> processesOf(Path dir) {
    if (dir == null) {
      return List.of();
    }
    String path = dir.toString();
    return ProcessHandle.allProcesses()
        .filter(ProcessHandle::isAlive)
        .filter(p -> p.info().commandLine().map(c -> c.contains(path)).orElse(false))
        .toList();
  }

  private String console() {
    try {
      List<String> lines = Files.readAllLines(unpacked.resolve("console.log"));
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no console: " + e + ")";
    }
  }

  private static Path onlyDirectoryIn(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      List<Path> dirs = entries.filter(Files::isDirectory).toList();
      assertThat(dirs).as("the archive's one top directory").hasSize(1);
      return dirs.get(0);
    }
  }

  private static void run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).inheritIO().start();
    if (p.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " exited " + p.exitValue());
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
