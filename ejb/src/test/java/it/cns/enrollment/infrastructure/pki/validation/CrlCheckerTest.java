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
import java.util.Date;
import java.util.function.Consumer;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.IssuingDistributionPoint;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;

/**
 * How one CRL is judged, with CRLs made by BouncyCastle and signed by the test CA: which ones give
 * an answer and which do not (an unsupported critical extension, thisUpdate ahead of the clock
 * skew, no nextUpdate, stale beyond the grace), and what a listed card's refusal says. The CRL is
 * handed over by a fake fetcher; {@link RevocationTest} does the same over real HTTP.
 */
class CrlCheckerTest {

  private static final String POINT = "http://crl.test/ca.crl";
  private static final X509Certificate LEAF = card(profile().withCrlDistributionPoint(POINT));

  private final Instant now = Instant.parse("2026-12-03T12:00:00Z");
  private final MovableClock clock = new MovableClock(now);
  private final RevocationTarget target = RevocationTarget.of(LEAF, CA.certificate());

  private static byte[] crl(
      Instant thisUpdate, Instant nextUpdate, Consumer<X509v2CRLBuilder> more) {
    try {
      X509v2CRLBuilder builder = new JcaX509v2CRLBuilder(CA.certificate(), Date.from(thisUpdate));
      if (nextUpdate != null) {
        builder.setNextUpdate(Date.from(nextUpdate));
      }
      more.accept(builder);
      return builder
          .build(new JcaContentSignerBuilder("SHA256withRSA").build(CA.privateKey()))
          .getEncoded();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private RevocationStatus check(byte[] der, ValidationPolicy policy) {
    HttpFetcher fetcher =
        new HttpFetcher() {
          @Override
          public byte[] get(URI uri, long maxBytes) {
            return der;
          }

          @Override
          public byte[] post(URI uri, String type, byte[] body, long maxBytes) throws IOException {
            throw new IOException("a CRL checker never POSTs");
          }
        };
    return new CrlChecker(new CrlCache(fetcher, clock, 1_000_000), policy).check(target, now);
  }

  private RevocationStatus check(byte[] der) {
    return check(der, fastPolicy());
  }

  private byte[] current(Consumer<X509v2CRLBuilder> more) {
    return crl(now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(1)), more);
  }

  @Test
  void aCardNotListedIsGoodAndAListedOneRevokedWithItsReason() {
    BigInteger serial = LEAF.getSerialNumber();

    RevocationStatus notListed =
        check(current(b -> b.addCRLEntry(BigInteger.TEN, Date.from(now), 0)));
    RevocationStatus listed =
        check(current(b -> b.addCRLEntry(serial, Date.from(now), CRLReason.keyCompromise)));
    RevocationStatus listedNoReason =
        check(current(b -> b.addCRLEntry(serial, Date.from(now), CRLReason.unspecified)));

    assertThat(notListed.state()).isEqualTo(State.GOOD);
    assertThat(listed.state()).isEqualTo(State.REVOKED);
    assertThat(listed.detail()).contains("KEY_COMPROMISE");
    assertThat(listedNoReason.state()).isEqualTo(State.REVOKED);
    assertThat(listedNoReason.detail()).endsWith("revoked at " + now);
  }

  @Test
  void anUnsupportedCriticalExtensionGivesNoAnswerButTheIssuingDistributionPointIsUnderstood() {
    // A delta CRL indicator: this CRL alone does not say who is revoked.
    RevocationStatus delta =
        check(
            current(
                b -> {
                  try {
                    b.addExtension(
                        Extension.deltaCRLIndicator,
                        true,
                        new org.bouncycastle.asn1.x509.CRLNumber(BigInteger.ONE));
                  } catch (IOException e) {
                    throw new IllegalStateException(e);
                  }
                }));
    RevocationStatus withIdp =
        check(
            current(
                b -> {
                  try {
                    b.addExtension(
                        Extension.issuingDistributionPoint,
                        true,
                        new IssuingDistributionPoint(null, false, false));
                  } catch (IOException e) {
                    throw new IllegalStateException(e);
                  }
                }));

    assertThat(delta.state()).isEqualTo(State.UNKNOWN);
    assertThat(delta.detail()).contains("unsupported critical CRL extension");
    assertThat(withIdp.state()).isEqualTo(State.GOOD);
  }

  @Test
  void thisUpdateAheadCountsOnlyWithinTheClockSkew() {
    Duration skew = fastPolicy().clockSkew();
    Instant next = now.plus(Duration.ofDays(1));

    RevocationStatus ahead = check(crl(now.plus(skew).plusSeconds(1), next, b -> {}));
    RevocationStatus withinSkew = check(crl(now.plus(skew), next, b -> {}));

    assertThat(ahead.state()).isEqualTo(State.UNKNOWN);
    assertThat(ahead.detail()).contains("in the future");
    assertThat(withinSkew.state()).isEqualTo(State.GOOD);
  }

  @Test
  void aCrlWithoutNextUpdateIsStaleWhateverTheGrace() {
    ValidationPolicy tolerant = fastPolicy().toBuilder().staleCrlGrace(Duration.ofDays(7)).build();

    RevocationStatus status = check(crl(now.minus(Duration.ofHours(1)), null, b -> {}), tolerant);

    assertThat(status.state()).isEqualTo(State.UNKNOWN);
    assertThat(status.detail()).contains("nextUpdate absent");
  }

  @Test
  void aStaleCrlCountsUpToTheEndOfItsGraceWithAWarning() {
    Duration grace = Duration.ofHours(6);
    ValidationPolicy tolerant = fastPolicy().toBuilder().staleCrlGrace(grace).build();
    Instant made = now.minus(Duration.ofDays(2));

    RevocationStatus atTheEnd = check(crl(made, now.minus(grace), b -> {}), tolerant);
    RevocationStatus beyond = check(crl(made, now.minus(grace).minusSeconds(1), b -> {}), tolerant);
    RevocationStatus fresh = check(crl(made, now, b -> {}), tolerant);

    assertThat(atTheEnd.state()).isEqualTo(State.GOOD);
    assertThat(atTheEnd.warnings()).singleElement().asString().startsWith("stale CRL used");
    assertThat(beyond.state()).isEqualTo(State.UNKNOWN);
    assertThat(beyond.detail()).contains("stale CRL");
    // nextUpdate exactly now is not yet past: no warning.
    assertThat(fresh.state()).isEqualTo(State.GOOD);
    assertThat(fresh.warnings()).isEmpty();
  }

  @Test
  void readsTheHttpDistributionPointsOnly() {
    assertThat(CrlChecker.distributionPointUris(LEAF)).containsExactly(URI.create(POINT));
    assertThat(CrlChecker.distributionPointUris(card(profile()))).isEmpty();
    assertThat(
            CrlChecker.distributionPointUris(
                card(profile().withCrlDistributionPoint("ldap://ldap.test/cn=ca"))))
        .isEmpty();
    RevocationStatus none =
        new CrlChecker(
                new CrlCache(
                    new UrlConnectionHttpFetcher(Duration.ofSeconds(1), Duration.ofSeconds(1)),
                    clock,
                    1),
                fastPolicy())
            .check(RevocationTarget.of(card(profile()), CA.certificate()), now);
    assertThat(none.state()).isEqualTo(State.UNKNOWN);
    assertThat(none.detail()).contains("no http CRL distribution point");
  }
}
