package it.cns.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import it.cns.enrollment.devpki.DevPki;
import it.cns.enrollment.devpki.IssuedCredential;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The partner client kit as an integrator runs it: {@code java -jar cns-partner-client.jar} from
 * the unpacked {@code ws-contracts-…-client-kit.zip}, in its own JVM, against the real server. It
 * enrolls a citizen with signed messages (challenge, the card's CMS signature, enrollFisconline)
 * and reads the status on both ports, verifying each signed answer; binds a card unsigned for a
 * partner that need not sign; and ends with the fault code, or a failure, when the call is refused.
 */
class PartnerClientKitIT extends DeployedApplication {

  private static final String SIGNING = "Kit Signing Partner";
  private static final String UNSIGNED = "Kit Unsigned Partner";

  @TempDir static Path files;
  private static Path signingKey;
  private static Path unsignedKey;

  @BeforeAll
  static void registerThePartners() {
    IssuedCredential signing = TestPki.partnerCa().issuePartner(SIGNING, "ASL Kit Firmataria");
    IssuedCredential unsigned = TestPki.partnerCa().issuePartner(UNSIGNED, "ASL Kit");
    TestDatabase.registerPartner(SIGNING, signing.certificate());
    TestDatabase.registerPartner(UNSIGNED, unsigned.certificate());
    TestDatabase.requireSignature(SIGNING);
    signingKey = files.resolve("signing-partner.p12");
    unsignedKey = files.resolve("unsigned-partner.p12");
    signing.writePkcs12(signingKey, "partner", ItEnvironment.pkiPassword());
    unsigned.writePkcs12(unsignedKey, "partner", ItEnvironment.pkiPassword());
  }

  @Test
  void enrollsACitizenWithSignedMessagesAndReadsTheStatusOnBothPorts() throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    Path card = cardOf(cf);

    Run before = kit(signingKey, PartnerSoapIT.ENDPOINT, "--sign", "status", cf);
    Run enrolled = kit(signingKey, PartnerSoapIT.ENDPOINT, "--sign", "enroll", "--card", card);
    Run after = kit(signingKey, PartnerSoap12IT.ENDPOINT_12, "--soap12", "--sign", "status", cf);

    assertThat(before.exit).as(before.err).isZero();
    assertThat(before.out)
        .contains("state: NOT_ENABLED")
        .containsPattern("answer signature verified, signed by .*CN=localhost");
    assertThat(enrolled.exit).as(enrolled.err).isZero();
    assertThat(enrolled.out)
        .containsPattern("(?m)^pin: [0-9]{10}$")
        .containsPattern("(?m)^password: \\S+$")
        .contains("binding: " + cf + " FISCONLINE")
        .contains("answer signature verified")
        .contains("signed by the card for enrollFisconline of " + cf);
    assertThat(TestDatabase.accountType(cf)).isEqualTo("FISCONLINE");
    assertThat(TestDatabase.bindingCount(cf)).isEqualTo(1);
    // The kit signs the contract 1.3 text: no record of an unbound (1.2) proof.
    assertThat(TestDatabase.auditOutcomes(cf, "CARD_PROOF")).isEmpty();
    assertThat(after.exit).as(after.err).isZero();
    assertThat(after.out).contains("state: FISCONLINE", "boundCards: 1", "signed by");
  }

  @Test
  void bindsAnEnabledCitizensCardUnsignedForAPartnerThatNeedNotSign() throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    TestDatabase.enableFisconline(cf);

    Run bound =
        kit(
            unsignedKey,
            PartnerSoapIT.ENDPOINT,
            "bind",
            "--card",
            cardOf(cf),
            "--request-id",
            "kit-bind-" + cf);
    Run bindings = kit(unsignedKey, PartnerSoapIT.ENDPOINT, "bindings", cf);

    assertThat(bound.exit).as(bound.err).isZero();
    assertThat(bound.out)
        .contains("binding: " + cf + " FISCONLINE")
        .doesNotContain("answer signature verified");
    assertThat(bindings.out).contains("binding: " + cf + " FISCONLINE");
    assertThat(TestDatabase.bindingCount(cf)).isEqualTo(1);
  }

  /**
   * The kit's PKCS#11 path, as an integrator with a real card reader would use it: the card's key
   * lives on a SoftHSM2 token (written there once, then only the token signs), the kit reads it
   * through SunPKCS11 with the PIN from {@code CNS_CARD_PIN}; a wrong PIN stops it before any call.
   */
  @Test
  void enrollsACitizenWhoseCardProofIsSignedByAPkcs11Token() throws Exception {
    assumeTrue(
        SoftHsm.installed(), "SoftHSM2 and OpenSC are not installed (.ci/run installs them)");
    String cf = TestPeople.newCodiceFiscale();
    SoftHsm.Token token =
        SoftHsm.onDisk(files.resolve("token-" + cf), TestPki.card(cf), "123456", "87654321");
    String conf = token.softhsmConf().toString();

    Run wrongPin =
        kit(
            Map.of("SOFTHSM2_CONF", conf, "CNS_CARD_PIN", "000000"),
            signingKey,
            ItEnvironment.pkiDir().resolve(DevPki.SERVER_TRUST_P12),
            PartnerSoapIT.ENDPOINT,
            "--sign",
            "enroll",
            "--card-pkcs11",
            token.pkcs11Config());
    Run enrolled =
        kit(
            Map.of("SOFTHSM2_CONF", conf, "CNS_CARD_PIN", "123456"),
            signingKey,
            ItEnvironment.pkiDir().resolve(DevPki.SERVER_TRUST_P12),
            PartnerSoapIT.ENDPOINT,
            "--sign",
            "enroll",
            "--card-pkcs11",
            token.pkcs11Config());

    assertThat(wrongPin.exit).as(wrongPin.out).isEqualTo(4);
    assertThat(wrongPin.err).contains("CKR_PIN_INCORRECT");
    assertThat(enrolled.exit).as(enrolled.err).isZero();
    assertThat(enrolled.out)
        .contains("signed by the card")
        .containsPattern("(?m)^pin: [0-9]{10}$")
        .contains("binding: " + cf + " FISCONLINE")
        .contains("answer signature verified");
    assertThat(TestDatabase.accountType(cf)).isEqualTo("FISCONLINE");
    assertThat(TestDatabase.bindingCount(cf)).isEqualTo(1);
  }

  @Test
  void anUnsignedCallOfAPartnerThatMustSignEndsWithItsFaultCode() throws Exception {
    Run refused = kit(signingKey, PartnerSoapIT.ENDPOINT, "status", TestPeople.newCodiceFiscale());

    assertThat(refused.exit).isEqualTo(3);
    assertThat(refused.err).contains("enrollmentFault SIGNATURE_REQUIRED");
  }

  @Test
  void aServerTheTrustStoreDoesNotKnowFailsTheCallBeforeAnythingIsSent() throws Exception {
    // The partner trust store holds the partner CA, not the server's: TLS refuses the server.
    Run refused =
        kit(
            signingKey,
            ItEnvironment.pkiDir().resolve(DevPki.PARTNER_TRUST_P12),
            PartnerSoapIT.ENDPOINT,
            "--sign",
            "status",
            TestPeople.newCodiceFiscale());

    assertThat(refused.exit).isEqualTo(4);
    assertThat(refused.err).containsPattern("(?m)^call failed: .*SSLHandshakeException");
  }

  @Test
  void wrongUsageIsExplainedWithoutCallingAnything() throws Exception {
    Run refused = kit(signingKey, PartnerSoapIT.ENDPOINT, "enroll");

    assertThat(refused.exit).isEqualTo(2);
    assertThat(refused.err).contains("enroll needs one of --card or --card-pkcs11", "usage:");
  }

  private static Path cardOf(String cf) {
    Path card = files.resolve(cf + ".p12");
    TestPki.card(cf).writePkcs12(card, DevPki.CARD_ALIAS, ItEnvironment.pkiPassword());
    return card;
  }

  private record Run(int exit, String out, String err) {}

  private static Run kit(Path key, String endpoint, Object... args) throws Exception {
    return kit(key, ItEnvironment.pkiDir().resolve(DevPki.SERVER_TRUST_P12), endpoint, args);
  }

  private static Run kit(Path key, Path trust, String endpoint, Object... args) throws Exception {
    return kit(Map.of(), key, trust, endpoint, args);
  }

  /**
   * Runs the kit's jar in a JVM of its own, as documented in docs/partner-api.md, with {@code
   * environment} added to the passwords.
   */
  private static Run kit(
      Map<String, String> environment, Path key, Path trust, String endpoint, Object... args)
      throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(ItEnvironment.property("it.client.kit"));
    command.addAll(
        List.of(
            "--url", ItEnvironment.partnerUrl(endpoint),
            "--keystore", key.toString(),
            "--truststore", trust.toString()));
    for (Object arg : args) {
      command.add(arg.toString());
    }
    Path out = Files.createTempFile(files, "kit", ".out");
    Path err = Files.createTempFile(files, "kit", ".err");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    String password = new String(ItEnvironment.pkiPassword());
    builder.environment().put("CNS_KEYSTORE_PASSWORD", password);
    builder.environment().put("CNS_TRUSTSTORE_PASSWORD", password);
    builder.environment().put("CNS_CARD_PASSWORD", password);
    builder.environment().putAll(environment);
    Process process = builder.start();
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("the kit did not finish: " + command);
    }
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
