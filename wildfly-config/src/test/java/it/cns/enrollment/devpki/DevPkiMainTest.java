package it.cns.enrollment.devpki;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevPkiMainTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(Map<String, String> env, String... args) {
    out.reset();
    err.reset();
    return DevPkiMain.run(
        args,
        env,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void writesACompleteSetAndIsIdempotent(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("pki");
    Path extra = Files.createDirectory(tmp.resolve("extra"));
    CertificateAuthority regional = CertificateAuthority.newRoot("Regione X - CA", "Regione X");
    Files.writeString(
        extra.resolve("regione-x.pem"), Pki.certificatesPem(List.of(regional.certificate())));
    Files.writeString(extra.resolve("broken.crt"), "not a certificate");
    Files.writeString(extra.resolve("ignored.txt"), "not even looked at");

    int status =
        run(
            Map.of(),
            dir.toString(),
            "--password",
            "changeit",
            "--extra-trust-dir",
            extra.toString());

    assertThat(status).as(err.toString()).isZero();
    for (String name : DevPki.files().keySet()) {
      assertThat(dir.resolve(name)).as(name).isRegularFile();
    }
    assertThat(err.toString()).contains("broken.crt").doesNotContain("ignored.txt");
    assertThat(out.toString()).contains(dir.toString()).contains("changeit");
    assertThat(Files.readAllLines(dir.resolve("pki.env")))
        .containsExactly("CNS_PKI_PASSWORD=changeit", "CNS_PKI_DIR=" + dir.toAbsolutePath());
    if (Pki.posix()) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)))
          .isEqualTo("rwx------");
      assertThat(
              PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("pki.env"))))
          .isEqualTo("rw-------");
    }

    char[] password = "changeit".toCharArray();
    KeyStore cnsTrust = TrustStores.load(dir.resolve("cns-trust.p12"), password);
    assertThat(Collections.list(cnsTrust.aliases()))
        .containsExactlyInAnyOrder("cns-ca", "extra-regione-x");
    assertThat(cnsTrust.getCertificate("extra-regione-x")).isEqualTo(regional.certificate());

    CertificateAuthority cnsCa = CertificateAuthority.load(dir.resolve("cns-ca.p12"), password);
    X509Certificate anchor = TrustStores.readCertificates(dir.resolve("cns-ca.crt.pem")).get(0);
    assertThat(cnsCa.certificate()).isEqualTo(anchor);
    assertThat(TestCertificates.commonName(anchor)).isEqualTo("CNS Enrollment DEV - CA Cittadini");

    KeyStore demo = TrustStores.load(dir.resolve("demo-card.p12"), password);
    X509Certificate demoCard = (X509Certificate) demo.getCertificate("card");
    assertThat(TestCertificates.commonName(demoCard)).startsWith("MSRNTN77H15C351X/");
    TestCertificates.validate(List.of(demoCard), anchor);

    KeyStore server = TrustStores.load(dir.resolve("server.p12"), password);
    X509Certificate serverCert = (X509Certificate) server.getCertificate("server");
    X509Certificate serverCa =
        TrustStores.readCertificates(dir.resolve("server-ca.crt.pem")).get(0);
    TestCertificates.validate(List.of(serverCert), serverCa);
    assertThat(serverCert.getPublicKey().getAlgorithm()).isEqualTo("RSA");
    X509Certificate serverEcCert = (X509Certificate) server.getCertificate("server-ec");
    assertThat(server.isKeyEntry("server-ec")).isTrue();
    assertThat(serverEcCert.getPublicKey().getAlgorithm()).isEqualTo("EC");
    TestCertificates.validate(List.of(serverEcCert), serverCa);
    assertThat(
            TrustStores.load(dir.resolve("server-trust.p12"), password).getCertificate("server-ca"))
        .isEqualTo(serverCa);

    KeyStore partner = TrustStores.load(dir.resolve("demo-partner.p12"), password);
    X509Certificate partnerCa =
        TrustStores.readCertificates(dir.resolve("partner-ca.crt.pem")).get(0);
    TestCertificates.validate(
        List.of((X509Certificate) partner.getCertificate("partner")), partnerCa);

    byte[] caBefore = Files.readAllBytes(dir.resolve("cns-ca.p12"));
    assertThat(run(Map.of(), dir.toString())).isZero();
    assertThat(out.toString()).startsWith("dev PKI already present in " + dir.toAbsolutePath());
    assertThat(Files.readAllBytes(dir.resolve("cns-ca.p12"))).isEqualTo(caBefore);

    // A later run with the trust folder picks up new issuers without touching any key.
    CertificateAuthority another = CertificateAuthority.newRoot("Regione Y - CA", "Regione Y");
    Files.writeString(
        extra.resolve("regione-y.cer"), Pki.certificatesPem(List.of(another.certificate())));
    assertThat(run(Map.of(), dir.toString(), "--extra-trust-dir", extra.toString())).isZero();
    assertThat(out.toString()).contains("refreshed cns-trust.p12");
    assertThat(Collections.list(TrustStores.load(dir.resolve("cns-trust.p12"), password).aliases()))
        .containsExactlyInAnyOrder("cns-ca", "extra-regione-x", "extra-regione-y");
    assertThat(Files.readAllBytes(dir.resolve("cns-ca.p12"))).isEqualTo(caBefore);
  }

  @Test
  void aDirectoryMadeBeforeTheEcKeyGetsOneAndKeepsItsRsaKey(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("pki");
    assertThat(run(Map.of(), dir.toString(), "--password", "changeit")).isZero();
    char[] password = "changeit".toCharArray();
    KeyStore before = TrustStores.load(dir.resolve("server.p12"), password);
    before.deleteEntry("server-ec");
    Pki.writeKeyStore(before, dir.resolve("server.p12"), password);
    X509Certificate rsa = (X509Certificate) before.getCertificate("server");

    assertThat(run(Map.of(), dir.toString())).isZero();

    assertThat(out.toString()).contains("added the EC server key");
    KeyStore after = TrustStores.load(dir.resolve("server.p12"), password);
    assertThat(after.getCertificate("server")).isEqualTo(rsa);
    assertThat(after.isKeyEntry("server-ec")).isTrue();
    assertThat(run(Map.of(), dir.toString())).isZero();
    assertThat(out.toString()).doesNotContain("added the EC server key");
  }

  @Test
  void passwordComesFromTheEnvironmentWhenNotGiven(@TempDir Path tmp) {
    Path dir = tmp.resolve("pki");
    assertThat(run(Map.of("CNS_PKI_PASSWORD", "fromEnv123"), dir.toString())).isZero();
    assertThat(DevPki.readEnv(dir)).containsEntry("CNS_PKI_PASSWORD", "fromEnv123");
    TrustStores.load(dir.resolve("partner-trust.p12"), "fromEnv123".toCharArray());
  }

  @Test
  void incompleteDirectoryIsRegenerated(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("pki");
    assertThat(run(Map.of(), dir.toString())).isZero();
    String password = DevPki.readEnv(dir).get("CNS_PKI_PASSWORD");
    assertThat(password).matches("[A-Za-z0-9]{24}");
    Files.delete(dir.resolve("demo-new-card.p12"));

    assertThat(run(Map.of(), dir.toString())).isZero();
    assertThat(out.toString()).startsWith("dev PKI written to");
    assertThat(DevPki.isComplete(dir)).isTrue();
  }

  @Test
  void badUsageIsReported(@TempDir Path tmp) {
    assertThat(run(Map.of())).isEqualTo(2);
    assertThat(err.toString()).contains("usage: DevPkiMain");
    assertThat(run(Map.of(), tmp.toString(), "--bogus")).isEqualTo(2);
    assertThat(run(Map.of(), tmp.toString(), "--password")).isEqualTo(2);
    assertThat(run(Map.of(), tmp.resolve("x").toString(), "--password", "a b$")).isEqualTo(2);
  }
}
