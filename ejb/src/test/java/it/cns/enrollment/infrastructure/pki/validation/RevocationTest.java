package it.cns.enrollment.infrastructure.pki.validation;

import static it.cns.enrollment.infrastructure.pki.validation.TestPki.CA;
import static it.cns.enrollment.infrastructure.pki.validation.TestPki.FOREIGN;
import static it.cns.enrollment.infrastructure.pki.validation.TestPki.card;
import static it.cns.enrollment.infrastructure.pki.validation.TestPki.fastPolicy;
import static it.cns.enrollment.infrastructure.pki.validation.TestPki.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.cns.enrollment.devpki.CardProfile;
import it.cns.enrollment.devpki.CrlServer;
import it.cns.enrollment.devpki.IssuedCredential;
import it.cns.enrollment.devpki.OcspResponderServer;
import it.cns.enrollment.domain.identity.CertificateRefusal;
import it.cns.enrollment.domain.identity.CertificateRefusedException;
import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Revocation against a real OCSP responder and a real CRL server over HTTP on 127.0.0.1. */
class RevocationTest {

  private static final IssuedCredential DELEGATE =
      OcspResponderServer.issueResponderCertificate(CA);
  private static final IssuedCredential NOT_FOR_OCSP =
      OcspResponderServer.issueResponderCertificate(CA, KeyPurposeId.id_kp_clientAuth);

  private OcspResponderServer ocsp;
  private CrlServer crls;
  private CertificateValidator validator;

  @BeforeEach
  void startServers() {
    ocsp = OcspResponderServer.start(CA);
    crls = CrlServer.start();
    validator = new CertificateValidator(fastPolicy(), TestPki::anchors, TestPki.systemClock());
  }

  @AfterEach
  void stopServers() {
    ocsp.close();
    crls.close();
  }

  private CardProfile withOcsp() {
    return profile().withOcspResponder(ocsp.url());
  }

  private CardProfile withCrl() {
    return profile().withCrlDistributionPoint(crls.url("ca.crl"));
  }

  private CardProfile withBoth() {
    return withOcsp().withCrlDistributionPoint(crls.url("ca.crl"));
  }

