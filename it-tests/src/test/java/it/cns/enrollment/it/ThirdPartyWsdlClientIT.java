package it.cns.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import it.cns.enrollment.devpki.DevPki;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #17's check from outside: a third-party SOAP client that knows only the WSDL (python3-zeep,
 * not our generated classes nor CXF) calls the unsigned profile for a partner that does not require
 * signing, on both ports, and reads a typed fault. Skipped where python3-zeep is missing (.ci/run
 * installs it).
 */
class ThirdPartyWsdlClientIT extends DeployedApplication {

  @TempDir static Path work;

  @BeforeAll
  static void theDemoPartnerNeedNotSign() throws Exception {
    TestDatabase.registerPartner("Demo ASL Partner", TestPki.demoPartnerCertificate());
  }

  @Test
  void aClientThatKnowsOnlyTheWsdlCallsTheUnsignedProfileOnBothPorts() throws Exception {
    String python = pythonWithZeep();
    assumeTrue(python != null, "python3-zeep is not installed");
    String cf = TestPeople.newCodiceFiscale();
    Path pki = ItEnvironment.pkiDir();

    Run zeep =
        run(
            python,
            Path.of("src/test/python/wsdl_only_client.py").toAbsolutePath().toString(),
            ItEnvironment.partnerUrl(PartnerSoapIT.ENDPOINT),
            pki.resolve(DevPki.DEMO_PARTNER + ".crt.pem").toString(),
            pki.resolve(DevPki.DEMO_PARTNER + ".key.pem").toString(),
            pki.resolve(DevPki.SERVER_CA_CERT).toString(),
            cf);

    assertThat(zeep.exit).as(zeep.err).isZero();
    assertThat(zeep.out)
        .contains("PartnerEnrollmentPort state=NOT_ENABLED boundCards=0")
        .contains("PartnerEnrollmentSoap12Port state=NOT_ENABLED boundCards=0")
        .containsPattern("fault .*Client INVALID_REQUEST");
  }

  /**
   * The interpreter that has zeep: Debian's package installs it for the system's python3, which a
   * python3 earlier on the PATH (pyenv, a virtualenv) may hide.
   */
  private static String pythonWithZeep() throws Exception {
    for (String python : List.of("python3", "/usr/bin/python3")) {
      try {
        if (run(python, "-c", "import zeep").exit == 0) {
          return python;
        }
      } catch (java.io.IOException noSuchInterpreter) {
        // try the next one
      }
    }
    return null;
  }

  private record Run(int exit, String out, String err) {}

  private static Run run(String... command) throws Exception {
    Path out = Files.createTempFile(work, "zeep", ".out");
    Path err = Files.createTempFile(work, "zeep", ".err");
    Process process =
        new ProcessBuilder(List.of(command))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("did not finish: " + List.of(command));
    }
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
