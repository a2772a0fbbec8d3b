package it.cns.enrollment.domain.activation;

import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.identity.CardId;
import it.cns.enrollment.domain.identity.CodiceFiscale;
import java.util.List;
import java.util.Optional;

/** TS-CNS activations, one per card. */
public interface TsCnsActivationRepository {

  Optional<TsCnsActivation> findByCardId(CardId id);

  /**
   * The card's activation with its row locked until the transaction ends (SELECT ... FOR UPDATE),
   * so that simultaneous revocations, reissues and CIP attempts on one card run one after another.
   */
  Optional<TsCnsActivation> findByCardIdForUpdate(CardId id);

  /**
   * As {@link #findByCardIdForUpdate}, for a use case that needs the activation to exist.
   *
   * @throws BusinessRefusal CARD_NOT_ACTIVATED when the card has none
   */
  default TsCnsActivation requireByCardIdForUpdate(CardId id) {
    return findByCardIdForUpdate(id)
        .orElseThrow(
            () ->
                new BusinessRefusal(ErrorCode.CARD_NOT_ACTIVATED, "no activation for card " + id));
  }

  Optional<TsCnsActivation> findById(long id);

  /** The holder's activations, oldest first. */
  List<TsCnsActivation> findByHolder(CodiceFiscale cf);

  /**
   * Adds an activation and makes it visible to the database at once, so that a concurrent
   * activation of the same card fails here (unique card id) rather than at commit.
   *
   * @throws it.cns.enrollment.domain.error.BusinessRefusal CARD_ALREADY_ACTIVATED when the card is
   *     activated already
   */
  void add(TsCnsActivation activation);
}
