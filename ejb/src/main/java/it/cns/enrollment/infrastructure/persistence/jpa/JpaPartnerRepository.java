package it.cns.enrollment.infrastructure.persistence.jpa;

import it.cns.enrollment.domain.partner.Partner;
import it.cns.enrollment.domain.partner.PartnerRepository;
import it.cns.enrollment.domain.partner.PartnerTakenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPartnerRepository implements PartnerRepository {

  static final String UNIQUE_NAME = "uq_partner_name";
  static final String UNIQUE_CERTIFICATE = "uq_partner_certificate";
  static final String UNIQUE_SHA256 = "uq_partner_certificate_sha256";
  static final String UNIQUE_RENEWAL = "uq_partner_renewal_sha256";

  @PersistenceContext(unitName = "cns")
  EntityManager em;

  @Override
  public Optional<Partner> findByCertificate(
      String canonicalIssuer, String serialHex, String sha256) {
    // Issuer + serial and fingerprint are each unique (V3): at most two records match, and one
    // found by its pinned fingerprint comes first. A renewal certificate (V17_1) is found by its
    // fingerprint only. The operations come in the same round trip
    // (every partner call asks this), fetched in the JPQL itself: a fetch given as a query hint
    // made EclipseLink generate the SQL again on every call (BENCHMARKS.md, issue #7).
    return em.createQuery(
            "select distinct p from Partner p left join fetch p.operations"
                + " where (p.certificateIssuer = :issuer and p.certificateSerial = :serial)"
                + " or p.certificateSha256 = :sha256 or p.renewalSha256 = :sha256",
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
    flush();
  }

  @Override
  public List<Partner> all() {
    return em.createQuery("select p from Partner p order by lower(p.name), p.id", Partner.class)
        .getResultList();
  }

  @Override
  public Optional<Partner> find(long id) {
    return Optional.ofNullable(em.find(Partner.class, id));
  }

  @Override
  public Optional<Partner> findByName(String name) {
    return em.createQuery("select p from Partner p where p.name = :name", Partner.class)
        .setParameter("name", name)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void flush() {
    try {
      em.flush();
    } catch (PersistenceException e) {
      // A concurrent registration got there first: the database decided.
      if (Constraints.violated(e, UNIQUE_NAME)) {
        throw PartnerTakenException.name("partner name taken concurrently");
      }
      if (Constraints.violated(e, UNIQUE_CERTIFICATE)
          || Constraints.violated(e, UNIQUE_SHA256)
          || Constraints.violated(e, UNIQUE_RENEWAL)) {
        throw PartnerTakenException.certificate("partner certificate taken concurrently");
      }
      throw e;
    }
  }
}
