package it.cns.enrollment.infrastructure.pki.validation;

import static it.cns.enrollment.infrastructure.pki.validation.TestPki.CA;
import static it.cns.enrollment.infrastructure.pki.validation.TestPki.FOREIGN;
import static it.cns.enrollment.infrastructure.pki.validation.TestPki.ROOT;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.cns.enrollment.devpki.TrustedListWriter;
import it.cns.enrollment.infrastructure.pki.validation.TrustedListException.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trusted list is signed by {@link TestPki#ROOT}'s key (standing in for AgID's signer) and
 * lists {@link TestPki#CA} as a CNS issuer.
 */
class TrustedListReaderTest {

  private static final X509Certificate SIGNER = ROOT.certificate();
  private static final PrivateKey SIGNER_KEY = ROOT.privateKey();

  private final TrustAnchorLoader loader = new TrustAnchorLoader(TestPki.systemClock());

  private static TrustedListWriter list() {
    return TrustedListWriter.create()
        .withSequenceNumber(42)
        .addIdVService(CA.certificate())
        .addService(
            new TrustedListWriter.Service(
                "Firma SpA",
                "Qualified CA",
                TrustedListWriter.QUALIFIED_CA_SERVICE_TYPE,
                TrustedListWriter.GRANTED,
                FOREIGN.certificate()))
        .addService(
            new TrustedListWriter.Service(
                "Ritirata SpA",
                "Old CNS CA",
                TrustedListWriter.IDV_SERVICE_TYPE,
                TrustedListWriter.WITHDRAWN,
                FOREIGN.certificate()));
  }

  private Reason refusalOf(byte[] xml) {
    TrustedListException e =
        catchThrowableOfType(TrustedListException.class, () -> loader.fromTrustedList(xml, SIGNER));
    assertThat(e).as("refused").isNotNull();
    return e.reason();
  }

  private static byte[] replace(byte[] xml, String from, String to) {
    String text = new String(xml, UTF_8);
    assertThat(text).contains(from);
    return text.replace(from, to).getBytes(UTF_8);
  }

  @Test
  void takesTheCertificatesOfGrantedIdvServicesFromASignedList() {
    TrustAnchors anchors = loader.fromTrustedList(list().signed(SIGNER_KEY, SIGNER), SIGNER);

    assertThat(anchors.anchorCertificates()).containsExactly(CA.certificate());
    assertThat(anchors.source()).contains("IT").contains("#42");
    assertThat(anchors.warnings()).singleElement().asString().contains("withdrawn");
  }

  @Test
  void acceptsAReferenceToTheRootIdAsWellAsTheWholeDocument() {
    byte[] xml = list().signedByRootId(SIGNER_KEY, SIGNER);

    assertThat(loader.fromTrustedList(xml, SIGNER).anchorCertificates())
        .containsExactly(CA.certificate());
  }

  @Test
  void readsTheListFromAFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("TSL-IT.xml");
    Files.write(file, list().signed(SIGNER_KEY, SIGNER));

    assertThat(loader.fromTrustedList(file, SIGNER).anchors()).hasSize(1);
  }

  @Test
  void anchorsFromTheListValidateACardOfTheListedIssuer() {
    TrustAnchors anchors = loader.fromTrustedList(list().signed(SIGNER_KEY, SIGNER), SIGNER);
    CertificateValidator validator =
        new CertificateValidator(ValidationPolicy.defaults(), () -> anchors, TestPki.systemClock());

    ValidationResult result =
        validator.validate(
            TestPki.card(TestPki.profile()), List.of(), Instant.now(), RevocationMode.FAIL_OPEN);

    assertThat(result.trustAnchor()).isEqualTo(CA.certificate());
  }

  @Test
  void refusesAnUnsignedList() {
    assertThat(refusalOf(list().unsigned())).isEqualTo(Reason.UNSIGNED);
  }

  @Test
  void refusesAListWhoseCertificateWasChangedAfterSigning() throws Exception {
    byte[] xml = list().signed(SIGNER_KEY, SIGNER);
    String ca = Base64.getEncoder().encodeToString(CA.certificate().getEncoded());
    String changed = ca.substring(0, 100) + (ca.charAt(100) == 'A' ? 'B' : 'A') + ca.substring(101);

    assertThat(refusalOf(replace(xml, ca, changed))).isEqualTo(Reason.BAD_SIGNATURE);
  }

  @Test
  void refusesAListWhoseServiceTypeWasChangedAfterSigning() {
    byte[] xml = list().signed(SIGNER_KEY, SIGNER);

    byte[] tampered =
        replace(
            xml, TrustedListWriter.QUALIFIED_CA_SERVICE_TYPE, TrustedListWriter.IDV_SERVICE_TYPE);

    assertThat(refusalOf(tampered)).isEqualTo(Reason.BAD_SIGNATURE);
  }

  @Test
  void refusesAListSignedByAnotherKey() {
    // KeyInfo names another signer.
    assertThat(refusalOf(list().signed(FOREIGN.privateKey(), FOREIGN.certificate())))
        .isEqualTo(Reason.WRONG_SIGNER);
    // KeyInfo claims the configured signer, but the signature is another key's.
    assertThat(refusalOf(list().signed(FOREIGN.privateKey(), SIGNER)))
        .isEqualTo(Reason.WRONG_SIGNER);
  }

  @Test
  void refusesAListPastItsNextUpdateOrClosed() {
    byte[] expired =
        list().withNextUpdate(Instant.now().minus(Duration.ofDays(1))).signed(SIGNER_KEY, SIGNER);
    byte[] closed = list().withNextUpdate(null).signed(SIGNER_KEY, SIGNER);

    assertThat(refusalOf(expired)).isEqualTo(Reason.EXPIRED);
    assertThat(refusalOf(closed)).isEqualTo(Reason.EXPIRED);
  }

  @Test
  void acceptsALateListWithinAConfiguredGrace() {
    byte[] late =
        list().withNextUpdate(Instant.now().minus(Duration.ofHours(1))).signed(SIGNER_KEY, SIGNER);

    TrustedListReader.TrustedList read =
        new TrustedListReader(SIGNER, TestPki.systemClock(), Duration.ofDays(1)).read(late);

    assertThat(read.certificates()).containsExactly(CA.certificate());
  }

  @Test
  void refusesADoctypeSoNoEntityIsEverExpanded() {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
            + "<TrustServiceStatusList xmlns=\"http://uri.etsi.org/02231/v2#\">&e;"
            + "</TrustServiceStatusList>";

    assertThat(refusalOf(xxe.getBytes(UTF_8))).isEqualTo(Reason.MALFORMED);
  }

  @Test
  void refusesSomethingThatIsNotATrustedList() {
    assertThat(refusalOf("<html/>".getBytes(UTF_8))).isEqualTo(Reason.MALFORMED);
    assertThat(refusalOf("not xml".getBytes(UTF_8))).isEqualTo(Reason.MALFORMED);
  }
}
