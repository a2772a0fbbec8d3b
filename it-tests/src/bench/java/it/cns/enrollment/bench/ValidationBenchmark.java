package it.cns.enrollment.bench;

import it.cns.enrollment.devpki.CardProfile;
import it.cns.enrollment.devpki.CertificateAuthority;
import it.cns.enrollment.devpki.CrlServer;
import it.cns.enrollment.domain.identity.CertificateRefusal;
import it.cns.enrollment.domain.identity.CertificateRefusedException;
import it.cns.enrollment.domain.identity.CodiceFiscale;
import it.cns.enrollment.infrastructure.pki.validation.CertificateValidator;
import it.cns.enrollment.infrastructure.pki.validation.TrustAnchorRegistry;
import it.cns.enrollment.infrastructure.pki.validation.TrustAnchors;
import it.cns.enrollment.infrastructure.pki.validation.ValidationPolicy;
import it.cns.enrollment.infrastructure.pki.validation.ValidationResult;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertPathValidatorResult;
import java.security.cert.CertStore;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXParameters;
import java.security.cert.PKIXRevocationChecker;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Validations per second, caches warm, of our {@link CertificateValidator} against the JDK's PKIX
 * {@link CertPathValidator} on the same chains (card, intermediate CA, root anchor), both checking
 * the card against the same CRL.
 *
 * <p>Our validator always checks the card's revocation: the cards name a CRL distribution point on
 * a local {@link CrlServer}, fetched once in set-up and then served from the validator's cache
 * until nextUpdate (an hour away). The JDK gets that CRL from a {@code CertStore} and checks only
 * the end entity, CRLs only, so that both do the same revocation work. A third benchmark, the JDK
 * without revocation, is the lower bound of a path validation.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ValidationBenchmark {

  /** Distinct cards cycled through, so no single certificate's cached state decides the result. */
  static final int CARDS = 16;

  /** The PKI, the CRL server and the validator: one of each, shared like in the application. */
  @State(Scope.Benchmark)
  public static class Fixture {
    CrlServer crlServer;
    CertificateValidator validator;
    TrustAnchor rootAnchor;
    X509Certificate intermediate;
    X509CRL crl;
    final List<X509Certificate> cards = new ArrayList<>();
    final List<CertPath> paths = new ArrayList<>();

    @Setup(Level.Trial)
    public void setUp() throws Exception {
      crlServer = CrlServer.start();
      CertificateAuthority root = CertificateAuthority.newRoot("Bench Root CA", "Bench PKI");
      CertificateAuthority ca = root.newIntermediate("Bench CNS CA", "Bench PKI");
      intermediate = ca.certificate();
      rootAnchor = new TrustAnchor(root.certificate(), null);
      String crlUrl = crlServer.url("bench.crl");
      // One key for all cards: key generation is set-up cost only, and the cards differ anyway.
      KeyPair cardKeys = rsaKeyPair();
      CertificateFactory factory = CertificateFactory.getInstance("X.509");
      for (int i = 0; i <= CARDS; i++) {
        CardProfile profile =
            CardProfile.forCodiceFiscale(codiceFiscale(i)).withCrlDistributionPoint(crlUrl);
        X509Certificate card = ca.issueCard(profile, cardKeys).certificate();
        cards.add(card);
        paths.add(factory.generateCertPath(List.of(card, intermediate)));
      }
      Instant now = Instant.now();
      // The last card is revoked: set-up checks that both sides really look at the CRL.
      BigInteger revoked = cards.get(CARDS).getSerialNumber();
      crl = ca.crl(now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(1)), revoked);
      crlServer.publish("bench.crl", crl);

      TrustAnchors anchors =
          TrustAnchors.of(
              List.of(root.certificate()), List.of(intermediate), "bench", now, List.of());
      validator =
          new CertificateValidator(
              ValidationPolicy.defaults(), new TrustAnchorRegistry(anchors), Clock.systemUTC());
      warmAndCheck();
    }

    /** Fills the CRL cache, and fails the run if either side would not refuse a revoked card. */
    private void warmAndCheck() throws GeneralSecurityException {
      for (int i = 0; i < CARDS; i++) {
        if (!validator
            .validate(cards.get(i), List.of(intermediate), Instant.now())
            .revocationConfirmed()) {
          throw new IllegalStateException("card " + i + " validated without a revocation check");
        }
      }
      try {
        validator.validate(cards.get(CARDS), List.of(intermediate), Instant.now());
        throw new IllegalStateException("our validator accepted a revoked card");
      } catch (CertificateRefusedException e) {
        if (e.refusal() != CertificateRefusal.REVOKED) {
          throw new IllegalStateException("expected REVOKED, got " + e.refusal(), e);
        }
      }
      Jdk jdk = new Jdk();
      jdk.setUp(this);
      for (int i = 0; i < CARDS; i++) {
        jdk.validator.validate(paths.get(i), jdk.withCrl);
      }
      try {
        jdk.validator.validate(paths.get(CARDS), jdk.withCrl);
        throw new IllegalStateException("the JDK accepted a revoked card");
      } catch (CertPathValidatorException e) {
        if (e.getReason() != CertPathValidatorException.BasicReason.REVOKED) {
          throw new IllegalStateException("expected REVOKED from the JDK, got " + e, e);
        }
      }
      System.out.println(
          "# ejb classes from "
              + CertificateValidator.class.getProtectionDomain().getCodeSource().getLocation()
              + "; CRL downloads: "
              + crlServer.requestCount("bench.crl"));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      crlServer.close();
    }
  }

  /** Which card a thread validates next. */
  @State(Scope.Thread)
  public static class Cursor {
    private int next;

    int next() {
      int i = next;
      next = (i + 1) % CARDS;
      return i;
    }
  }

  /**
   * The JDK's validator and parameters, per thread: a {@code PKIXRevocationChecker} is stateful.
   */
  @State(Scope.Thread)
  public static class Jdk {
    CertPathValidator validator;
    PKIXParameters withCrl;
    PKIXParameters withoutRevocation;

    @Setup(Level.Trial)
    public void setUp(Fixture fixture) throws GeneralSecurityException {
      validator = CertPathValidator.getInstance("PKIX");
      CertStore crls =
          CertStore.getInstance(
              "Collection", new CollectionCertStoreParameters(List.of(fixture.crl)));
      PKIXRevocationChecker checker = (PKIXRevocationChecker) validator.getRevocationChecker();
      // As close to ours as the JDK gets: the card only, from the CRL at hand, no OCSP.
      checker.setOptions(
          EnumSet.of(
              PKIXRevocationChecker.Option.ONLY_END_ENTITY,
              PKIXRevocationChecker.Option.PREFER_CRLS,
              PKIXRevocationChecker.Option.NO_FALLBACK));
      withCrl = new PKIXParameters(Set.of(fixture.rootAnchor));
      withCrl.addCertStore(crls);
      withCrl.setRevocationEnabled(true);
      withCrl.addCertPathChecker(checker);
      withoutRevocation = new PKIXParameters(Set.of(fixture.rootAnchor));
      withoutRevocation.setRevocationEnabled(false);
    }
  }

  @Benchmark
  public ValidationResult oursCrlWarm(Fixture fixture, Cursor cursor) {
    return fixture.validator.validate(
        fixture.cards.get(cursor.next()), List.of(fixture.intermediate), Instant.now());
  }

  @Benchmark
  public CertPathValidatorResult jdkPkixCrlWarm(Fixture fixture, Cursor cursor, Jdk jdk)
      throws GeneralSecurityException {
    return jdk.validator.validate(fixture.paths.get(cursor.next()), jdk.withCrl);
  }

  @Benchmark
  public CertPathValidatorResult jdkPkixNoRevocation(Fixture fixture, Cursor cursor, Jdk jdk)
      throws GeneralSecurityException {
    return jdk.validator.validate(fixture.paths.get(cursor.next()), jdk.withoutRevocation);
  }

  static String codiceFiscale(int i) {
    // Distinct surname letters per card; birth data fixed: only validity matters here.
    String first15 = "RSS" + (char) ('A' + i / 26 % 26) + (char) ('A' + i % 26) + "M" + "80A01H501";
    return first15 + CodiceFiscale.checkCharacter(first15);
  }

  private static KeyPair rsaKeyPair() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    return generator.generateKeyPair();
  }
}
