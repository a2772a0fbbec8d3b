package it.cns.enrollment.infrastructure.pki.validation;

import static it.cns.enrollment.infrastructure.pki.validation.TestPki.CA;
import static it.cns.enrollment.infrastructure.pki.validation.TestPki.card;
import static it.cns.enrollment.infrastructure.pki.validation.TestPki.fastPolicy;
import static it.cns.enrollment.infrastructure.pki.validation.TestPki.profile;
import static org.assertj.core.api.Assertions.assertThat;

import it.cns.enrollment.infrastructure.pki.validation.RevocationStatus.State;
import it.cns.enrollment.testing.MovableClock;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.ocsp.OCSPResponse;
import org.bouncycastle.asn1.ocsp.OCSPResponseStatus;
import org.bouncycastle.asn1.ocsp.ResponseBytes;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.cert.ocsp.jcajce.JcaBasicOCSPRespBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.Test;

/**
 * The OCSP answer's checks one by one, with answers made by BouncyCastle and signed by the test CA
 * and handed over by a fake fetcher: which answers are believed, which are "unknown" and why, what
 * is remembered and for how long. {@link RevocationTest} covers the same over real HTTP; here each
 * field of the answer is changed alone, which a responder server does not let a test do.
 */
class OcspCheckerTest {

  private static final URI RESPONDER = URI.create("http://ocsp.test/");
  private static final X509Certificate LEAF = card(profile().withOcspResponder(RESPONDER + ""));

  private final Instant now = Instant.parse("2026-12-03T12:00:00Z");
  private final MovableClock clock = new MovableClock(now);
  private final ValidationPolicy policy = fastPolicy();
  private final RevocationTarget target = RevocationTarget.of(LEAF, CA.certificate());

  /** The responder: makes an answer from each request; keeps the requests it saw. */
  private static final class FakeResponder implements HttpFetcher {
    final List<OCSPReq> requests = new ArrayList<>();
    Function<OCSPReq, byte[]> answer;

    FakeResponder(Function<OCSPReq, byte[]> answer) {
      this.answer = answer;
    }

    @Override
    public byte[] get(URI uri, long maxBytes) throws IOException {
      throw new IOException("an OCSP checker never GETs");
    }

    @Override
    public byte[] post(URI uri, String contentType, byte[] body, long maxBytes) throws IOException {
      assertThat(contentType).isEqualTo("application/ocsp-request");
      OCSPReq request = new OCSPReq(body);
      requests.add(request);
      return answer.apply(request);
    }
  }

  /** How to change the answer made for a request. */
  private record Answer(
      CertificateStatus status,
      Instant thisUpdate,
      Instant nextUpdate,
      NonceEcho nonce,
      BigInteger serial) {}

  private enum NonceEcho {
    AS_SENT,
    /** Wrapped once more in an OCTET STRING, as RFC 8954 has it. */
    WRAPPED,
    ANOTHER,
    NONE
  }

  private Answer good() {
    return new Answer(
        CertificateStatus.GOOD,
        now.minus(Duration.ofMinutes(1)),
        now.plus(Duration.ofHours(1)),
        NonceEcho.AS_SENT,
        null);
  }

