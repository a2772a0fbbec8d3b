package it.cns.enrollment.domain.card;

import it.cns.enrollment.domain.account.Account;
import it.cns.enrollment.domain.identity.CardId;
import it.cns.enrollment.domain.identity.CardKey;
import java.util.List;
import java.util.Optional;

/** Card bindings, found by the card's identity (issuer + card id). */
public interface SmartcardBindingRepository {

  Optional<SmartcardBinding> findByCard(CardKey card);

  List<SmartcardBinding> findByAccount(Account account);

  /**
   * Every binding of the card with this card id, whatever its issuer (a TS-CNS revoked at the
   * counter is known by its number only).
   */
  List<SmartcardBinding> findByCardNumber(CardId cardId);

  /**
   * Adds a binding and makes it visible to the database at once, so that a concurrent binding of
   * the same card fails here (unique card key) rather than at commit.
   *
   * @throws CardAlreadyBoundException when the card is bound already
   */
  void add(SmartcardBinding binding);

  /** Removes a binding: the card can then be bound again (the audit trail keeps the history). */
  void remove(SmartcardBinding binding);
}
