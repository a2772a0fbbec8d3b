package it.cns.enrollment.infrastructure.metrics;

import it.cns.enrollment.application.port.NodeStatus;
import it.cns.enrollment.infrastructure.pki.trust.CardTrust;
import it.cns.enrollment.infrastructure.pki.validation.RevocationMode;
import it.cns.enrollment.infrastructure.pki.validation.RevocationSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import javax.security.auth.x500.X500Principal;

/**
 * The node's status for the supervisors' page, from what this node holds: the trusted issuers
 * ({@link CardTrust}) and the revocation services' tallies ({@link RevocationMeter}). Nothing here
 * touches the database.
 */
@ApplicationScoped
public class MeasuredNodeStatus implements NodeStatus {

  @Inject CardTrust trust;
  @Inject RevocationMeter revocation;
  @Inject Clock clock;

  /** Reload periods without success after which the trust is stale, as readiness judges it. */
  static final int STALE_AFTER_PERIODS = 3;

  @Override
  public TrustedIssuers trustedIssuers() {
    List<Issuer> issuers =
        trust.anchors().anchorCertificates().stream()
            .map(MeasuredNodeStatus::issuer)
            .sorted(Comparator.comparing(Issuer::name))
            .toList();
    Instant last = trust.lastSuccessfulReload().orElse(null);
    boolean stale =
        issuers.isEmpty()
            || last == null
            || last.plus(CardTrust.RELOAD_PERIOD.multipliedBy(STALE_AFTER_PERIODS))
                .isBefore(clock.instant());
    return new TrustedIssuers(
        trust.anchors().source(),
        issuers,
        last,
        trust.lastReloadAttempt().orElse(null),
        trust.lastReloadFailure().orElse(null),
        stale);
  }

  @Override
  public RevocationServices revocationServices() {
    List<Service> services =
        List.of(RevocationSource.OCSP, RevocationSource.CRL).stream()
            .map(
                s -> {
                  RevocationMeter.Tally t = revocation.tally(s);
                  return new Service(
                      s.name(), t.answered().sum(), t.failed().sum(), t.lastFailure().get());
                })
            .toList();
    List<Crl> crls =
        revocation.freshestCrls().entrySet().stream()
            .map(e -> new Crl(e.getKey(), e.getValue()))
            .sorted(Comparator.comparing(Crl::issuer))
            .toList();
    return new RevocationServices(
        revocation.since(),
        services,
        revocation.undeterminedCount(RevocationMode.FAIL_CLOSED),
        revocation.undeterminedCount(RevocationMode.FAIL_OPEN),
        crls);
  }

  private static Issuer issuer(X509Certificate c) {
    return new Issuer(
        c.getSubjectX500Principal().getName(X500Principal.RFC2253), c.getNotAfter().toInstant());
  }
}