  private void publishCrl(BigInteger... revoked) {
    Instant now = Instant.now();
    crls.publish(
        "ca.crl", CA.crl(now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(1)), revoked));
  }

  /** Publishes a CRL whose nextUpdate passed an hour ago; returns the time it was made at. */
  private Instant publishStaleCrl() {
    Instant now = Instant.now();
    crls.publish("ca.crl", CA.crl(now.minus(Duration.ofDays(2)), now.minus(Duration.ofHours(1))));
    return now;
  }

  /** A validator whose policy is the fast one changed by {@code change}. */
  private static CertificateValidator validatorWith(
      UnaryOperator<ValidationPolicy.Builder> change) {
    return new CertificateValidator(
        change.apply(fastPolicy().toBuilder()).build(), TestPki::anchors, TestPki.systemClock());
  }

  private ValidationResult validate(X509Certificate leaf, RevocationMode mode) {
    return validator.validate(leaf, List.of(), Instant.now(), mode);
  }

  private CertificateRefusedException refusal(X509Certificate leaf) {
    return catchThrowableOfType(
        CertificateRefusedException.class, () -> validate(leaf, RevocationMode.FAIL_CLOSED));
  }

  @Test
  void acceptsCardTheOcspResponderSaysIsGood() {
    ValidationResult result = validate(card(withOcsp()), RevocationMode.FAIL_CLOSED);

    assertThat(result.revocationConfirmed()).isTrue();
    assertThat(result.warnings()).isEmpty();
    assertThat(ocsp.requestCount()).isEqualTo(1);
  }

  @Test
  void refusesCardRevokedOnTheOcspResponder() {
    X509Certificate leaf = card(withOcsp());
    ocsp.revoke(leaf.getSerialNumber());

    CertificateRefusedException e = refusal(leaf);

    assertThat(e.refusal()).isEqualTo(CertificateRefusal.REVOKED);
    assertThat(e.technicalDetail()).contains("revoked at");
  }

  @Test
  void refusesCardRevokedOnTheCrlOfACardWithoutAia() {
    X509Certificate leaf = card(withCrl());
    publishCrl(leaf.getSerialNumber());

    assertThat(refusal(leaf).refusal()).isEqualTo(CertificateRefusal.REVOKED);
  }

  @Test
  void acceptsCardNotListedOnTheCrl() {
    publishCrl(BigInteger.TEN);

    assertThat(validate(card(withCrl()), RevocationMode.FAIL_CLOSED).revocationConfirmed())
        .isTrue();
  }

  @Test
  void fallsBackToTheCrlWhenTheResponderIsDown() {
    X509Certificate leaf = card(withBoth());
    ocsp.setDown(true);
    publishCrl(leaf.getSerialNumber());

    assertThat(refusal(leaf).refusal()).isEqualTo(CertificateRefusal.REVOKED);
    assertThat(ocsp.requestCount()).isEqualTo(1);
    assertThat(crls.requestCount("ca.crl")).isEqualTo(1);
  }

  @Test
  void fallsBackToTheCrlWhenTheResponderIsUnreachable() {
    X509Certificate leaf = card(withBoth());
    ocsp.close(); // connection refused
    publishCrl();

    assertThat(validate(leaf, RevocationMode.FAIL_CLOSED).revocationConfirmed()).isTrue();
  }

  @Test
  void refusesWithRevocationUnknownWhenTheResponderIsTooSlowFailClosed() {
    X509Certificate leaf = card(withOcsp());
    ocsp.setDelay(Duration.ofSeconds(6));

    CertificateRefusedException e = refusal(leaf);

    // That the wait ended at the read timeout, not at the late answer, is shown without a clock
    // in the fail-open case below (the warning names the timeout).
    assertThat(e.refusal()).isEqualTo(CertificateRefusal.REVOCATION_UNKNOWN);
  }

  @Test
  void acceptsWithAWarningWhenTheResponderIsTooSlowFailOpen() {
    X509Certificate leaf = card(withOcsp());
    ocsp.setDelay(Duration.ofSeconds(6));

    ValidationResult result = validate(leaf, RevocationMode.FAIL_OPEN);

    assertThat(result.revocationConfirmed()).isFalse();
    assertThat(result.warnings()).anyMatch(w -> w.startsWith("revocation not checked"));
    // The client gave up at its read timeout (2 s) instead of waiting for the 6-s answer.
    assertThat(result.warnings()).anyMatch(w -> w.contains("SocketTimeoutException"));
  }

  @Test
  void refusesWithRevocationUnknownWhenTheResponderSaysUnknownAndThereIsNoCrl() {
    ocsp.setDefaultStatus(OcspResponderServer.Status.UNKNOWN);

    assertThat(refusal(card(withOcsp())).refusal())
        .isEqualTo(CertificateRefusal.REVOCATION_UNKNOWN);
  }

  @Test
  void ignoresAnOcspAnswerSignedByAKeyTheCaNeverAuthorised() {
    X509Certificate leaf = card(withBoth());
    ocsp.signWith(FOREIGN.privateKey(), FOREIGN.certificate(), List.of(FOREIGN.certificate()));
    publishCrl(leaf.getSerialNumber());

    // The forged "good" is not believed; the CRL's "revoked" is.
    assertThat(refusal(leaf).refusal()).isEqualTo(CertificateRefusal.REVOKED);
    X509Certificate noCrl = card(withOcsp());
    assertThat(refusal(noCrl).refusal()).isEqualTo(CertificateRefusal.REVOCATION_UNKNOWN);
    assertThat(refusal(noCrl).technicalDetail()).contains("not signed by the CA");
  }

  @Test
  void acceptsAnAnswerFromADelegatedResponderOfTheSameCa() {
    ocsp.signWithDelegate(DELEGATE);

    assertThat(validate(card(withOcsp()), RevocationMode.FAIL_CLOSED).revocationConfirmed())
        .isTrue();
  }

  @Test
  void refusesADelegatedResponderWithoutTheOcspSigningPurpose() {
    ocsp.signWithDelegate(NOT_FOR_OCSP);

    assertThat(refusal(card(withOcsp())).refusal())
        .isEqualTo(CertificateRefusal.REVOCATION_UNKNOWN);
  }

  @Test
  void acceptsAResponderThatDoesNotEchoTheNonce() {
    ocsp.setEchoNonce(false);

    assertThat(validate(card(withOcsp()), RevocationMode.FAIL_CLOSED).revocationConfirmed())
        .isTrue();
  }

  @Test
  void doesNotBelieveAStaleOcspAnswer() {
    ocsp.setValidity(Duration.ofDays(2), Duration.ofDays(-1));

    assertThat(refusal(card(withOcsp())).technicalDetail()).contains("stale response");
  }

  @Test
  void cachesAGoodOcspAnswerUntilItsNextUpdate() {
    X509Certificate leaf = card(withOcsp());

    validate(leaf, RevocationMode.FAIL_CLOSED);
    validate(leaf, RevocationMode.FAIL_CLOSED);

    assertThat(ocsp.requestCount()).isEqualTo(1);
  }

  @Test
  void cachesTheCrlSoASecondValidationMakesNoRequest() {
    publishCrl();

    validate(card(withCrl()), RevocationMode.FAIL_CLOSED);
    validate(card(withCrl()), RevocationMode.FAIL_CLOSED);

    assertThat(crls.requestCount("ca.crl")).isEqualTo(1);
  }

  @Test
  void refusesWithRevocationUnknownOnACrlPastItsNextUpdate() {
    publishStaleCrl();

    CertificateRefusedException e = refusal(card(withCrl()));

    assertThat(e.refusal()).isEqualTo(CertificateRefusal.REVOCATION_UNKNOWN);
    assertThat(e.technicalDetail()).contains("stale CRL");
  }

  @Test
  void usesAStaleCrlWithinTheConfiguredGraceAndSaysSo() {
    Instant now = publishStaleCrl();
    CertificateValidator tolerant = validatorWith(p -> p.staleCrlGrace(Duration.ofHours(6)));

    ValidationResult result =
        tolerant.validate(card(withCrl()), List.of(), now, RevocationMode.FAIL_CLOSED);

    assertThat(result.revocationConfirmed()).isTrue();
    assertThat(result.warnings()).anyMatch(w -> w.startsWith("stale CRL used within grace"));
  }

  @Test
  void doesNotBelieveACrlSignedByAnotherCa() {
    Instant now = Instant.now();
    crls.publish(
        "ca.crl", FOREIGN.crl(now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(1))));

    assertThat(refusal(card(withCrl())).refusal()).isEqualTo(CertificateRefusal.REVOCATION_UNKNOWN);
  }

  @Test
  void aWarmCrlAnswersANewCardWithoutAskingTheResponder() {
    publishCrl();
    ocsp.setDown(true); // the first card warms the CRL through the fallback
    validate(card(withBoth()), RevocationMode.FAIL_CLOSED);
    ocsp.setDown(false);
    int asked = ocsp.requestCount();

    ValidationResult result = validate(card(withBoth()), RevocationMode.FAIL_CLOSED);

    assertThat(result.revocationConfirmed()).isTrue();
    assertThat(ocsp.requestCount()).isEqualTo(asked);
    assertThat(crls.requestCount("ca.crl")).isEqualTo(1);
  }

  @Test
  void aWarmCrlListingTheCardRefusesItWithoutAskingTheResponder() {
    X509Certificate listed = card(withBoth());
    publishCrl(listed.getSerialNumber());
    validate(card(withCrl()), RevocationMode.FAIL_CLOSED); // warms the same CRL
    int asked = ocsp.requestCount();

    assertThat(refusal(listed).refusal()).isEqualTo(CertificateRefusal.REVOKED);
    assertThat(ocsp.requestCount()).isEqualTo(asked);
  }

  @Test
  void aRememberedOcspAnswerStillComesBeforeAWarmCrlWhenOcspIsFirst() {
    X509Certificate leaf = card(withBoth());
    validate(leaf, RevocationMode.FAIL_CLOSED); // OCSP says good, remembered
    publishCrl(leaf.getSerialNumber());
    validate(card(withCrl()), RevocationMode.FAIL_CLOSED); // the CRL listing it is now warm

    assertThat(validate(leaf, RevocationMode.FAIL_CLOSED).revocationConfirmed()).isTrue();
    assertThat(ocsp.requestCount()).isEqualTo(1);
  }

  @Test
  void aStaleCachedCrlIsNotUsedBeforeTheResponder() {
    Instant now = publishStaleCrl();
    CertificateValidator tolerant = validatorWith(p -> p.staleCrlGrace(Duration.ofHours(6)));
    tolerant.validate(card(withCrl()), List.of(), now, RevocationMode.FAIL_CLOSED);

    ValidationResult result =
        tolerant.validate(card(withBoth()), List.of(), now, RevocationMode.FAIL_CLOSED);

    assertThat(ocsp.requestCount()).isEqualTo(1);
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void asksTheCrlFirstWhenThePolicySaysSo() {
    publishCrl();
    CertificateValidator crlFirst =
        validatorWith(p -> p.revocationOrder(RevocationSource.CRL, RevocationSource.OCSP));

    crlFirst.validate(card(withBoth()), List.of(), Instant.now(), RevocationMode.FAIL_CLOSED);

    assertThat(ocsp.requestCount()).isZero();
    assertThat(crls.requestCount("ca.crl")).isEqualTo(1);
  }

  @Test
  void tellsItsObserverOfEachExchangeEveryStoredCrlAndWhatTheModeDidWithoutAnAnswer() {
    List<String> told = new ArrayList<>();
    RevocationObserver observer =
        new RevocationObserver() {
          @Override
          public void exchanged(RevocationSource source, boolean answered, Duration took) {
            told.add(source + (answered ? " answered" : " failed"));
          }

          @Override
          public void crlStored(X500Principal issuer, Instant thisUpdate) {
            told.add("CRL of " + issuer.getName() + " stored");
          }

          @Override
          public void undetermined(RevocationMode mode) {
            told.add("undetermined, " + mode);
          }
        };
    CertificateValidator observed =
        new CertificateValidator(
            fastPolicy(),
            TestPki::anchors,
            TestPki.systemClock(),
            UrlConnectionHttpFetcher.of(fastPolicy()),
            observer);
    ocsp.setDown(true);
    publishCrl();

    observed.validate(card(withBoth()), List.of(), Instant.now(), RevocationMode.FAIL_CLOSED);
    observed.validate(card(profile()), List.of(), Instant.now(), RevocationMode.FAIL_OPEN);

    assertThat(told)
        .containsExactly(
            "OCSP failed",
            "CRL answered",
            "CRL of " + CA.certificate().getSubjectX500Principal().getName() + " stored",
            "undetermined, FAIL_OPEN");
  }
}
