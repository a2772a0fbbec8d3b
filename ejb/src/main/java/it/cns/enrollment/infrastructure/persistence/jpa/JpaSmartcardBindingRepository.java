package it.cns.enrollment.infrastructure.persistence.jpa;

import it.cns.enrollment.domain.account.Account;
import it.cns.enrollment.domain.card.CardAlreadyBoundException;
import it.cns.enrollment.domain.card.SmartcardBinding;
import it.cns.enrollment.domain.card.SmartcardBindingRepository;
import it.cns.enrollment.domain.identity.CardId;
import it.cns.enrollment.domain.identity.CardKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaSmartcardBindingRepository implements SmartcardBindingRepository {

  /** The unique index that makes a card bindable once (see V1 migration). */
  static final String UNIQUE_CARD_CONSTRAINT = "uq_smartcard_binding_card";

  @PersistenceContext(unitName = "cns")
  EntityManager em;

  @Override
  public Optional<SmartcardBinding> findByCard(CardKey card) {
    return em.createQuery(
            // The account comes in the same round trip: every use of a card asks who it belongs to.
            "select b from SmartcardBinding b join fetch b.account where b.cardIssuerDn = :issuer"
                + " and b.cardKeyKind = :kind and b.cardLocalId = :local",
            SmartcardBinding.class)
        .setParameter("issuer", card.issuer())
        .setParameter("kind", card.kind().name())
        .setParameter("local", card.localId())
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<SmartcardBinding> findByAccount(Account account) {
    return em.createQuery(
            "select b from SmartcardBinding b where b.account = :account order by b.boundAt",
            SmartcardBinding.class)
        .setParameter("account", account)
        .getResultList();
  }

  @Override
  public List<SmartcardBinding> findByCardNumber(CardId cardId) {
    return em.createQuery(
            "select b from SmartcardBinding b where b.cardKeyKind = :kind"
                + " and b.cardLocalId = :local order by b.boundAt",
            SmartcardBinding.class)
        .setParameter("kind", CardKey.Kind.CARD_ID.name())
        .setParameter("local", cardId.value())
        .getResultList();
  }

  @Override
  public void add(SmartcardBinding binding) {
    try {
      em.persist(binding);
      em.flush();
    } catch (PersistenceException e) {
      if (Constraints.violated(e, UNIQUE_CARD_CONSTRAINT)) {
        // A concurrent request bound the same card first: the database decided.
        throw new CardAlreadyBoundException("card bound concurrently");
      }
      throw e;
    }
  }

  @Override
  public void remove(SmartcardBinding binding) {
    em.remove(em.contains(binding) ? binding : em.merge(binding));
  }
}
