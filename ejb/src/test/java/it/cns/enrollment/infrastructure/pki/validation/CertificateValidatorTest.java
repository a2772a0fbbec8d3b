package it.cns.enrollment.infrastructure.pki.validation;

import static it.cns.enrollment.infrastructure.pki.validation.TestPki.CA;
import static it.cns.enrollment.infrastructure.pki.validation.TestPki.CARD_KEYS;
import static it.cns.enrollment.infrastructure.pki.validation.TestPki.FOREIGN;
import static it.cns.enrollment.infrastructure.pki.validation.TestPki.ROOT;
import static it.cns.enrollment.infrastructure.pki.validation.TestPki.card;
import static it.cns.enrollment.infrastructure.pki.validation.TestPki.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.cns.enrollment.devpki.CardProfile;
import it.cns.enrollment.devpki.CertificateAuthority;
import it.cns.enrollment.domain.identity.CertificateRefusal;
import it.cns.enrollment.domain.identity.CertificateRefusedException;
import it.cns.enrollment.domain.identity.CodiceFiscale;
import it.cns.enrollment.domain.identity.KeyUsageBit;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;

/**
 * Every refusal except the network ones (see {@link RevocationTest}). Cards here name no OCSP
 * responder or CRL, so acceptance needs fail-open, and fail-closed gives REVOCATION_UNKNOWN.
 */
class CertificateValidatorTest {

  private static final Instant NOW = Instant.now();

  /** Same names as the real issuing CA, different key: an impostor. */
  private static final CertificateAuthority IMPOSTOR =
      CertificateAuthority.newRoot("Regione Test - CA Cittadini", "Regione Test");

  private final CertificateValidator validator =
      new CertificateValidator(
          ValidationPolicy.defaults(), TestPki::anchors, TestPki.systemClock());

  private ValidationResult accept(X509Certificate leaf) {
    return validator.validate(leaf, List.of(), NOW, RevocationMode.FAIL_OPEN);
  }

  private CertificateRefusal refusalOf(X509Certificate leaf) {
    return refusalOf(validator, leaf);
  }

  private static CertificateRefusal refusalOf(CertificateValidator v, X509Certificate leaf) {
    CertificateRefusedException e =
        catchThrowableOfType(
            CertificateRefusedException.class,
            () -> v.validate(leaf, List.of(), NOW, RevocationMode.FAIL_OPEN));
    assertThat(e).as("refused").isNotNull();
    assertThat(e.technicalDetail()).isNotBlank();
    return e.refusal();
  }

  @Test
  void acceptsCnsCardThroughTheIntermediateKnownToTheAnchors() {
    ValidationResult result = accept(card(profile()));

    assertThat(result.identity().codiceFiscale()).isEqualTo(CodiceFiscale.parse(TestPki.CF));
    assertThat(result.path()).hasSize(2);
    assertThat(result.path().get(1)).isEqualTo(CA.certificate());
    assertThat(result.trustAnchor()).isEqualTo(ROOT.certificate());
  }

  @Test
  void acceptsCardWhoseIntermediateComesOnlyInThePresentedChain() {
    TrustAnchors rootOnly =
        TrustAnchors.of(List.of(ROOT.certificate()), List.of(), "root only", NOW, List.of());
    CertificateValidator v =
        new CertificateValidator(
            ValidationPolicy.defaults(), () -> rootOnly, TestPki.systemClock());
    X509Certificate leaf = card(profile());

    assertThat(
            v.validate(leaf, List.of(leaf, CA.certificate()), NOW, RevocationMode.FAIL_OPEN)
                .identity())
        .isNotNull();
    assertThat(refusalOf(v, leaf)).isEqualTo(CertificateRefusal.UNTRUSTED_ISSUER);
  }

  @Test
  void reportsUncheckedRevocationAsAWarningUnderFailOpen() {
    ValidationResult result = accept(card(profile()));

    assertThat(result.revocationConfirmed()).isFalse();
    assertThat(result.warnings()).singleElement().asString().startsWith("revocation not checked");
  }

  @Test
  void refusesCardNamingNoRevocationSourceUnderFailClosed() {
    CertificateRefusedException e =
        catchThrowableOfType(
            CertificateRefusedException.class,
            () -> validator.validate(card(profile()), List.of(), NOW, RevocationMode.FAIL_CLOSED));

    assertThat(e.refusal()).isEqualTo(CertificateRefusal.REVOCATION_UNKNOWN);
  }

