package it.cns.enrollment.infrastructure.pki;

import static it.cns.enrollment.infrastructure.pki.TestCards.der;
import static it.cns.enrollment.infrastructure.pki.TestCards.derOf;
import static it.cns.enrollment.infrastructure.pki.TestCards.issue;
import static it.cns.enrollment.infrastructure.pki.TestCards.pem;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.cns.enrollment.devpki.CardProfile;
import it.cns.enrollment.domain.identity.CardId;
import it.cns.enrollment.domain.identity.CardKey;
import it.cns.enrollment.domain.identity.CertificateRefusal;
import it.cns.enrollment.domain.identity.CertificateRefusedException;
import it.cns.enrollment.domain.identity.CnsCertificate;
import it.cns.enrollment.domain.identity.CodiceFiscale;
import it.cns.enrollment.domain.identity.KeyUsageBit;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HexFormat;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CnsCertificateParserTest {

  private static final String CF = "MSRNTN77H15C351X";
  private static final String CARD = "6120016461039008";
  private static final String HASH = "i1ZpZfaCX/eKyikBfnF8to+M2T8=";

  private final CnsCertificateParser parser = new CnsCertificateParser();

  private static CardProfile antonio() {
    return CardProfile.forCodiceFiscale(CF).withCardId(CARD).withHash(HASH);
  }

  private CertificateRefusedException refusalOf(byte[] input) {
    return catchThrowableOfType(CertificateRefusedException.class, () -> parser.parse(input));
  }

  private CertificateRefusedException refusalOf(CardProfile profile) {
    return refusalOf(derOf(profile));
  }

  @Test
  void readsCodiceFiscaleAndCardIdFromACommonNameWhoseHashHasSlashAndPlus() {
    CnsCertificate c = parser.parse(derOf(antonio()));

    assertThat(c.commonName()).contains(CF + "/" + CARD + "." + HASH);
    assertThat(c.codiceFiscale()).isEqualTo(CodiceFiscale.parse(CF));
    assertThat(c.cardId()).contains(CardId.parse(CARD));
  }

  @Test
  void splitsOnTheFirstSlashOnlyWhenTheCommonNameHasSeveral() {
    String cn = CF + "/" + CARD + ".a/b/c+d/e=";

    CnsCertificate c = parser.parse(derOf(antonio().withSubjectCommonName(cn)));

    assertThat(c.codiceFiscale().value()).isEqualTo(CF);
    assertThat(c.cardId()).contains(CardId.parse(CARD));
    assertThat(c.commonName()).contains(cn);
  }

  @Test
  void readsEveryRandomCardOfTheDevelopmentPki() {
    for (int i = 0; i < 5; i++) {
      CardProfile profile = CardProfile.forCodiceFiscale("RSSMRA80A01H501U");

      CnsCertificate c = parser.parse(derOf(profile));

      assertThat(c.cardId()).map(CardId::value).contains(profile.cardId());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        CF + "/6120016461039000.hash", // Luhn fails
        CF + "/612001646103900.hash", // 15 digits
        CF + "//" + CARD + ".hash", // empty card id
        CF + "/" + CARD + "0", // 17 digits, no hash
        CF
      })
  void leavesTheCardIdAbsentWhenTheCommonNameHasNoValidOne(String cn) {
    X509Certificate certificate = issue(antonio().withSubjectCommonName(cn));

    CnsCertificate c = parser.parse(certificate);

    assertThat(c.codiceFiscale().value()).isEqualTo(CF);
    assertThat(c.cardId()).isEmpty();
    assertThat(c.cardKey())
        .isEqualTo(CardKey.ofCertificateSerial(c.issuerDn(), certificate.getSerialNumber()));
  }

  @Test
  void readsACardIdThatEndsTheCommonNameWithoutHash() {
    CnsCertificate c = parser.parse(derOf(antonio().withSubjectCommonName(CF + "/" + CARD)));

    assertThat(c.cardId()).contains(CardId.parse(CARD));
  }

  @ParameterizedTest
  @ValueSource(strings = {"IT:" + CF, "TINIT-" + CF, "tinit-" + CF, " IT: " + CF})
  void fallsBackToTheSerialNumberAttributeWhenTheCommonNameHasNoCodiceFiscale(String serial) {
    CardProfile profile =
        antonio().withSubjectCommonName("ANTONIO MASIERO").withSerialNumberAttribute(serial);

    CnsCertificate c = parser.parse(derOf(profile));

    assertThat(c.codiceFiscale().value()).isEqualTo(CF);
    assertThat(c.cardId()).isEmpty();
  }

  @Test
  void refusesAsUnreadableACommonNameWithoutCodiceFiscaleAndNoSerialNumber() {
    CertificateRefusedException e = refusalOf(antonio().withSubjectCommonName("ANTONIO MASIERO"));

    assertThat(e.refusal()).isEqualTo(CertificateRefusal.CF_UNREADABLE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "/", "MSRNTN77H15C351/" + CARD + ".x", "MSRNTN77H15C351XY/1.x"})
  void refusesAsUnreadableACommonNameWhoseHeadIsNotShapedLikeACodiceFiscale(String cn) {
    CertificateRefusedException e = refusalOf(antonio().withSubjectCommonName(cn));

    assertThat(e.refusal()).isEqualTo(CertificateRefusal.CF_UNREADABLE);
  }

  @Test
  void refusesAsUnreadableASerialNumberWithoutTheItOrTinitPrefix() {
    CardProfile profile =
        antonio().withSubjectCommonName("ANTONIO MASIERO").withSerialNumberAttribute(CF);

    assertThat(refusalOf(profile).refusal()).isEqualTo(CertificateRefusal.CF_UNREADABLE);
  }

  @Test
  void refusesAsInvalidACodiceFiscaleWithTheWrongCheckCharacter() {
    CertificateRefusedException e =
        refusalOf(antonio().withSubjectCommonName("MSRNTN77H15C351A/" + CARD + "." + HASH));

    assertThat(e.refusal()).isEqualTo(CertificateRefusal.CF_INVALID);
    assertThat(e.technicalDetail()).contains("CHECK_CHARACTER").doesNotContain("MSRNTN");
  }

  @Test
  void doesNotBypassAnInvalidCommonNameThroughTheSerialNumber() {
    CardProfile profile =
        antonio()
            .withSubjectCommonName("MSRNTN77H15C351A/" + CARD + "." + HASH)
            .withSerialNumberAttribute("IT:" + CF);

    assertThat(refusalOf(profile).refusal()).isEqualTo(CertificateRefusal.CF_INVALID);
  }

  @Test
  void refusesAsInvalidAnInvalidCodiceFiscaleInTheSerialNumber() {
    CardProfile profile =
        antonio()
            .withSubjectCommonName("ANTONIO MASIERO")
            .withSerialNumberAttribute("TINIT-MSRNTN77Z15C351X");

    CertificateRefusedException e = refusalOf(profile);

    assertThat(e.refusal()).isEqualTo(CertificateRefusal.CF_INVALID);
    assertThat(e.technicalDetail()).contains("serialNumber").contains("MONTH");
  }

  @Test
  void normalisesALowerCaseCodiceFiscale() {
    CnsCertificate c =
        parser.parse(derOf(antonio().withSubjectCommonName(CF.toLowerCase() + "/" + CARD)));

    assertThat(c.codiceFiscale().value()).isEqualTo(CF);
  }

  @Test
  void readsAnOmocodicCodiceFiscaleAsItIs() {
    String omocodic = "RSSMRA80A01H50MM";

    CnsCertificate c = parser.parse(derOf(CardProfile.forCodiceFiscale(omocodic)));

    assertThat(c.codiceFiscale().value()).isEqualTo(omocodic);
    assertThat(c.codiceFiscale().isOmocodic()).isTrue();
  }

  @Test
  void extractsNamesIssuerSerialValidityPoliciesAndUsages() throws Exception {
    Instant notBefore = Instant.parse("2024-03-01T10:00:00Z");
    Instant notAfter = Instant.parse("2030-03-01T10:00:00Z");
    X509Certificate certificate =
        issue(
            antonio()
                .withName("ANTONIO", "MASIERO")
                .withValidity(notBefore, notAfter)
                .withPolicies("1.3.76.16.2.1", "1.3.159.6.1.3.2.10")
                .withKeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment)
                .withExtendedKeyUsage(
                    KeyPurposeId.id_kp_clientAuth, KeyPurposeId.id_kp_emailProtection));

    CnsCertificate c = parser.parse(certificate);

    assertThat(c.givenName()).contains("ANTONIO");
    assertThat(c.surname()).contains("MASIERO");
    assertThat(c.issuerDn())
        .isEqualTo(certificate.getIssuerX500Principal().getName(X500Principal.RFC2253))
        .contains("CN=Regione Test - CA Cittadini");
    // Pages show the issuer by its organisation's name, never the raw distinguished name.
    assertThat(c.issuerName()).isEqualTo("Regione Test");
    assertThat(c.subjectDn()).contains("C=IT");
    assertThat(c.serialNumber()).isEqualTo(certificate.getSerialNumber());
    assertThat(c.serialHex()).isEqualTo(certificate.getSerialNumber().toString(16));
    assertThat(c.notBefore()).isEqualTo(notBefore);
    assertThat(c.notAfter()).isEqualTo(notAfter);
    assertThat(c.policyOids()).containsExactlyInAnyOrder("1.3.76.16.2.1", "1.3.159.6.1.3.2.10");
    assertThat(c.keyUsage())
        .containsExactlyInAnyOrder(KeyUsageBit.DIGITAL_SIGNATURE, KeyUsageBit.KEY_ENCIPHERMENT);
    assertThat(c.extendedKeyUsageOids())
        .containsExactlyInAnyOrder("1.3.6.1.5.5.7.3.2", "1.3.6.1.5.5.7.3.4");
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
    assertThat(c.sha256Fingerprint()).isEqualTo(HexFormat.of().formatHex(digest));
  }

  @Test
  void mapsEveryKeyUsageBitToItsDomainName() {
    X509Certificate certificate =
        issue(antonio().withKeyUsage(KeyUsage.nonRepudiation | KeyUsage.decipherOnly));

    CnsCertificate c = parser.parse(certificate);

    assertThat(c.keyUsage())
        .containsExactlyInAnyOrder(KeyUsageBit.NON_REPUDIATION, KeyUsageBit.DECIPHER_ONLY);
    boolean[] jdkBits = certificate.getKeyUsage();
    for (KeyUsageBit bit : KeyUsageBit.values()) {
      assertThat(c.hasKeyUsage(bit)).as(bit.name()).isEqualTo(jdkBits[bit.bitIndex()]);
    }
  }

  @Test
  void reportsEmptySetsWhenPoliciesAndUsagesAreMissing() {
    CnsCertificate c =
        parser.parse(derOf(antonio().withPolicies().withKeyUsage(0).withExtendedKeyUsage()));

    assertThat(c.policyOids()).isEmpty();
    assertThat(c.keyUsage()).isEmpty();
    assertThat(c.extendedKeyUsageOids()).isEmpty();
  }

  @Test
  void readsPemAndDerAlike() {
    byte[] der = derOf(antonio());

    CnsCertificate fromDer = parser.parse(der);
    CnsCertificate fromPem = parser.parse(pem(der).getBytes(US_ASCII));
    CnsCertificate fromCrLfPemWithBom =
        parser.parse(("\uFEFF\r\n" + pem(der).replace("\n", "\r\n")).getBytes(UTF_8));

    assertThat(fromPem).isEqualTo(fromDer);
    assertThat(fromPem.sha256Fingerprint()).isEqualTo(fromDer.sha256Fingerprint());
    assertThat(fromCrLfPemWithBom).isEqualTo(fromDer);
  }

  @Test
  void takesTheLeafFromAPemChain() {
    var credential = TestCards.CA.issueCard(antonio());

    CnsCertificate c = parser.parse(credential.certificatePem().getBytes(US_ASCII));

    assertThat(c).isEqualTo(parser.parse(credential.certificate()));
    assertThat(c.codiceFiscale().value()).isEqualTo(CF);
  }

  @Test
  void readsAContainerDecodedCertificateLikeItsBytes() {
    X509Certificate certificate = issue(antonio());

    assertThat(parser.parse(certificate)).isEqualTo(parser.parse(der(certificate)));
  }

  @Test
  void saysNoCertificateWhenNothingArrives() {
    assertThat(
            catchThrowableOfType(
                    CertificateRefusedException.class, () -> parser.parse((byte[]) null))
                .refusal())
        .isEqualTo(CertificateRefusal.NO_CERTIFICATE);
    assertThat(
            catchThrowableOfType(
                    CertificateRefusedException.class, () -> parser.parse((X509Certificate) null))
                .refusal())
        .isEqualTo(CertificateRefusal.NO_CERTIFICATE);
  }
}