  private static byte[] respond(OCSPReq request, Answer a) {
    try {
      CertificateID asked = request.getRequestList()[0].getCertID();
      CertificateID id =
          a.serial() == null
              ? asked
              : new CertificateID(
                  new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
                  new org.bouncycastle.cert.jcajce.JcaX509CertificateHolder(CA.certificate()),
                  a.serial());
      BasicOCSPRespBuilder builder =
          new JcaBasicOCSPRespBuilder(
              CA.certificate().getPublicKey(),
              new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1));
      builder.addResponse(
          id,
          a.status(),
          Date.from(a.thisUpdate()),
          a.nextUpdate() == null ? null : Date.from(a.nextUpdate()),
          null);
      // The nonce as the checker sends it: the extension's value is the 16 bytes themselves.
      byte[] nonce =
          request.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce).getExtnValue().getOctets();
      switch (a.nonce()) {
        case AS_SENT -> builder.setResponseExtensions(extension(nonce));
        case WRAPPED ->
            builder.setResponseExtensions(extension(new DEROctetString(nonce).getEncoded()));
        case ANOTHER -> {
          byte[] other = nonce.clone();
          other[0] ^= 1;
          builder.setResponseExtensions(extension(other));
        }
        case NONE -> {}
      }
      return new OCSPRespBuilder()
          .build(
              OCSPRespBuilder.SUCCESSFUL,
              builder.build(
                  new JcaContentSignerBuilder("SHA256withRSA").build(CA.privateKey()),
                  null,
                  Date.from(a.thisUpdate())))
          .getEncoded();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Extensions extension(byte[] value) {
    return new Extensions(new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false, value));
  }

  private OcspChecker checker(FakeResponder responder) {
    return new OcspChecker(responder, policy, clock);
  }

  private RevocationStatus check(Answer answer) {
    return checker(new FakeResponder(r -> respond(r, answer))).check(target, now);
  }

  @Test
  void believesAGoodAnswerOfTheCaForThisCertificateWithItsNonce() {
    RevocationStatus status = check(good());

    assertThat(status.state()).isEqualTo(State.GOOD);
    assertThat(status.detail()).contains("good at");
  }

  @Test
  void acceptsTheNonceEchoedWrappedInAnOctetString() {
    Answer a = good();
    RevocationStatus status =
        check(new Answer(a.status(), a.thisUpdate(), a.nextUpdate(), NonceEcho.WRAPPED, null));

    assertThat(status.state()).isEqualTo(State.GOOD);
  }

  @Test
  void anEchoedNonceThatIsNotOursIsAPossibleReplay() {
    Answer a = good();
    RevocationStatus status =
        check(new Answer(a.status(), a.thisUpdate(), a.nextUpdate(), NonceEcho.ANOTHER, null));

    assertThat(status.state()).isEqualTo(State.UNKNOWN);
    assertThat(status.detail()).contains("nonce mismatch");
  }

  @Test
  void everyRequestCarriesAFreshNonce() {
    FakeResponder responder = new FakeResponder(r -> respond(r, good()));
    OcspChecker checker = checker(responder);

    checker.check(target, now);
    checker.clearCache();
    checker.check(target, now);

    assertThat(responder.requests).hasSize(2);
    byte[] first = nonceOf(responder.requests.get(0));
    byte[] second = nonceOf(responder.requests.get(1));
    assertThat(first).hasSize(16).isNotEqualTo(new byte[16]);
    assertThat(Arrays.equals(first, second)).isFalse();
  }

  private static byte[] nonceOf(OCSPReq request) {
    return request
        .getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce)
        .getExtnValue()
        .getOctets();
  }

  @Test
  void anAnswerThatIsNotSuccessfulIsUnknown() throws Exception {
    byte[] tryLater = new OCSPRespBuilder().build(OCSPRespBuilder.TRY_LATER, null).getEncoded();

    RevocationStatus status = checker(new FakeResponder(r -> tryLater)).check(target, now);

    assertThat(status.state()).isEqualTo(State.UNKNOWN);
    assertThat(status.detail()).contains("OCSP status " + OCSPResp.TRY_LATER);
  }

  @Test
  void aSuccessfulAnswerWithoutABasicResponseIsUnknown() throws Exception {
    byte[] other =
        new OCSPResponse(
                new OCSPResponseStatus(OCSPResponseStatus.SUCCESSFUL),
                new ResponseBytes(
                    new ASN1ObjectIdentifier("1.2.3.4"),
                    new DEROctetString(DERNull.INSTANCE.getEncoded())))
            .getEncoded();

    RevocationStatus status = checker(new FakeResponder(r -> other)).check(target, now);

    assertThat(status.state()).isEqualTo(State.UNKNOWN);
    assertThat(status.detail()).contains("no basic OCSP response");
  }

  @Test
  void garbageFromTheResponderIsUnknownNotAnError() {
    RevocationStatus status =
        checker(new FakeResponder(r -> new byte[] {1, 2, 3})).check(target, now);

    assertThat(status.state()).isEqualTo(State.UNKNOWN);
    assertThat(status.detail()).startsWith(RESPONDER.toString());
  }

  @Test
  void anAnswerAboutAnotherCertificateIsUnknown() {
    Answer a = good();
    RevocationStatus status =
        check(
            new Answer(
                a.status(),
                a.thisUpdate(),
                a.nextUpdate(),
                a.nonce(),
                LEAF.getSerialNumber().add(BigInteger.ONE)));

    assertThat(status.state()).isEqualTo(State.UNKNOWN);
    assertThat(status.detail()).contains("no response for this certificate");
  }

  @Test
  void thisUpdateInTheFutureCountsOnlyWithinTheClockSkew() {
    Duration skew = policy.clockSkew();
    Answer a = good();

    RevocationStatus early =
        check(
            new Answer(a.status(), now.plus(skew).plusSeconds(1), a.nextUpdate(), a.nonce(), null));
    RevocationStatus withinSkew =
        check(new Answer(a.status(), now.plus(skew), a.nextUpdate(), a.nonce(), null));

    assertThat(early.state()).isEqualTo(State.UNKNOWN);
    assertThat(early.detail()).contains("is in the future");
    assertThat(withinSkew.state()).isEqualTo(State.GOOD);
  }

  @Test
  void nextUpdatePastCountsOnlyWithinTheClockSkew() {
    Duration skew = policy.clockSkew();
    Instant thisUpdate = now.minus(Duration.ofDays(1));

    RevocationStatus stale =
        check(
            new Answer(
                CertificateStatus.GOOD,
                thisUpdate,
                now.minus(skew).minusSeconds(1),
                NonceEcho.AS_SENT,
                null));
    RevocationStatus withinSkew =
        check(
            new Answer(
                CertificateStatus.GOOD, thisUpdate, now.minus(skew), NonceEcho.AS_SENT, null));

    assertThat(stale.state()).isEqualTo(State.UNKNOWN);
    assertThat(stale.detail()).contains("stale response");
    assertThat(withinSkew.state()).isEqualTo(State.GOOD);
  }

  @Test
  void aPreSignedAnswerWithoutNonceOrNextUpdateCountsOnlyWhileYoungerThanTheTtl() {
    Duration oldest = policy.ocspDefaultTtl().plus(policy.clockSkew());

    RevocationStatus old =
        check(
            new Answer(
                CertificateStatus.GOOD,
                now.minus(oldest).minusSeconds(1),
                null,
                NonceEcho.NONE,
                null));
    RevocationStatus young =
        check(new Answer(CertificateStatus.GOOD, now.minus(oldest), null, NonceEcho.NONE, null));
    // With our nonce echoed, the answer is fresh whatever its thisUpdate.
    RevocationStatus oldWithNonce =
        check(
            new Answer(
                CertificateStatus.GOOD,
                now.minus(oldest).minusSeconds(1),
                null,
                NonceEcho.AS_SENT,
                null));

    assertThat(old.state()).isEqualTo(State.UNKNOWN);
    assertThat(old.detail()).contains("old response without nonce or nextUpdate");
    assertThat(young.state()).isEqualTo(State.GOOD);
    assertThat(oldWithNonce.state()).isEqualTo(State.GOOD);
  }

  @Test
  void revokedNamesTheReasonWhenTheResponderGivesOne() {
    Answer a = good();
    Date when = Date.from(now.minus(Duration.ofDays(3)));

    RevocationStatus withReason =
        check(
            new Answer(
                new RevokedStatus(when, CRLReason.keyCompromise),
                a.thisUpdate(),
                a.nextUpdate(),
                a.nonce(),
                null));
    RevocationStatus withoutReason =
        check(
            new Answer(
                new RevokedStatus(
                    new org.bouncycastle.asn1.ocsp.RevokedInfo(
                        new org.bouncycastle.asn1.ASN1GeneralizedTime(when), null)),
                a.thisUpdate(),
                a.nextUpdate(),
                a.nonce(),
                null));

    assertThat(withReason.state()).isEqualTo(State.REVOKED);
    assertThat(withReason.detail()).contains("reason " + CRLReason.keyCompromise);
    assertThat(withoutReason.state()).isEqualTo(State.REVOKED);
    assertThat(withoutReason.detail()).doesNotContain("reason");
  }

  @Test
  void aResponderThatDoesNotKnowTheCertificateGivesNoAnswer() {
    Answer a = good();

    RevocationStatus status =
        check(new Answer(new UnknownStatus(), a.thisUpdate(), a.nextUpdate(), a.nonce(), null));

    assertThat(status.state()).isEqualTo(State.UNKNOWN);
    assertThat(status.detail()).contains("does not know this certificate");
  }

  @Test
  void remembersADefiniteAnswerUntilItsNextUpdateAndNoLonger() {
    FakeResponder responder = new FakeResponder(r -> respond(r, good()));
    OcspChecker checker = checker(responder);

    checker.check(target, now);
    clock.advance(Duration.ofMinutes(59));
    assertThat(checker.check(target, now).state()).isEqualTo(State.GOOD);
    assertThat(checker.cached(target)).isPresent();
    assertThat(responder.requests).hasSize(1);

    clock.advance(Duration.ofMinutes(1)); // at nextUpdate: asked again
    assertThat(checker.cached(target)).isEmpty();
    checker.check(target, now);
    assertThat(responder.requests).hasSize(2);
  }

  @Test
  void anAnswerAlreadyPastItsNextUpdateIsUsedOnceButNotRemembered() {
    // Within the clock skew it is believed; remembering it would serve it on and on.
    FakeResponder responder =
        new FakeResponder(
            r ->
                respond(
                    r,
                    new Answer(
                        CertificateStatus.GOOD,
                        now.minus(Duration.ofHours(1)),
                        now.minus(Duration.ofMinutes(1)),
                        NonceEcho.AS_SENT,
                        null)));
    OcspChecker checker = checker(responder);

    assertThat(checker.check(target, now).state()).isEqualTo(State.GOOD);
    assertThat(checker.cached(target)).isEmpty();
    checker.check(target, now);
    assertThat(responder.requests).hasSize(2);
  }

  @Test
  void anUndeterminedAnswerIsNeverRemembered() {
    FakeResponder responder =
        new FakeResponder(
            r -> {
              Answer a = good();
              return respond(
                  r,
                  new Answer(new UnknownStatus(), a.thisUpdate(), a.nextUpdate(), a.nonce(), null));
            });
    OcspChecker checker = checker(responder);

    checker.check(target, now);
    checker.check(target, now);

    assertThat(checker.cached(target)).isEmpty();
    assertThat(responder.requests).hasSize(2);
  }

  @Test
  void clearingTheCacheForgetsEveryAnswer() {
    FakeResponder responder = new FakeResponder(r -> respond(r, good()));
    OcspChecker checker = checker(responder);
    checker.check(target, now);

    checker.clearCache();

    assertThat(checker.cached(target)).isEmpty();
    checker.check(target, now);
    assertThat(responder.requests).hasSize(2);
  }

  @Test
  void readsOnlyHttpAddressesWithAHost() {
    assertThat(OcspChecker.httpUri(" http://ocsp.example.it/path ")).isPresent();
    assertThat(OcspChecker.httpUri("HTTPS://ocsp.example.it")).isPresent();
    assertThat(OcspChecker.httpUri("http:///no-host")).isEmpty();
    assertThat(OcspChecker.httpUri("http:opaque")).isEmpty();
    assertThat(OcspChecker.httpUri("ldap://ldap.example.it/cn=ca")).isEmpty();
    assertThat(OcspChecker.httpUri("no scheme")).isEmpty();
    assertThat(OcspChecker.responderUris(LEAF)).containsExactly(RESPONDER);
    assertThat(OcspChecker.responderUris(card(profile()))).isEmpty();
  }
}
