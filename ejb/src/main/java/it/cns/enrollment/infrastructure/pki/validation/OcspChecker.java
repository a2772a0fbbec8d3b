package it.cns.enrollment.infrastructure.pki.validation;

import static it.cns.enrollment.infrastructure.pki.validation.RevocationSource.OCSP;

import java.net.URI;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.operator.ContentVerifierProvider;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;

/**
 * Asks the OCSP responders named in a certificate's AIA extension (RFC 6960), POST with a nonce.
 *
 * <p>An answer counts only if: the response status is successful; the basic response is signed by
 * the issuing CA itself or by a responder certificate issued by that CA, valid at the validation
 * instant and carrying EKU id-kp-OCSPSigning; it contains a single response for our CertID;
 * thisUpdate is not in the future and nextUpdate (if any) not in the past, within the policy's
 * clock skew. Nonce: if the responder echoes one it must be ours (otherwise it may be a replay);
 * many responders serve pre-signed responses without a nonce (RFC 5019), which are accepted, but
 * then a response without nextUpdate must have a thisUpdate no older than the policy's OCSP TTL.
 * Anything else, including every exception, is an UNKNOWN answer with the reason in its detail.
 *
 * <p>Definite answers are cached per issuer key and serial until the response's nextUpdate (or the
 * policy's default TTL when it has none), which is what keeps warm validations off the network. The
 * responder's own revocation status (id-pkix-ocsp-nocheck) is not checked.
 */
final class OcspChecker {

  private static final long MAX_RESPONSE_BYTES = 1024 * 1024;
  private static final int MAX_CACHE_ENTRIES = 100_000;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final HttpFetcher fetcher;
  private final ValidationPolicy policy;
  private final Clock clock;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  private record Cached(RevocationStatus status, Instant expires) {}

