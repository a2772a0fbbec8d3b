package it.cns.enrollment.infrastructure.persistence.jpa;

import it.cns.enrollment.domain.activation.TsCnsActivation;
import it.cns.enrollment.domain.activation.TsCnsActivationRepository;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.identity.CardId;
import it.cns.enrollment.domain.identity.CodiceFiscale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaTsCnsActivationRepository implements TsCnsActivationRepository {

  /** A card is activated once (V4 migration): a concurrent second activation loses here. */
  static final String UNIQUE_CARD_CONSTRAINT = "uq_tscns_activation_card";

  @PersistenceContext(unitName = "cns")
  EntityManager em;

  @Override
  public Optional<TsCnsActivation> findByCardId(CardId id) {
    return em.createQuery(
            "select a from TsCnsActivation a where a.cardId = :card", TsCnsActivation.class)
        .setParameter("card", id.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<TsCnsActivation> findByCardIdForUpdate(CardId id) {
    return em.createQuery(
            "select a from TsCnsActivation a where a.cardId = :card", TsCnsActivation.class)
        .setParameter("card", id.value())
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<TsCnsActivation> findById(long id) {
    return Optional.ofNullable(em.find(TsCnsActivation.class, id));
  }

  @Override
  public List<TsCnsActivation> findByHolder(CodiceFiscale cf) {
    return em.createQuery(
            "select a from TsCnsActivation a where a.holderCf = :cf order by a.activatedAt, a.id",
            TsCnsActivation.class)
        .setParameter("cf", cf)
        .getResultList();
  }

  @Override
  public void add(TsCnsActivation activation) {
    try {
      em.persist(activation);
      em.flush();
    } catch (PersistenceException e) {
      if (Constraints.violated(e, UNIQUE_CARD_CONSTRAINT)) {
        // A concurrent request activated the same card first: the database decided.
        throw new BusinessRefusal(ErrorCode.CARD_ALREADY_ACTIVATED, "card activated concurrently");
      }
      throw e;
    }
  }
}
