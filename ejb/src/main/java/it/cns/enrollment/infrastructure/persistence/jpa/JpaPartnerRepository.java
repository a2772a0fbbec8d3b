package it.cns.enrollment.infrastructure.persistence.jpa;

import it.cns.enrollment.domain.partner.Partner;
import it.cns.enrollment.domain.partner.PartnerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.Optional;

@ApplicationScoped
public class JpaPartnerRepository implements PartnerRepository {

  @PersistenceContext(unitName = "cns")
  EntityManager em;

  @Override
  public Optional<Partner> findByCertificate(
      String canonicalIssuer, String serialHex, String sha256) {
    // Issuer + serial and fingerprint are each unique (V3): at most two records match, and one
    // found by its pinned fingerprint comes first.
    return em.createQuery(
            "select p from Partner p where (p.certificateIssuer = :issuer"
                + " and p.certificateSerial = :serial) or p.certificateSha256 = :sha256",
            Partner.class)
        .setParameter("issuer", canonicalIssuer)
        .setParameter("serial", serialHex)
        .setParameter("sha256", sha256)
        .getResultStream()
        .min(Comparator.comparing(p -> !p.certificateSha256().equals(Optional.ofNullable(sha256))));
  }

  @Override
  public void add(Partner p) {
    em.persist(p);
    em.flush();
  }
}