  @Test
  void refusesCardOfAForeignIssuer() {
    X509Certificate foreign = FOREIGN.issueCard(profile(), CARD_KEYS).certificate();

    assertThat(refusalOf(foreign)).isEqualTo(CertificateRefusal.UNTRUSTED_ISSUER);
  }

  @Test
  void refusesCardSignedByAnImpostorWithTheIssuersName() {
    X509Certificate forged = IMPOSTOR.issueCard(profile(), CARD_KEYS).certificate();

    assertThat(forged.getIssuerX500Principal())
        .isEqualTo(CA.certificate().getSubjectX500Principal());
    assertThat(refusalOf(forged)).isEqualTo(CertificateRefusal.UNTRUSTED_ISSUER);
  }

  @Test
  void refusesEverythingWhenNoAnchorIsLoaded() {
    CertificateValidator v =
        new CertificateValidator(
            ValidationPolicy.defaults(),
            () -> TrustAnchors.empty("nothing"),
            TestPki.systemClock());

    assertThat(refusalOf(v, card(profile()))).isEqualTo(CertificateRefusal.UNTRUSTED_ISSUER);
  }

  @Test
  void refusesExpiredCard() {
    X509Certificate expired =
        card(
            profile()
                .withValidity(NOW.minus(Duration.ofHours(20)), NOW.minus(Duration.ofHours(1))));

    assertThat(refusalOf(expired)).isEqualTo(CertificateRefusal.EXPIRED);
  }

  @Test
  void refusesAnExpiredForeignCardAsUntrustedNotExpired() {
    X509Certificate expiredForeign =
        FOREIGN
            .issueCard(
                profile()
                    .withValidity(NOW.minus(Duration.ofDays(40)), NOW.minus(Duration.ofDays(2))),
                CARD_KEYS)
            .certificate();

    assertThat(refusalOf(expiredForeign)).isEqualTo(CertificateRefusal.UNTRUSTED_ISSUER);
  }

  @Test
  void refusesCardNotYetValid() {
    X509Certificate future =
        card(profile().withValidity(NOW.plus(Duration.ofDays(2)), NOW.plus(Duration.ofDays(400))));

    assertThat(refusalOf(future)).isEqualTo(CertificateRefusal.NOT_YET_VALID);
  }

  @Test
  void judgesDatesAtTheGivenInstantNotAtTheClock() {
    X509Certificate leaf = card(profile());
    Instant inSevenYears = NOW.plus(Duration.ofDays(7 * 366));

    CertificateRefusedException e =
        catchThrowableOfType(
            CertificateRefusedException.class,
            () -> validator.validate(leaf, List.of(), inSevenYears, RevocationMode.FAIL_OPEN));

    assertThat(e.refusal()).isEqualTo(CertificateRefusal.EXPIRED);
  }

  @Test
  void refusesSignatureCertificateWithoutDigitalSignatureKeyUsage() {
    X509Certificate signing = card(profile().withKeyUsage(KeyUsage.nonRepudiation));

    assertThat(refusalOf(signing)).isEqualTo(CertificateRefusal.WRONG_KEY_USAGE);
  }

  @Test
  void refusesCardWithoutClientAuthExtendedKeyUsage() {
    X509Certificate email =
        card(profile().withExtendedKeyUsage(KeyPurposeId.id_kp_emailProtection));

    assertThat(refusalOf(email)).isEqualTo(CertificateRefusal.WRONG_KEY_USAGE);
  }

  @Test
  void acceptsCardWithoutEkuWhenThePolicyRequiresNone() {
    X509Certificate noEku = card(profile().withExtendedKeyUsage());
    CertificateValidator lenient =
        new CertificateValidator(
            ValidationPolicy.builder().requiredExtendedKeyUsage().build(),
            TestPki::anchors,
            TestPki.systemClock());

    assertThat(refusalOf(noEku)).isEqualTo(CertificateRefusal.WRONG_KEY_USAGE);
    assertThat(lenient.validate(noEku, List.of(), NOW, RevocationMode.FAIL_OPEN).identity())
        .isNotNull();
  }

  @Test
  void refusesCertificateWithoutACnsOrCiePolicy() {
    X509Certificate qualifiedSignature = card(profile().withPolicies("0.4.0.194112.1.2"));

    assertThat(refusalOf(qualifiedSignature)).isEqualTo(CertificateRefusal.NOT_CNS_POLICY);
    assertThat(refusalOf(card(profile().withPolicies())))
        .isEqualTo(CertificateRefusal.NOT_CNS_POLICY);
  }