  OcspChecker(HttpFetcher fetcher, ValidationPolicy policy, Clock clock) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher is required");
    this.policy = Objects.requireNonNull(policy, "policy is required");
    this.clock = Objects.requireNonNull(clock, "clock is required");
  }

  RevocationStatus check(RevocationTarget target, Instant at) {
    List<URI> responders = target.ocspResponders();
    if (responders.isEmpty()) {
      return RevocationStatus.unknown(OCSP, "no OCSP responder in the certificate");
    }
    CertificateID id;
    String key;
    try {
      id = target.certificateId();
      key = target.ocspCacheKey();
    } catch (IllegalStateException e) {
      return RevocationStatus.unknown(OCSP, e.getMessage());
    }
    Cached cached = cache.get(key);
    if (cached != null && clock.instant().isBefore(cached.expires())) {
      return cached.status();
    }
    List<String> problems = new ArrayList<>();
    for (URI responder : responders) {
      try {
        Answer answer = ask(responder, id, target.issuer(), at);
        if (answer.status().isDefinite()) {
          remember(key, answer);
          return answer.status();
        }
        problems.add(answer.status().detail());
      } catch (Exception e) {
        // Timeouts, refused connections, garbage: no answer from this responder.
        problems.add(responder + ": " + e);
      }
    }
    return RevocationStatus.unknown(OCSP, String.join("; ", problems));
  }

  /** A remembered answer for this certificate, without asking any responder. */
  Optional<RevocationStatus> cached(RevocationTarget target) {
    if (cache.isEmpty()) {
      return Optional.empty();
    }
    try {
      Cached cached = cache.get(target.ocspCacheKey());
      return cached != null && clock.instant().isBefore(cached.expires())
          ? Optional.of(cached.status())
          : Optional.empty();
    } catch (IllegalStateException e) {
      return Optional.empty();
    }
  }

  void clearCache() {
    cache.clear();
  }

  private record Answer(RevocationStatus status, Instant nextUpdate) {}

  private Answer ask(URI responder, CertificateID id, X509Certificate issuer, Instant at)
      throws Exception {
    byte[] nonce = new byte[16];
    RANDOM.nextBytes(nonce);
    OCSPReqBuilder request = new OCSPReqBuilder().addRequest(id);
    request.setRequestExtensions(
        new Extensions(
            new Extension(
                OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false, new DEROctetString(nonce))));
    byte[] body =
        fetcher.post(
            responder,
            "application/ocsp-request",
            request.build().getEncoded(),
            MAX_RESPONSE_BYTES);
    OCSPResp response = new OCSPResp(body);
    if (response.getStatus() != OCSPResp.SUCCESSFUL) {
      return unknown(responder + " answered with OCSP status " + response.getStatus());
    }
    if (!(response.getResponseObject() instanceof BasicOCSPResp basic)) {
      return unknown(responder + " sent no basic OCSP response");
    }
    if (!signedByAuthorisedResponder(basic, issuer, at)) {
      return unknown(responder + ": response not signed by the CA or an authorised responder");
    }
    Extension echoed = basic.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
    if (echoed != null && !nonceMatches(echoed, nonce)) {
      return unknown(responder + ": nonce mismatch (possible replay)");
    }
    SingleResp single = singleFor(basic, id);
    if (single == null) {
      return unknown(responder + ": no response for this certificate");
    }
    Instant thisUpdate = single.getThisUpdate().toInstant();
    Instant nextUpdate = single.getNextUpdate() == null ? null : single.getNextUpdate().toInstant();
    if (thisUpdate.isAfter(at.plus(policy.clockSkew()))) {
      return unknown(responder + ": thisUpdate " + thisUpdate + " is in the future");
    }
    if (nextUpdate != null && nextUpdate.plus(policy.clockSkew()).isBefore(at)) {
      return unknown(responder + ": stale response, nextUpdate " + nextUpdate);
    }
    if (nextUpdate == null
        && echoed == null
        && thisUpdate.isBefore(at.minus(policy.ocspDefaultTtl()).minus(policy.clockSkew()))) {
      return unknown(responder + ": old response without nonce or nextUpdate: " + thisUpdate);
    }
    CertificateStatus status = single.getCertStatus();
    if (status == CertificateStatus.GOOD) {
      return new Answer(
          RevocationStatus.good(OCSP, responder + ": good at " + thisUpdate, List.of()),
          nextUpdate);
    }
    if (status instanceof RevokedStatus revoked) {
      String reason =
          revoked.hasRevocationReason() ? ", reason " + revoked.getRevocationReason() : "";
      return new Answer(
          RevocationStatus.revoked(
              OCSP, responder + ": revoked at " + revoked.getRevocationTime().toInstant() + reason),
          nextUpdate);
    }
    return unknown(responder + ": the responder does not know this certificate");
  }

  private static Answer unknown(String detail) {
    return new Answer(RevocationStatus.unknown(OCSP, detail), null);
  }

  private void remember(String key, Answer answer) {
    Instant now = clock.instant();
    Instant expires =
        answer.nextUpdate() != null ? answer.nextUpdate() : now.plus(policy.ocspDefaultTtl());
    if (!expires.isAfter(now)) {
      return;
    }
    if (cache.size() >= MAX_CACHE_ENTRIES) {
      cache.clear(); // crude bound; a full cache only costs one round of fresh queries
    }
    cache.put(key, new Cached(answer.status(), expires));
  }

  private static boolean signedByAuthorisedResponder(
      BasicOCSPResp basic, X509Certificate issuer, Instant at) throws Exception {
    ContentVerifierProvider byIssuer =
        new JcaContentVerifierProviderBuilder().build(issuer.getPublicKey());
    if (verifies(basic, byIssuer)) {
      return true;
    }
    X500Name issuerName = X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded());
    for (X509CertificateHolder candidate : basic.getCerts()) {
      // A delegated responder: issued by the same CA, for OCSP signing, in date.
      if (!candidate.getIssuer().equals(issuerName)
          || !candidate.isValidOn(Date.from(at))
          || !hasOcspSigning(candidate)) {
        continue;
      }
      try {
        if (candidate.isSignatureValid(byIssuer)
            && verifies(basic, new JcaContentVerifierProviderBuilder().build(candidate))) {
          return true;
        }
      } catch (Exception e) {
        // Not verifiable with this candidate; try the next one.
      }
    }
    return false;
  }

  private static boolean verifies(BasicOCSPResp basic, ContentVerifierProvider verifier) {
    try {
      return basic.isSignatureValid(verifier);
    } catch (Exception e) {
      return false; // e.g. an EC key against an RSA signature
    }
  }

  private static boolean hasOcspSigning(X509CertificateHolder certificate) {
    ExtendedKeyUsage eku = ExtendedKeyUsage.fromExtensions(certificate.getExtensions());
    return eku != null && eku.hasKeyPurposeId(KeyPurposeId.id_kp_OCSPSigning);
  }

  /** Accepts the nonce as an OCTET STRING (RFC 8954) or, as some responders send it, raw. */
  private static boolean nonceMatches(Extension echoed, byte[] nonce) {
    byte[] value = echoed.getExtnValue().getOctets();
    if (Arrays.equals(value, nonce)) {
      return true;
    }
    try {
      return Arrays.equals(ASN1OctetString.getInstance(value).getOctets(), nonce);
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static SingleResp singleFor(BasicOCSPResp basic, CertificateID id) {
    for (SingleResp single : basic.getResponses()) {
      CertificateID theirs = single.getCertID();
      // Field by field: responders re-encode the hash AlgorithmIdentifier (NULL parameters or
      // none), which would defeat a byte comparison of the whole CertID.
      if (theirs.getHashAlgOID().equals(id.getHashAlgOID())
          && Arrays.equals(theirs.getIssuerNameHash(), id.getIssuerNameHash())
          && Arrays.equals(theirs.getIssuerKeyHash(), id.getIssuerKeyHash())
          && theirs.getSerialNumber().equals(id.getSerialNumber())) {
        return single;
      }
    }
    return null;
  }

  /** The http(s) id-ad-ocsp locations of the certificate's AIA extension. */
  static List<URI> responderUris(X509Certificate certificate) {
    List<URI> uris = new ArrayList<>();
    byte[] value = certificate.getExtensionValue(Extension.authorityInfoAccess.getId());
    if (value == null) {
      return uris;
    }
    try {
      AuthorityInformationAccess aia =
          AuthorityInformationAccess.getInstance(ASN1OctetString.getInstance(value).getOctets());
      for (AccessDescription d : aia.getAccessDescriptions()) {
        GeneralName where = d.getAccessLocation();
        if (AccessDescription.id_ad_ocsp.equals(d.getAccessMethod())
            && where.getTagNo() == GeneralName.uniformResourceIdentifier) {
          httpUri(where.getName().toString()).ifPresent(uris::add);
        }
      }
    } catch (RuntimeException e) {
      // An unreadable AIA names no responder; the CRL may still answer.
    }
    return uris;
  }

  static Optional<URI> httpUri(String text) {
    try {
      URI uri = new URI(text.strip());
      String scheme = uri.getScheme();
      return scheme != null
              && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
              && uri.getHost() != null
          ? Optional.of(uri)
          : Optional.empty();
    } catch (Exception e) {
      return Optional.empty();
    }
  }
}
