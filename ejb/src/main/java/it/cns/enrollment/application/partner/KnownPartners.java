package it.cns.enrollment.application.partner;

import it.cns.enrollment.domain.partner.Partner;
import it.cns.enrollment.domain.partner.PartnerCacheSettings;
import it.cns.enrollment.domain.partner.PartnerCertificateId;
import it.cns.enrollment.domain.partner.PartnerChanged;
import it.cns.enrollment.domain.partner.PartnerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The partner a client certificate names, remembered per certificate fingerprint for a short time
 * (issue #19: every partner call looked its caller up twice, each a database round trip).
 *
 * <p>Only enabled partners are remembered, so a partner enabled or registered by any means (the
 * pages, the registration script) is seen at its next call. A change made through the partner pages
 * ({@link PartnerChanged}) is forgotten at once on the node that made it, after its transaction
 * commits; other nodes of a cluster see it when their entry expires, so a disabled partner or a
 * replaced certificate keeps working there for at most {@code CNS_PARTNER_AUTH_CACHE_SECONDS}.
 */
@ApplicationScoped
class KnownPartners {

  /** Partners are a handful; the bound only stops a flood of distinct certificates growing it. */
  static final int MAX_ENTRIES = 1000;

  private record Entry(PartnerAccess access, Instant expires) {}

  private final ConcurrentHashMap<String, Entry> byFingerprint = new ConcurrentHashMap<>();

  @Inject PartnerRepository partners;
  @Inject PartnerCacheSettings settings;
  @Inject Clock clock;

  /** The partner this certificate identifies, if any: a read, inside a transaction or not. */
  Optional<PartnerAccess> identify(X509Certificate certificate) {
    PartnerCertificateId id = PartnerCertificateId.of(certificate);
    Instant now = clock.instant();
    Entry remembered = byFingerprint.get(id.sha256());
    if (remembered != null && now.isBefore(remembered.expires())) {
      return Optional.of(remembered.access());
    }
    Optional<PartnerAccess> found = lookUp(id).map(PartnerAccess::of);
    if (found.isPresent() && found.get().enabled() && !settings.ttl().isZero()) {
      if (byFingerprint.size() >= MAX_ENTRIES) {
        byFingerprint.clear();
      }
      byFingerprint.put(id.sha256(), new Entry(found.get(), now.plus(settings.ttl())));
    } else {
      byFingerprint.remove(id.sha256());
    }
    return found;
  }

  /** The partner record this certificate identifies, read now. */
  Optional<Partner> lookUp(PartnerCertificateId id) {
    return partners
        .findByCertificate(id.issuer(), id.serialHex(), id.sha256())
        .filter(p -> p.isIdentifiedBy(id));
  }

  void forget(@Observes(during = TransactionPhase.AFTER_COMPLETION) PartnerChanged changed) {
    byFingerprint.values().removeIf(e -> e.access().id() == changed.partnerId());
  }
}