  @Test
  void acceptsARegionalPolicyOnlyWhenConfigured() {
    String lombardy = "1.3.159.6.1.3.2.10";
    X509Certificate regional = card(profile().withPolicies(lombardy));
    CertificateValidator withRegional =
        new CertificateValidator(
            ValidationPolicy.builder().addAcceptedPolicyOids(lombardy).build(),
            TestPki::anchors,
            TestPki.systemClock());

    assertThat(refusalOf(regional)).isEqualTo(CertificateRefusal.NOT_CNS_POLICY);
    assertThat(withRegional.validate(regional, List.of(), NOW, RevocationMode.FAIL_OPEN))
        .isNotNull();
  }

  @Test
  void acceptsCieCardPolicy() {
    assertThat(accept(card(profile().withPolicies(ValidationPolicy.CIE_POLICY_OID)))).isNotNull();
  }

  @Test
  void refusesCardWhoseCommonNameCarriesNoCodiceFiscale() {
    X509Certificate noCf = card(profile().withSubjectCommonName("Mario Rossi"));

    assertThat(refusalOf(noCf)).isEqualTo(CertificateRefusal.CF_UNREADABLE);
  }

  @Test
  void refusesACertificateWithoutCodiceFiscaleFromNoCardIssuerAsNotACard() {
    // A partner's certificate offered on the smartcard listener: not a card, whoever issued it.
    X509Certificate partner =
        FOREIGN
            .issueCard(profile().withSubjectCommonName("Demo ASL Partner"), CARD_KEYS)
            .certificate();

    assertThat(refusalOf(partner)).isEqualTo(CertificateRefusal.UNTRUSTED_ISSUER);
  }

  @Test
  void refusesCardWithAnInvalidCodiceFiscale() {
    X509Certificate badCheck = card(CardProfile.forCodiceFiscale("RSSMRA80A01H501A"));

    assertThat(refusalOf(badCheck)).isEqualTo(CertificateRefusal.CF_INVALID);
  }

  @Test
  void refusesMissingCertificate() {
    assertThat(refusalOf(null)).isEqualTo(CertificateRefusal.NO_CERTIFICATE);
  }

  @Test
  void refusesRandomBytesAndTruncatedDerAsMalformed() throws Exception {
    byte[] random = new byte[700];
    new Random(42).nextBytes(random);
    byte[] der = card(profile()).getEncoded();
    byte[] truncated = java.util.Arrays.copyOf(der, der.length / 2);

    assertThat(refusalOf(new GarbageCertificate(random))).isEqualTo(CertificateRefusal.MALFORMED);
    assertThat(refusalOf(new GarbageCertificate(truncated)))
        .isEqualTo(CertificateRefusal.MALFORMED);
  }

  @Test
  void checksTrustBeforeKeyUsageAndKeyUsageBeforePolicy() {
    X509Certificate foreignSigning =
        FOREIGN.issueCard(profile().withKeyUsage(KeyUsage.nonRepudiation), CARD_KEYS).certificate();
    X509Certificate wrongEverything =
        card(profile().withKeyUsage(KeyUsage.nonRepudiation).withPolicies("1.2.3.4"));

    assertThat(refusalOf(foreignSigning)).isEqualTo(CertificateRefusal.UNTRUSTED_ISSUER);
    assertThat(refusalOf(wrongEverything)).isEqualTo(CertificateRefusal.WRONG_KEY_USAGE);
  }

  @Test
  void policyDefaultsAreTheCnsProfile() {
    ValidationPolicy p = ValidationPolicy.defaults();

    assertThat(p.requiredKeyUsage()).isEqualTo(Set.of(KeyUsageBit.DIGITAL_SIGNATURE));
    assertThat(p.requiredExtendedKeyUsage()).containsExactly(ValidationPolicy.CLIENT_AUTH_OID);
    assertThat(p.acceptedPolicyOids())
        .containsExactlyInAnyOrder(
            ValidationPolicy.CNS_POLICY_OID, ValidationPolicy.CIE_POLICY_OID);
    assertThat(p.defaultRevocationMode()).isEqualTo(RevocationMode.FAIL_CLOSED);
    assertThat(p.revocationOrder()).containsExactly(RevocationSource.OCSP, RevocationSource.CRL);
    assertThat(p.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(p.readTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(p.staleCrlGrace()).isZero();
  }
}
