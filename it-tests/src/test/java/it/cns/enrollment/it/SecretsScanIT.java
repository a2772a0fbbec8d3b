package it.cns.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue #15, secrets: after the other integration tests of the run (this class is ordered last,
 * {@link LastClassOrderer}), the server log, the access log and a {@code pg_dump} of the test
 * database are searched for every PIN, PUK, CIP, password and initial password the tests were shown
 * ({@link ShownSecrets}). None may be found. A finding names the kind of secret, who was shown it
 * and where it was found (file and line), never the secret itself.
 */
class SecretsScanIT extends DeployedApplication {

  @Test
  void noSecretTheTestsWereShownIsInTheLogsOrTheDatabase() throws Exception {
    List<ShownSecrets.Shown> shown = ShownSecrets.all();
    assumeFalse(
        shown.isEmpty(),
        "no secret was shown in this run (a class picked alone?): nothing to search for");

    List<String> findings = findings(shown);
    // The figures for RELIABILITY.md: how many of each kind were searched for (never the values).
    Map<ShownSecrets.Kind, Long> byKind = new java.util.TreeMap<>();
    shown.forEach(s -> byKind.merge(s.kind(), 1L, Long::sum));
    System.out.println("SecretsScanIT searched for " + byKind + ", found " + findings.size());

    assertThat(findings)
        .as("secrets the tests were shown, found (%d searched for)", shown.size())
        .isEmpty();
  }

  /**
   * The scan finds what it looks for: a canary "password" put in the access log through a request
   * path (as a leak would put it there) is found and reported by kind and place, without its value.
   */
  @Test
  void theScanFindsASecretThatReachedALog() throws Exception {
    String canary = "Canary" + Long.toString(System.nanoTime(), 36) + "x9Q";
    ShownSecrets.Shown leaked =
        new ShownSecrets.Shown(ShownSecrets.Kind.PASSWORD, canary, "the scan's own canary");
    RawHttps.request(null, ItEnvironment.publicPort(), "GET", "/" + canary);

    // The access log is written a moment after the answer.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    List<String> findings = findings(List.of(leaked));
    while (findings.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(500);
      findings = findings(List.of(leaked));
    }
    assertThat(findings)
        .hasSize(1)
        .allSatisfy(
            f ->
                assertThat(f)
                    .startsWith("PASSWORD shown to the scan's own canary: found in access_log")
                    .doesNotContain(canary));
  }

  /** Where each secret was found: kind, who was shown it, file and line. */
  private static List<String> findings(List<ShownSecrets.Shown> shown) throws Exception {
    List<String> findings = new ArrayList<>();
    Path logs = Path.of(ItEnvironment.property("it.wildfly.home"), "standalone", "log");
    List<Path> files;
    try (Stream<Path> all = Files.list(logs)) {
      files =
          all.filter(
                  p -> {
                    String n = p.getFileName().toString();
                    return n.startsWith("server.log") || n.startsWith("access_log");
                  })
              .sorted()
              .toList();
    }
    assertThat(files).as("server and access logs under %s", logs).isNotEmpty();
    for (Path f : files) {
      search(f.getFileName().toString(), read(f), shown, findings);
    }
    search("pg_dump of the test database", dump(), shown, findings);
    return findings;
  }

  /** Each secret, as a whole word (not inside a longer run of letters or digits). */
  private static void search(
      String source, String text, List<ShownSecrets.Shown> shown, List<String> findings) {
    String[] lines = text.split("\n", -1);
    for (ShownSecrets.Shown s : shown) {
      Pattern p =
          Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(s.value()) + "(?![A-Za-z0-9])");
      for (int i = 0; i < lines.length; i++) {
        if (p.matcher(lines[i]).find()) {
          findings.add(s + ": found in " + source + ", line " + (i + 1));
        }
      }
    }
  }

  private static String read(Path f) throws IOException {
    return new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
  }

  /** The whole test database as SQL, dumped as its owner. */
  private static String dump() throws Exception {
    java.net.URI db = java.net.URI.create(ItEnvironment.dbUrl().substring(5));
    Path versioned = Path.of("/usr/lib/postgresql/15/bin/pg_dump");
    String pgDump = Files.isExecutable(versioned) ? versioned.toString() : "pg_dump";
    Path out = Files.createTempFile("cns-secrets-scan", ".sql");
    try {
      ProcessBuilder pb =
          new ProcessBuilder(
                  pgDump,
                  "--host=" + db.getHost(),
                  "--port=" + db.getPort(),
                  "--username=cns_owner",
                  "--no-password",
                  "--file=" + out,
                  db.getPath().substring(1))
              .redirectErrorStream(true);
      pb.environment().putAll(Map.of("PGPASSWORD", ItEnvironment.dbOwnerPassword()));
      Process p = pb.start();
      String messages = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("pg_dump finished").isTrue();
      assertThat(p.exitValue()).as("pg_dump: %s", messages).isZero();
      String sql = read(out);
      assertThat(sql).as("the dump holds the audit trail").contains("audit_event");
      return sql;
    } finally {
      Files.deleteIfExists(out);
    }
  }
}
