package it.cns.enrollment.devpki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.file.Path;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateAuthorityTest {

  private static final String CF = "MSRNTN77H15C351X";
  private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";

  private static CertificateAuthority root;
  private static CertificateAuthority intermediate;

  @BeforeAll
  static void createCas() {
    root = CertificateAuthority.newRoot("Test Root CA", "Regione Test");
    intermediate = root.newIntermediate("Regione Test - CA Cittadini", "Regione Test");
  }

  @Test
  void rootIsASelfSignedCaValidForTenYears() throws Exception {
    X509Certificate ca = root.certificate();
    ca.verify(ca.getPublicKey());
    assertThat(ca.getBasicConstraints()).isGreaterThanOrEqualTo(0);
    assertThat(ca.getKeyUsage()[5]).as("keyCertSign").isTrue();
    assertThat(ca.getKeyUsage()[6]).as("cRLSign").isTrue();
    assertThat(ca.getSigAlgName()).isEqualTo("SHA256withRSA");
    assertThat(ca.getNotBefore().toInstant()).isBefore(Instant.now().minus(Duration.ofHours(23)));
    assertThat(ca.getNotAfter().toInstant()).isAfter(Instant.now().plus(Duration.ofDays(3600)));
    assertThat(root.chain()).containsExactly(ca);
    assertThat(keyId(ca, Extension.authorityKeyIdentifier)).isEqualTo(subjectKeyId(ca));
  }

  @Test
  void cardCertificateHasTheCnsShape() throws Exception {
    IssuedCredential card = root.issueCard(CardProfile.forCodiceFiscale(CF));
    X509Certificate cert = card.certificate();

    String cn = TestCertificates.commonName(cert);
    int slash = cn.indexOf('/');
    assertThat(cn.substring(0, slash)).isEqualTo(CF);
    String rest = cn.substring(slash + 1);
    int dot = rest.indexOf('.');
    String cardId = rest.substring(0, dot);
    String hash = rest.substring(dot + 1);
    assertThat(cardId).matches("[0-9]{16}");
    assertThat(TestCertificates.luhnValid(cardId)).isTrue();
    assertThat(hash).containsAnyOf("/", "+");
    assertThat(Base64.getDecoder().decode(hash)).hasSize(20);

    assertThat(TestCertificates.subjectAttribute(cert, BCStyle.C)).contains("IT");
    assertThat(TestCertificates.subjectAttribute(cert, BCStyle.O)).contains("Regione Test");
    assertThat(TestCertificates.subjectAttribute(cert, BCStyle.OU))
        .contains("Carta Nazionale dei Servizi");
    assertThat(TestCertificates.subjectAttribute(cert, BCStyle.SURNAME)).contains("MSR");
    assertThat(TestCertificates.subjectAttribute(cert, BCStyle.GIVENNAME)).contains("NTN");
    assertThat(TestCertificates.subjectAttribute(cert, BCStyle.SERIALNUMBER)).isEmpty();

    assertThat(policies(cert)).containsExactly("1.3.76.16.2.1");
    assertThat(cert.getCriticalExtensionOIDs()).contains(Extension.keyUsage.getId());
    assertThat(cert.getKeyUsage()).startsWith(true, false, false, false, false, false, false);
    assertThat(cert.getExtendedKeyUsage()).containsExactly(CLIENT_AUTH);
    assertThat(cert.getBasicConstraints()).isEqualTo(-1);
    assertThat(cert.getSerialNumber().signum()).isPositive();
    assertThat(cert.getSerialNumber().bitLength()).isLessThanOrEqualTo(128);
    assertThat(keyId(cert, Extension.authorityKeyIdentifier))
        .isEqualTo(subjectKeyId(root.certificate()));
    assertThat(card.chain()).containsExactly(cert, root.certificate());
  }

  @Test
  void cardChainValidatesWithJdkPkix() throws Exception {
    IssuedCredential card = root.issueCard(CardProfile.forCodiceFiscale(CF));
    TestCertificates.validate(card.chain(), root.certificate());
  }

  @Test
  void intermediateIssuedCardValidatesAgainstTheRoot() throws Exception {
    IssuedCredential card = intermediate.issueCard(CardProfile.forCodiceFiscale(CF));
    assertThat(card.chain())
        .containsExactly(card.certificate(), intermediate.certificate(), root.certificate());
    assertThat(intermediate.chain())
        .containsExactly(intermediate.certificate(), root.certificate());
    TestCertificates.validate(card.chain(), root.certificate());
  }

  @Test
  void cardFromAnotherCaDoesNotValidate() {
    CertificateAuthority stranger = CertificateAuthority.newRoot("Stranger", "Elsewhere");
    IssuedCredential card = stranger.issueCard(CardProfile.forCodiceFiscale(CF));
    assertThatThrownBy(() -> TestCertificates.validate(card.chain(), root.certificate()))
        .isInstanceOf(CertPathValidatorException.class);
  }

  @Test
  void crlListsRevokedSerialsAndVerifiesWithTheCaKey() throws Exception {
    IssuedCredential revoked = root.issueCard(CardProfile.forCodiceFiscale(CF));
    IssuedCredential good = root.issueCard(CardProfile.forCodiceFiscale(CF));
    Instant now = Instant.now();
    X509CRL crl =
        root.crl(now, now.plus(Duration.ofDays(1)), revoked.certificate().getSerialNumber());

    crl.verify(root.certificate().getPublicKey());
    assertThat(crl.isRevoked(revoked.certificate())).isTrue();
    assertThat(crl.isRevoked(good.certificate())).isFalse();
    assertThat(crl.getIssuerX500Principal())
        .isEqualTo(root.certificate().getSubjectX500Principal());
    assertThat(crl.getNextUpdate()).isAfter(crl.getThisUpdate());
    byte[] number = crl.getExtensionValue(Extension.cRLNumber.getId());
    BigInteger first = crlNumber(number);
    BigInteger second =
        crlNumber(root.crl(now, now.plusSeconds(60)).getExtensionValue("2.5.29.20"));
    assertThat(second).isGreaterThan(first);
  }

  @Test
  void serverCertificateCarriesDnsAndIpSans() throws Exception {
    IssuedCredential server = intermediate.issueServer("localhost", "127.0.0.1", "::1");
    X509Certificate cert = server.certificate();
    assertThat(TestCertificates.commonName(cert)).isEqualTo("localhost");
    List<Integer> types =
        cert.getSubjectAlternativeNames().stream().map(n -> (Integer) n.get(0)).toList();
    assertThat(types)
        .containsExactly(GeneralName.dNSName, GeneralName.iPAddress, GeneralName.iPAddress);
    assertThat(cert.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
    assertThat(cert.getKeyUsage()).startsWith(true, false, true);
    TestCertificates.validate(server.chain(), root.certificate());
  }

  @Test
  void ecServerCertificateHasAP256KeyThatOnlySigns() throws Exception {
    IssuedCredential server = intermediate.issueEcServer("localhost", "127.0.0.1", "::1");
    X509Certificate cert = server.certificate();
    assertThat(cert.getPublicKey()).isInstanceOf(java.security.interfaces.ECPublicKey.class);
    assertThat(
            ((java.security.interfaces.ECPublicKey) cert.getPublicKey())
                .getParams()
                .getCurve()
                .getField()
                .getFieldSize())
        .isEqualTo(256);
    assertThat(TestCertificates.commonName(cert)).isEqualTo("localhost");
    assertThat(cert.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
    assertThat(cert.getKeyUsage()).startsWith(true, false, false);
    TestCertificates.validate(server.chain(), root.certificate());
  }

  @Test
  void partnerCertificateIsAClientCertificate() throws Exception {
    IssuedCredential partner = root.issuePartner("Demo ASL Partner", "Azienda ULSS Demo");
    X509Certificate cert = partner.certificate();
    assertThat(TestCertificates.commonName(cert)).isEqualTo("Demo ASL Partner");
    assertThat(TestCertificates.subjectAttribute(cert, BCStyle.O)).contains("Azienda ULSS Demo");
    assertThat(cert.getExtendedKeyUsage()).containsExactly(CLIENT_AUTH);
    assertThat(cert.getKeyUsage()).startsWith(true, false, false);
  }

  @Test
  void optionalCardAttributesAndExtensions() throws Exception {
    CardProfile profile =
        CardProfile.forCodiceFiscale("RSSMRA80A01H501U")
            .withName("MARIO", "ROSSI")
            .withSerialNumberAttribute("TINIT-RSSMRA80A01H501U")
            .withDnQualifier("20240101")
            .withPolicies("1.3.159.6.1.3.2.10", "1.3.76.16.2.1")
            .withKeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation)
            .withExtendedKeyUsage()
            .withCrlDistributionPoint("http://127.0.0.1:8099/ca.crl")
            .withOcspResponder("http://127.0.0.1:8099/ocsp");
    X509Certificate cert = root.issueCard(profile).certificate();

    assertThat(TestCertificates.subjectAttribute(cert, BCStyle.SERIALNUMBER))
        .contains("TINIT-RSSMRA80A01H501U");
    assertThat(TestCertificates.subjectAttribute(cert, BCStyle.DN_QUALIFIER)).contains("20240101");
    assertThat(TestCertificates.subjectAttribute(cert, BCStyle.GIVENNAME)).contains("MARIO");
    assertThat(policies(cert)).containsExactly("1.3.159.6.1.3.2.10", "1.3.76.16.2.1");
    assertThat(cert.getKeyUsage()).startsWith(true, true, false);
    assertThat(cert.getExtendedKeyUsage()).isNull();

    CRLDistPoint cdp =
        CRLDistPoint.getInstance(extension(cert, Extension.cRLDistributionPoints.getId()));
    GeneralNames where =
        (GeneralNames) cdp.getDistributionPoints()[0].getDistributionPoint().getName();
    assertThat(where.getNames()[0].getName().toString()).isEqualTo("http://127.0.0.1:8099/ca.crl");
    AccessDescription ocsp =
        AuthorityInformationAccess.getInstance(
                extension(cert, Extension.authorityInfoAccess.getId()))
            .getAccessDescriptions()[0];
    assertThat(ocsp.getAccessMethod()).isEqualTo(AccessDescription.id_ad_ocsp);
    assertThat(ocsp.getAccessLocation().getName().toString())
        .isEqualTo("http://127.0.0.1:8099/ocsp");
  }

  @Test
  void malformedCardsCanBeMinted() throws Exception {
    Instant past = Instant.now().minus(Duration.ofDays(400));
    X509Certificate cert =
        root.issueCard(
                CardProfile.forCodiceFiscale(CF)
                    .withSubjectCommonName("not a CNS common name")
                    .withPolicies()
                    .withKeyUsage(0)
                    .withValidity(past, past.plus(Duration.ofDays(30))))
            .certificate();
    assertThat(TestCertificates.commonName(cert)).isEqualTo("not a CNS common name");
    assertThat(cert.getExtensionValue(Extension.certificatePolicies.getId())).isNull();
    assertThat(cert.getKeyUsage()).isNull();
    assertThatThrownBy(cert::checkValidity).isInstanceOf(CertificateExpiredException.class);
  }

  @Test
  void caRoundTripsThroughPkcs12(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("ca.p12");
    char[] password = "changeit".toCharArray();
    intermediate.writePkcs12(file, password);

    CertificateAuthority loaded = CertificateAuthority.load(file, password);
    assertThat(loaded.certificate()).isEqualTo(intermediate.certificate());
    assertThat(loaded.chain()).isEqualTo(intermediate.chain());
    assertThat(loaded.organization()).isEqualTo("Regione Test");
    IssuedCredential card = loaded.issueCard(CardProfile.forCodiceFiscale(CF));
    TestCertificates.validate(card.chain(), root.certificate());
    assertThat(keyId(card.certificate(), Extension.authorityKeyIdentifier))
        .isEqualTo(subjectKeyId(intermediate.certificate()));
  }

  private static List<String> policies(X509Certificate cert) throws Exception {
    CertificatePolicies policies =
        CertificatePolicies.getInstance(extension(cert, Extension.certificatePolicies.getId()));
    return java.util.Arrays.stream(policies.getPolicyInformation())
        .map(PolicyInformation::getPolicyIdentifier)
        .map(Object::toString)
        .toList();
  }

  private static ASN1Primitive extension(X509Certificate cert, String oid) throws Exception {
    byte[] value = cert.getExtensionValue(oid);
    assertThat(value).as("extension " + oid).isNotNull();
    return ASN1Primitive.fromByteArray(ASN1OctetString.getInstance(value).getOctets());
  }

  private static byte[] subjectKeyId(X509Certificate cert) throws Exception {
    return SubjectKeyIdentifier.getInstance(extension(cert, Extension.subjectKeyIdentifier.getId()))
        .getKeyIdentifier();
  }

  private static byte[] keyId(X509Certificate cert, org.bouncycastle.asn1.ASN1ObjectIdentifier oid)
      throws Exception {
    return AuthorityKeyIdentifier.getInstance(extension(cert, oid.getId())).getKeyIdentifier();
  }

  private static BigInteger crlNumber(byte[] extensionValue) throws Exception {
    return ASN1Integer.getInstance(
            ASN1Primitive.fromByteArray(ASN1OctetString.getInstance(extensionValue).getOctets()))
        .getValue();
  }
}
