package it.cns.enrollment.infrastructure.pki.validation;

import static it.cns.enrollment.domain.identity.CertificateRefusal.CF_UNREADABLE;
import static it.cns.enrollment.domain.identity.CertificateRefusal.EXPIRED;
import static it.cns.enrollment.domain.identity.CertificateRefusal.MALFORMED;
import static it.cns.enrollment.domain.identity.CertificateRefusal.NOT_CNS_POLICY;
import static it.cns.enrollment.domain.identity.CertificateRefusal.NOT_YET_VALID;
import static it.cns.enrollment.domain.identity.CertificateRefusal.NO_CERTIFICATE;
import static it.cns.enrollment.domain.identity.CertificateRefusal.REVOCATION_UNKNOWN;
import static it.cns.enrollment.domain.identity.CertificateRefusal.REVOKED;
import static it.cns.enrollment.domain.identity.CertificateRefusal.UNTRUSTED_ISSUER;
import static it.cns.enrollment.domain.identity.CertificateRefusal.WRONG_KEY_USAGE;

import it.cns.enrollment.domain.identity.CertificateRefusedException;
import it.cns.enrollment.domain.identity.CnsCertificate;
import it.cns.enrollment.domain.identity.KeyUsageBit;
import it.cns.enrollment.infrastructure.pki.CnsCertificateParser;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The one certificate validation every channel goes through.
 *
 * <p>Order of checks, chosen so that the refusal is the most specific and most useful one:
 *
 * <ol>
 *   <li>parse ({@code NO_CERTIFICATE}, {@code MALFORMED}, {@code CF_UNREADABLE}, {@code
 *       CF_INVALID});
 *   <li>trust ({@code UNTRUSTED_ISSUER}): a PKIX path to an anchor is built at the validation
 *       instant and, if that fails, again just inside each end of the leaf's validity, so that
 *       trust is judged independently of dates: a foreign card is "issuer not recognised" even when
 *       it has also expired, and a recognised card that has expired is "expired", which tells the
 *       citizen what to do;
 *   <li>dates ({@code EXPIRED}, {@code NOT_YET_VALID}) of the leaf, then of the CA certificates and
 *       the anchor (a CA past its validity also yields {@code EXPIRED});
 *   <li>key usage and EKU ({@code WRONG_KEY_USAGE});
 *   <li>certificate policy ({@code NOT_CNS_POLICY});
 *   <li>revocation ({@code REVOKED}, {@code REVOCATION_UNKNOWN}) last, as the only network step:
 *       the leaf always; each CA certificate of the path when it names an OCSP responder or a CRL.
 *       Under {@link RevocationMode#FAIL_OPEN} an undetermined status is accepted and reported in
 *       the result's warnings and {@link ValidationResult#revocationConfirmed()}.
 * </ol>
 *
 * <p>Thread-safe; the caches of OCSP answers and CRLs live as long as the instance, so the
 * application keeps one.
 */
public final class CertificateValidator {

  private final ValidationPolicy policy;
  private final Supplier<TrustAnchors> anchors;
  private final CnsCertificateParser parser = new CnsCertificateParser();
  private final PathValidator paths = new PathValidator();
  private final RevocationChecker revocation;
  private final RevocationObserver observer;

  // What does not change for a given chain is worked out once: the parsed identity, and the
  // trusted path for as long as the same anchors are in force. Dates, key usage, policy and
  // revocation are judged on every call. Bounded: cleared when full.
  private static final int MEMO_LIMIT = 10_000;
  private final Map<String, CnsCertificate> identities = new ConcurrentHashMap<>();
  private final Map<String, TrustedPath> trustedPaths = new ConcurrentHashMap<>();

  /**
   * A path built under {@code anchors}, with its certificates and what revocation checking needs of
   * each, decoded once (issue #19).
   */
  private record TrustedPath(
      TrustAnchors anchors,
      List<X509Certificate> certificates,
      X509Certificate anchor,
      List<RevocationTarget> revocationTargets) {

    static TrustedPath of(TrustAnchors anchors, PKIXCertPathBuilderResult path) {
      List<X509Certificate> certificates = new ArrayList<>();
      for (Certificate c : path.getCertPath().getCertificates()) {
        certificates.add((X509Certificate) c);
      }
      X509Certificate anchor = path.getTrustAnchor().getTrustedCert();
      List<RevocationTarget> targets = new ArrayList<>();
      for (int i = 0; i < certificates.size(); i++) {
        X509Certificate issuer = i + 1 < certificates.size() ? certificates.get(i + 1) : anchor;
        targets.add(RevocationTarget.of(certificates.get(i), issuer));
      }
      return new TrustedPath(anchors, List.copyOf(certificates), anchor, List.copyOf(targets));
    }
  }

  /** Fetching over HTTP with the policy's timeouts. */
  public CertificateValidator(
      ValidationPolicy policy, Supplier<TrustAnchors> anchors, Clock clock) {
    this(policy, anchors, clock, UrlConnectionHttpFetcher.of(policy));
  }

  /**
   * @param anchors consulted on every validation, e.g. a {@link TrustAnchorRegistry}, so that a
   *     reload takes effect at once
   * @param clock drives cache expiry only; validity is judged at the instant given to validate
   * @param fetcher how CRLs and OCSP answers are fetched
   */
  public CertificateValidator(
      ValidationPolicy policy, Supplier<TrustAnchors> anchors, Clock clock, HttpFetcher fetcher) {
    this(policy, anchors, clock, fetcher, RevocationObserver.NONE);
  }

  /**
   * As above, telling {@code observer} about every revocation exchange, stored CRL and undetermined
   * status (for the operations meters).
   */
  public CertificateValidator(
      ValidationPolicy policy,
      Supplier<TrustAnchors> anchors,
      Clock clock,
      HttpFetcher fetcher,
      RevocationObserver observer) {
    this.policy = Objects.requireNonNull(policy, "policy is required");
    this.anchors = Objects.requireNonNull(anchors, "anchors are required");
    Objects.requireNonNull(clock, "clock is required");
    Objects.requireNonNull(fetcher, "fetcher is required");
    this.observer = Objects.requireNonNull(observer, "observer is required");
    HttpFetcher observed = new ObservedHttpFetcher(fetcher, observer);
    this.revocation =
        new RevocationChecker(
            new OcspChecker(observed, policy, clock),
            new CrlChecker(new CrlCache(observed, clock, policy.maxCrlBytes(), observer), policy),
            policy.revocationOrder());
  }

  public ValidationPolicy policy() {
    return policy;
  }

  /**
   * As {@link #validate(X509Certificate, List, Instant, RevocationMode)} with the policy's mode.
   */
  public ValidationResult validate(
      X509Certificate leaf, List<X509Certificate> presentedChain, Instant at) {
    return validate(leaf, presentedChain, at, policy.defaultRevocationMode());
  }

  /**
   * Validates a card certificate.
   *
   * @param leaf the card's certificate
   * @param presentedChain CA certificates sent with it (may be empty, may include the leaf)
   * @param at the instant of validation (normally now)
   * @param mode what to do when revocation cannot be determined
   * @return the validated identity, with warnings to audit
   * @throws CertificateRefusedException with a typed refusal; no other exception for any input
   */
  public ValidationResult validate(
      X509Certificate leaf, List<X509Certificate> presentedChain, Instant at, RevocationMode mode) {
    Objects.requireNonNull(at, "validation instant is required");
    Objects.requireNonNull(mode, "revocation mode is required");
    if (leaf == null) {
      throw new CertificateRefusedException(NO_CERTIFICATE, "no certificate to validate");
    }
    try {
      List<X509Certificate> chain = presentedChain == null ? List.of() : presentedChain;
      String key = chainKey(leaf, chain);
      CnsCertificate identity = identities.get(key);
      TrustAnchors current = anchors.get();
      if (identity == null) {
        identity = parse(leaf, chain, current, at);
        remember(identities, key, identity);
      }
      TrustedPath trusted = trustedPaths.get(key);
      if (trusted == null || trusted.anchors() != current) {
        trusted = TrustedPath.of(current, trustedPath(leaf, chain, identity, at, current));
        remember(trustedPaths, key, trusted);
      }
      List<X509Certificate> certificates = trusted.certificates();
      X509Certificate anchor = trusted.anchor();
      checkDates(identity, certificates, anchor, at);
      checkKeyUsage(identity);
      checkPolicy(identity);
      List<String> warnings = new ArrayList<>();
      boolean confirmed = checkRevocation(trusted.revocationTargets(), at, mode, warnings);
      return new ValidationResult(identity, certificates, anchor, confirmed, warnings);
    } catch (CertificateRefusedException e) {
      throw e;
    } catch (RuntimeException e) {
      // Every step maps its own failures; this is the net for a library surprise.
      throw new CertificateRefusedException(MALFORMED, "unexpected validation failure: " + e, e);
    }
  }

  /**
   * The card's identity; a certificate without a readable codice fiscale that no card issuer signed
   * (a partner's or a web site's certificate offered by the browser) is refused as
   * UNTRUSTED_ISSUER, not a card of ours at all, rather than as a card whose codice fiscale cannot
   * be read.
   */
  private CnsCertificate parse(
      X509Certificate leaf, List<X509Certificate> chain, TrustAnchors current, Instant at) {
    try {
      return parser.parse(leaf);
    } catch (CertificateRefusedException e) {
      if (e.refusal() != CF_UNREADABLE || fromCardIssuer(leaf, chain, current, at)) {
        throw e;
      }
      throw new CertificateRefusedException(
          UNTRUSTED_ISSUER,
          "no codice fiscale and no trusted path for issuer " + leaf.getIssuerX500Principal(),
          e);
    }
  }

  /** Whether a trusted path exists at {@code at} or within the leaf's own validity. */
  private boolean fromCardIssuer(
      X509Certificate leaf, List<X509Certificate> chain, TrustAnchors current, Instant at) {
    for (Instant when :
        List.of(
            at,
            leaf.getNotBefore().toInstant().plusSeconds(1),
            leaf.getNotAfter().toInstant().minusSeconds(1))) {
      try {
        paths.build(leaf, chain, current, when);
        return true;
      } catch (Exception untrusted) {
        // try the next instant
      }
    }
    return false;
  }

  /** Forgets cached OCSP answers and CRLs, e.g. after an incident at a CA. */
  public void clearCaches() {
    revocation.clearCaches();
    identities.clear();
    trustedPaths.clear();
  }

  private PKIXCertPathBuilderResult trustedPath(
      X509Certificate leaf,
      List<X509Certificate> chain,
      CnsCertificate identity,
      Instant at,
      TrustAnchors current) {
    try {
      return paths.build(leaf, chain, current, at);
    } catch (Exception atInstant) {
      // Within the leaf's own validity, both ends: the CAs of an old card may have been renewed
      // since, those of a fresh card may be younger than its notBefore suggests.
      for (Instant within :
          List.of(identity.notBefore().plusSeconds(1), identity.notAfter().minusSeconds(1))) {
        try {
          paths.build(leaf, chain, current, within);
          // Trusted when the card was valid, not at the instant asked: only dates are wrong.
          throw dateRefusal(identity, at);
        } catch (CertificateRefusedException e) {
          throw e;
        } catch (Exception stillUntrusted) {
          // try the other end
        }
      }
      throw new CertificateRefusedException(
          UNTRUSTED_ISSUER,
          "no trusted path for serial "
              + identity.serialHex()
              + " issued by "
              + identity.issuerDn()
              + ": "
              + atInstant.getMessage(),
          atInstant);
    }
  }

  private static CertificateRefusedException dateRefusal(CnsCertificate identity, Instant at) {
    if (identity.isExpiredAt(at)) {
      return new CertificateRefusedException(
          EXPIRED, "certificate expired at " + identity.notAfter());
    }
    if (identity.isNotYetValidAt(at)) {
      return new CertificateRefusedException(
          NOT_YET_VALID, "certificate valid from " + identity.notBefore());
    }
    return new CertificateRefusedException(
        EXPIRED, "a CA certificate of the path is not valid at " + at);
  }

  private static void checkDates(
      CnsCertificate identity, List<X509Certificate> path, X509Certificate anchor, Instant at) {
    if (identity.isExpiredAt(at)) {
      throw new CertificateRefusedException(
          EXPIRED, "certificate expired at " + identity.notAfter());
    }
    if (identity.isNotYetValidAt(at)) {
      throw new CertificateRefusedException(
          NOT_YET_VALID, "certificate valid from " + identity.notBefore());
    }
    List<X509Certificate> cas = new ArrayList<>(path.subList(1, path.size()));
    cas.add(anchor); // the JDK does not check the anchor's own validity
    for (X509Certificate ca : cas) {
      if (ca.getNotAfter().toInstant().isBefore(at)) {
        throw new CertificateRefusedException(
            EXPIRED,
            "CA certificate "
                + ca.getSubjectX500Principal().getName()
                + " expired at "
                + ca.getNotAfter().toInstant());
      }
      if (ca.getNotBefore().toInstant().isAfter(at)) {
        throw new CertificateRefusedException(
            NOT_YET_VALID,
            "CA certificate "
                + ca.getSubjectX500Principal().getName()
                + " valid from "
                + ca.getNotBefore().toInstant());
      }
    }
  }

  private void checkKeyUsage(CnsCertificate identity) {
    Set<KeyUsageBit> missing = EnumSet.noneOf(KeyUsageBit.class);
    missing.addAll(policy.requiredKeyUsage());
    missing.removeAll(identity.keyUsage());
    if (!missing.isEmpty()) {
      throw new CertificateRefusedException(
          WRONG_KEY_USAGE, "key usage " + identity.keyUsage() + " lacks " + missing);
    }
    if (identity.hasExtendedKeyUsage(ValidationPolicy.ANY_EXTENDED_KEY_USAGE_OID)) {
      return;
    }
    for (String eku : policy.requiredExtendedKeyUsage()) {
      if (!identity.hasExtendedKeyUsage(eku)) {
        throw new CertificateRefusedException(
            WRONG_KEY_USAGE,
            "extended key usage " + identity.extendedKeyUsageOids() + " lacks " + eku);
      }
    }
  }

  private void checkPolicy(CnsCertificate identity) {
    for (String oid : identity.policyOids()) {
      if (policy.acceptedPolicyOids().contains(oid)) {
        return;
      }
    }
    throw new CertificateRefusedException(
        NOT_CNS_POLICY,
        "policies " + identity.policyOids() + " include none of " + policy.acceptedPolicyOids());
  }

  /** Returns whether every checked status was definite; throws on revoked or fail-closed. */
  private boolean checkRevocation(
      List<RevocationTarget> path, Instant at, RevocationMode mode, List<String> warnings) {
    boolean confirmed = true;
    for (int i = 0; i < path.size(); i++) {
      RevocationTarget target = path.get(i);
      X509Certificate subject = target.certificate();
      boolean leaf = i == 0;
      if (!leaf && !target.hasPointers()) {
        continue; // a CA certificate naming no OCSP responder or CRL cannot be checked
      }
      RevocationStatus status = revocation.check(target, at);
      warnings.addAll(status.warnings());
      String who =
          (leaf ? "certificate" : "CA certificate " + subject.getSubjectX500Principal().getName())
              + " serial "
              + subject.getSerialNumber().toString(16);
      switch (status.state()) {
        case GOOD -> {}
        case REVOKED ->
            throw new CertificateRefusedException(REVOKED, who + " revoked: " + status.detail());
        case UNKNOWN -> {
          observer.undetermined(mode);
          if (mode == RevocationMode.FAIL_CLOSED) {
            throw new CertificateRefusedException(REVOCATION_UNKNOWN, who + ": " + status.detail());
          }
          confirmed = false;
          warnings.add("revocation not checked: " + who + ": " + status.detail());
        }
      }
    }
    return confirmed;
  }

  /** The SHA-256 of the leaf's and the presented chain's encodings. */
  private static String chainKey(X509Certificate leaf, List<X509Certificate> chain) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(leaf.getEncoded());
      for (X509Certificate c : chain) {
        sha.update(c.getEncoded());
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
      throw new CertificateRefusedException(MALFORMED, "certificate cannot be encoded: " + e);
    }
  }

  private static <V> void remember(Map<String, V> memo, String key, V value) {
    if (memo.size() >= MEMO_LIMIT) {
      memo.clear();
    }
    memo.put(key, value);
  }
}
