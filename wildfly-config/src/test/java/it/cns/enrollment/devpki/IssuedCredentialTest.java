package it.cns.enrollment.devpki;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IssuedCredentialTest {

  private static final char[] PASSWORD = "s3cret".toCharArray();

  private static CertificateAuthority root;
  private static CertificateAuthority intermediate;
  private static IssuedCredential card;

  @BeforeAll
  static void issue() {
    root = CertificateAuthority.newRoot("Test Root CA", "Regione Test");
    intermediate = root.newIntermediate("Test Issuing CA", "Regione Test");
    card = intermediate.issueCard(CardProfile.forCodiceFiscale("RSSMRA80A01H501U"));
  }

  @Test
  void pkcs12RoundTripsThroughTheJdkKeyStore(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("card.p12");
    card.writePkcs12(file, "card", PASSWORD);

    KeyStore store = KeyStore.getInstance("PKCS12");
    try (var in = Files.newInputStream(file)) {
      store.load(in, PASSWORD);
    }
    assertThat(store.isKeyEntry("card")).isTrue();
    assertThat(store.getKey("card", PASSWORD)).isEqualTo(card.privateKey());
    Certificate[] chain = store.getCertificateChain("card");
    assertThat(chain).containsExactly(card.chain().toArray(Certificate[]::new));
    if (Pki.posix()) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-------");
    }
  }

  @Test
  void pemFilesAreReadableByBouncyCastle(@TempDir Path dir) throws Exception {
    Path crt = dir.resolve("card.crt.pem");
    Path key = dir.resolve("card.key.pem");
    card.writePem(crt, key);

    assertThat(Files.readString(key)).startsWith("-----BEGIN PRIVATE KEY-----");
    PrivateKey parsed;
    try (Reader reader = Files.newBufferedReader(key);
        PEMParser parser = new PEMParser(reader)) {
      Object object = parser.readObject();
      assertThat(object).isInstanceOf(PrivateKeyInfo.class);
      parsed = new JcaPEMKeyConverter().getPrivateKey((PrivateKeyInfo) object);
    }
    // Same key: a signature made with the parsed key verifies with the certificate.
    Signature signer = Signature.getInstance("SHA256withRSA");
    signer.initSign(parsed);
    signer.update(new byte[] {1, 2, 3});
    byte[] signature = signer.sign();
    Signature verifier = Signature.getInstance("SHA256withRSA");
    verifier.initVerify(card.certificate());
    verifier.update(new byte[] {1, 2, 3});
    assertThat(verifier.verify(signature)).isTrue();

    try (Reader reader = Files.newBufferedReader(crt);
        PEMParser parser = new PEMParser(reader)) {
      for (X509Certificate expected : card.chain()) {
        X509CertificateHolder holder = (X509CertificateHolder) parser.readObject();
        assertThat(holder.getEncoded()).isEqualTo(expected.getEncoded());
      }
      assertThat(parser.readObject()).isNull();
    }
  }

  @Test
  void toStringNeverShowsKeyMaterial() {
    assertThat(card.toString()).startsWith("IssuedCredential[").doesNotContain("exponent");
  }

  @Test
  void trustStoreHoldsTrustedCertificateEntries(@TempDir Path dir) {
    Path file = dir.resolve("trust.p12");
    TrustStores.write(file, java.util.Map.of("root", root.certificate()), PASSWORD);
    KeyStore store = TrustStores.load(file, PASSWORD);
    try {
      assertThat(store.isCertificateEntry("root")).isTrue();
      assertThat(store.getCertificate("root")).isEqualTo(root.certificate());
    } catch (java.security.KeyStoreException e) {
      throw new AssertionError(e);
    }
  }
}
