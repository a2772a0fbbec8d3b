package it.cns.enrollment.domain.card;

import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;

/** The card is already bound (to this or another account). */
public final class CardAlreadyBoundException extends BusinessRefusal {
  private static final long serialVersionUID = 1L;

  public CardAlreadyBoundException(String detail) {
    super(ErrorCode.CARD_ALREADY_BOUND, detail);
  }
}
