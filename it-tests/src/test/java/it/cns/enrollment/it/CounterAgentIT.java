package it.cns.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.icegreen.greenmail.util.GreenMail;
import it.cns.enrollment.devpki.CertificateAuthority;
import it.cns.enrollment.devpki.DevPki;
import it.cns.enrollment.devpki.IssuedCredential;
import it.cns.enrollment.domain.activation.ActivationCase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The counter agent (issue #18 item 4) as an operator runs it, on the real server: a TS-CNS
 * activated through the intranet wizard, then the agent's jar in a JVM of its own (as shipped),
 * with a workstation certificate on the partner listener and a SoftHSM2 token standing in for the
 * card (label = card number, a transport PIN and SO PIN). Afterwards the token opens with the
 * issued PIN and not the old one, its SO PIN is the issued PUK; a second fetch is refused; a token
 * of another card, a workstation not registered, one of another counter office and a certificate
 * the listener does not trust are refused before anything is written, and the codes stay waiting.
 * The token is checked with OpenSC's pkcs11-tool, not with the agent's own code.
 */
class CounterAgentIT extends DeployedApplication {

  private static final String TRANSPORT_PIN = "123456";
  private static final String TRANSPORT_SO_PIN = "87654321";

  @TempDir Path files;
  private GreenMail smtp;
  private Counter.Desk desk;

  @BeforeEach
  void counterAndMail() throws Exception {
    assumeTrue(
        SoftHsm.installed(), "SoftHSM2 and OpenSC are not installed (.ci/run installs them)");
    smtp = Counter.smtp();
    desk = Counter.newDesk();
  }

  @AfterEach
  void stopMail() {
    if (smtp != null) {
      smtp.stop();
    }
  }

  /** An activation at the desk: the card number and the whole PIN and PUK the holder got. */
  private record Activated(String card, String holder, String pin, String puk) {}

  private Activated activate() throws Exception {
    Counter.Request r = Counter.request(ActivationCase.HOLDER);
    Map<String, String> first;
    try (Browser browser = desk.browser()) {
      HtmlPage outcome = Counter.activate(browser, r);
      assertThat(outcome.getUrl().getPath()).isEqualTo(Counter.OUTCOME);
      first = Counter.firstHalves(outcome);
    }
    Map<String, String> second = Counter.secondHalves(Counter.awaitMail(smtp, r.email(), 1));
    // SecretsScanIT, last, looks for them in the server's logs and database dump.
    ShownSecrets.record(
        ShownSecrets.Kind.PIN, first.get("PIN") + second.get("PIN"), "CounterAgentIT's card");
    ShownSecrets.record(
        ShownSecrets.Kind.PUK, first.get("PUK") + second.get("PUK"), "CounterAgentIT's card");
    return new Activated(
        r.cardId(),
        r.holderCf(),
        first.get("PIN") + second.get("PIN"),
        first.get("PUK") + second.get("PUK"));
  }

  @Test
  void theAgentSetsTheIssuedPinAndPukOnTheCardOnceAndTheOldPinNoLongerOpensIt() throws Exception {
    Activated a = activate();
    assertThat(TestDatabase.cardCodesWaiting(a.card())).isEqualTo(1);
    Path token = token("card", a.card());
    Path workstation = workstation(desk.officeId(), true);

    Run run = agent(workstation, token, a.card());

    assertThat(run.exit).as(run.err).isZero();
    assertThat(run.out).contains("PIN e PUK impostati", "PIN and PUK set");
    assertThat(run.out + run.err).doesNotContain(a.pin()).doesNotContain(a.puk());
    assertThat(opens(token, a.card(), a.pin())).as("the issued PIN opens the card").isTrue();
    assertThat(opens(token, a.card(), TRANSPORT_PIN)).as("the old PIN").isFalse();
    assertThat(TestDatabase.cardCodesWaiting(a.card())).as("erased once fetched").isZero();

    // Once: a second run (the card's PUK is now the issued one) gets nothing.
    Run again = agent(workstation, token, a.card(), a.puk());
    assertThat(again.exit).as(again.err).isEqualTo(3);
    assertThat(again.err).contains("CARD_CODES_GONE");
    assertThat(opens(token, a.card(), a.pin())).isTrue();
    // The PUK is the card's SO PIN now, the transport one no longer (last: this resets the PIN).
    assertThat(securityOfficerResetsThePin(token, a.card(), TRANSPORT_SO_PIN)).isFalse();
    assertThat(securityOfficerResetsThePin(token, a.card(), a.puk())).as("the PUK").isTrue();
    assertThat(Counter.audit(a.holder(), "CARD_CODES_FETCH"))
        .containsExactly("OK", "CARD_CODES_GONE");
    assertThat(Counter.auditDetails(a.holder(), "CARD_CODES_FETCH").get(0))
        .contains("workstation=PC " + desk.officeId())
        .doesNotContain(a.pin())
        .doesNotContain(a.puk());
  }

  @Test
  void aTokenOfAnotherCardIsRefusedBeforeAnythingIsFetchedOrWritten() throws Exception {
    Activated a = activate();
    Path other = token("other", "CARTA DIVERSA");
    Path workstation = workstation(desk.officeId(), true);

    Run refused = agent(workstation, other, a.card());

    assertThat(refused.exit).isEqualTo(5);
    assertThat(refused.err).contains("non è la carta " + a.card(), "is not card " + a.card());
    assertThat(opens(other, label(other), TRANSPORT_PIN)).as("nothing written").isTrue();
    assertThat(TestDatabase.cardCodesWaiting(a.card())).as("nothing fetched").isEqualTo(1);
    assertThat(Counter.audit(a.holder(), "CARD_CODES_FETCH")).isEmpty();

    // The right card afterwards still gets its codes.
    Path right = token("right", a.card());
    assertThat(agent(workstation, right, a.card()).exit).isZero();
    assertThat(opens(right, a.card(), a.pin())).isTrue();
  }

  @Test
  void aWorkstationNotRegisteredOfAnotherOfficeOrUntrustedGetsNothing() throws Exception {
    Activated a = activate();
    Path token = token("card", a.card());
    long otherOffice = TestOperators.counterOffice("Sportello altro", true);

    Run unregistered = agent(workstation(desk.officeId(), false), token, a.card());
    Run otherCounter = agent(workstation(otherOffice, true), token, a.card());
    Path stranger = files.resolve("stranger.p12");
    CertificateAuthority.newRoot("Agent Stranger CA", "Stranger")
        .issuePartner("PC stranger", "Stranger")
        .writePkcs12(stranger, "workstation", ItEnvironment.pkiPassword());
    Run untrusted = agent(stranger, token, a.card());

    assertThat(unregistered.exit).isEqualTo(3);
    assertThat(unregistered.err).contains("WORKSTATION_NOT_REGISTERED");
    assertThat(otherCounter.exit).isEqualTo(3);
    assertThat(otherCounter.err).contains("WORKSTATION_OTHER_COUNTER");
    assertThat(untrusted.exit).as(untrusted.err).isEqualTo(4);
    assertThat(opens(token, a.card(), TRANSPORT_PIN)).as("nothing written").isTrue();
    assertThat(TestDatabase.cardCodesWaiting(a.card())).as("still waiting").isEqualTo(1);
    assertThat(Counter.audit(a.holder(), "CARD_CODES_FETCH"))
        .containsExactly("WORKSTATION_OTHER_COUNTER");
  }

  /** A workstation's certificate from the partner CA, which the partner listener trusts. */
  private Path workstation(long office, boolean register) {
    String label = "PC " + office;
    IssuedCredential ws =
        TestPki.partnerCa().issuePartner(label + " " + TestOperators.uniqueSuffix(), "ULSS");
    if (register) {
      TestDatabase.registerWorkstation(office, ws.certificate(), label);
    }
    Path file = files.resolve("ws-" + TestOperators.uniqueSuffix() + ".p12");
    ws.writePkcs12(file, "workstation", ItEnvironment.pkiPassword());
    return file;
  }

  /**
   * A fresh SoftHSM2 token labelled {@code label} (the card number as the middleware reads it) with
   * the transport PIN and SO PIN; returns its SoftHSM2 configuration.
   */
  private Path token(String name, String label) throws IOException {
    Path dir = Files.createDirectories(files.resolve("token-" + name));
    Path tokens = Files.createDirectories(dir.resolve("tokens"));
    Path conf = dir.resolve("softhsm2.conf");
    Files.writeString(
        conf,
        "directories.tokendir = "
            + tokens
            + "\nobjectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n",
        StandardCharsets.UTF_8);
    int exit =
        tool(
            conf,
            SoftHsm.SOFTHSM2_UTIL.toString(),
            "--init-token",
            "--free",
            "--label",
            label,
            "--pin",
            TRANSPORT_PIN,
            "--so-pin",
            TRANSPORT_SO_PIN);
    assertThat(exit).as("softhsm2-util --init-token").isZero();
    Files.writeString(dir.resolve("label"), label, StandardCharsets.UTF_8);
    return conf;
  }

  private static String label(Path conf) throws IOException {
    return Files.readString(conf.resolveSibling("label"), StandardCharsets.UTF_8);
  }

  /** Whether the token logs the user in with this PIN (OpenSC's pkcs11-tool). */
  private static boolean opens(Path conf, String label, String pin) throws IOException {
    return pkcs11Tool(conf, label, "--pin", pin, "--list-objects");
  }

  /**
   * Whether the token logs the security officer in with this SO PIN: pkcs11-tool logs the SO in
   * only for a write, so this sets a new user PIN when it succeeds (the way a PUK unblocks a card).
   */
  private static boolean securityOfficerResetsThePin(Path conf, String label, String soPin)
      throws IOException {
    return pkcs11Tool(
        conf,
        label,
        "--login-type",
        "so",
        "--so-pin",
        soPin,
        "--init-pin",
        "--new-pin",
        "55555555");
  }

  /** Whether OpenSC's pkcs11-tool, logged in to the token {@code label}, does {@code what}. */
  private static boolean pkcs11Tool(Path conf, String label, String... what) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                SoftHsm.PKCS11_TOOL.toString(),
                "--module",
                SoftHsm.LIBRARY.toString(),
                "--token-label",
                label,
                "--login"));
    command.addAll(List.of(what));
    return tool(conf, command.toArray(String[]::new)) == 0;
  }

  private static int tool(Path conf, String... command) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(conf.getParent().toFile()).redirectErrorStream(true);
    builder.environment().put("SOFTHSM2_CONF", conf.toString());
    Process process = builder.start();
    try {
      process.getInputStream().readAllBytes();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException(command[0] + " did not finish");
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new IOException(command[0] + " interrupted", e);
    }
  }

  private record Run(int exit, String out, String err) {}

  private Run agent(Path workstation, Path token, String card) throws Exception {
    return agent(workstation, token, card, TRANSPORT_SO_PIN);
  }

  /**
   * Runs the agent's jar in a JVM of its own, as docs/counter.md tells the operator, with the
   * token's SoftHSM2 configuration in its environment and the card's current SO PIN.
   */
  private Run agent(Path workstation, Path token, String card, String soPin) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(ItEnvironment.property("it.counter.agent"));
    command.addAll(
        List.of(
            "--url",
            "https://localhost:" + ItEnvironment.partnerPort(),
            "--workstation",
            workstation.toString(),
            "--truststore",
            ItEnvironment.pkiDir().resolve(DevPki.SERVER_TRUST_P12).toString(),
            "--library",
            SoftHsm.LIBRARY.toString(),
            "--card",
            card));
    Path out = Files.createTempFile(files, "agent", ".out");
    Path err = Files.createTempFile(files, "agent", ".err");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    String password = new String(ItEnvironment.pkiPassword());
    builder.environment().put("CNS_WORKSTATION_PASSWORD", password);
    builder.environment().put("CNS_TRUSTSTORE_PASSWORD", password);
    builder.environment().put("CNS_CARD_SO_PIN", soPin);
    builder.environment().put("SOFTHSM2_CONF", token.toString());
    Process process = builder.start();
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("the agent did not finish: " + command);
    }
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
