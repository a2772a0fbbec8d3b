package it.cns.enrollment.infrastructure.persistence.jpa;

import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.idempotency.RememberedRequest;
import it.cns.enrollment.domain.idempotency.RememberedRequestRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.Optional;

@ApplicationScoped
public class JpaRememberedRequestRepository implements RememberedRequestRepository {

  /** One answer per partner and request id (V3 migration). */
  static final String UNIQUE_REQUEST_CONSTRAINT = "uq_partner_request";

  @PersistenceContext(unitName = "cns")
  EntityManager em;

  @Override
  public Optional<RememberedRequest> find(long partnerId, String requestId) {
    return em.createQuery(
            "select r from RememberedRequest r where r.partnerId = :partner"
                + " and r.requestId = :requestId",
            RememberedRequest.class)
        .setParameter("partner", partnerId)
        .setParameter("requestId", requestId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(RememberedRequest request) {
    try {
      em.persist(request);
      em.flush();
    } catch (PersistenceException e) {
      if (Constraints.violated(e, UNIQUE_REQUEST_CONSTRAINT)) {
        // The same request id is being (or was just) processed by a concurrent call.
        throw new BusinessRefusal(
            ErrorCode.REQUEST_IN_PROGRESS, "request id remembered concurrently");
      }
      throw e;
    }
  }
}
