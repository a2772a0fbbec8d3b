package it.cns.enrollment.infrastructure.pki.validation;

import static it.cns.enrollment.infrastructure.pki.validation.TestPki.CA;
import static it.cns.enrollment.infrastructure.pki.validation.TestPki.FOREIGN;
import static it.cns.enrollment.infrastructure.pki.validation.TestPki.ROOT;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrustAnchorLoaderTest {

  // Copied into the test resources with their source and licence (real-italian-ca/README.md).
  private static Path realItalianCas() throws Exception {
    return Path.of(TrustAnchorLoaderTest.class.getResource("/real-italian-ca").toURI());
  }

  private final TrustAnchorLoader loader = new TrustAnchorLoader(TestPki.systemClock());

  private static String pem(X509Certificate... certificates) throws Exception {
    StringBuilder out = new StringBuilder("# a comment some tools write before the block\n");
    for (X509Certificate c : certificates) {
      out.append("-----BEGIN CERTIFICATE-----\n")
          .append(Base64.getMimeEncoder(64, "\n".getBytes(US_ASCII)).encodeToString(c.getEncoded()))
          .append("\n-----END CERTIFICATE-----\n");
    }
    return out.toString();
  }

  @Test
  void loadsRootsAsAnchorsAndSubCasAsIntermediatesFromPemAndDerFiles(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("regione-test.pem"), pem(CA.certificate(), ROOT.certificate()));
    Files.write(dir.resolve("estero.der"), FOREIGN.certificate().getEncoded());

    TrustAnchors anchors = loader.fromDirectory(dir);

    assertThat(anchors.anchorCertificates())
        .containsExactlyInAnyOrder(ROOT.certificate(), FOREIGN.certificate());
    assertThat(anchors.intermediates()).containsExactly(CA.certificate());
    assertThat(anchors.warnings()).isEmpty();
    assertThat(anchors.source()).contains(dir.toString());
  }

  @Test
  void skipsAnUnreadableFileAndAnEndEntityWithAWarning(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("root.crt"), pem(ROOT.certificate()));
    Files.writeString(
        dir.resolve("broken.pem"),
        "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");
    Files.write(dir.resolve("random.cer"), new byte[] {0x30, 0x03, 1, 2, 3});
    Files.writeString(dir.resolve("card.pem"), pem(TestPki.card(TestPki.profile())));
    Files.writeString(dir.resolve("notes.txt"), "ignored: not a certificate extension");

    TrustAnchors anchors = loader.fromDirectory(dir);

    assertThat(anchors.anchorCertificates()).containsExactly(ROOT.certificate());
    assertThat(anchors.warnings())
        .hasSize(3)
        .anyMatch(w -> w.contains("broken.pem"))
        .anyMatch(w -> w.contains("random.cer"))
        .anyMatch(w -> w.contains("card.pem") && w.contains("not a CA"));
  }

  @Test
  void warnsAboutAnIntermediateWhoseRootIsMissing(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("ca.pem"), pem(CA.certificate()));
    Files.writeString(dir.resolve("estero.pem"), pem(FOREIGN.certificate()));

    assertThat(loader.fromDirectory(dir).warnings())
        .singleElement()
        .asString()
        .contains("has no issuer");
  }

  @Test
  void failsOnAMissingDirectoryOrOneWithoutAnyRoot(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> loader.fromDirectory(dir.resolve("absent")))
        .isInstanceOf(TrustAnchorLoadException.class);
    Files.writeString(dir.resolve("ca.pem"), pem(CA.certificate()));
    assertThatThrownBy(() -> loader.fromDirectory(dir))
        .isInstanceOf(TrustAnchorLoadException.class);
  }

  @Test
  void loadsTheRealItalianCaDirectory() throws Exception {
    TrustAnchors anchors = loader.fromDirectory(realItalianCas());

    assertThat(anchors.anchors()).hasSizeGreaterThan(300);
    assertThat(anchors.certificates())
        .extracting(c -> c.getSubjectX500Principal().getName())
        .anyMatch(n -> n.contains("CN=Actalis CA per Autenticazione CNS 2"))
        .anyMatch(n -> n.contains("CN=Ministero della Difesa - CA di Autenticazione CNS"));
    // The CIE issuing sub-CA sits beside its national root: an intermediate, not an anchor.
    assertThat(anchors.intermediates())
        .extracting(c -> c.getSubjectX500Principal().getName())
        .anyMatch(n -> n.contains("Issuing sub CA for the Italian Electronic Identity Card"));
  }

  @Test
  void mergesDirectoryAndTrustedListAnchorsWithoutDuplicates() {
    TrustAnchors a =
        TrustAnchors.of(
            List.of(ROOT.certificate()),
            List.of(CA.certificate()),
            "a",
            java.time.Instant.now(),
            List.of());
    TrustAnchors b =
        TrustAnchors.of(
            List.of(ROOT.certificate(), CA.certificate()),
            List.of(),
            "b",
            java.time.Instant.now(),
            List.of("w"));

    TrustAnchors merged = a.merge(b);

    assertThat(merged.anchorCertificates()).containsExactly(ROOT.certificate(), CA.certificate());
    assertThat(merged.intermediates()).isEmpty();
    assertThat(merged.warnings()).containsExactly("w");
    assertThat(merged.source()).isEqualTo("a + b");
  }
}
