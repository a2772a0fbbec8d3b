package it.cns.enrollment.domain.activation;

import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.identity.CardId;
import it.cns.enrollment.domain.mail.EmailAddress;
import java.time.Instant;

/**
 * What the operator enters to reissue a card's codes, as typed: the card, the identity document of
 * the person at the counter (seen again: new codes need the same proof of identity as the first
 * ones) and, when the person gives one, a new e-mail address for the second halves (null or blank:
 * the recorded one).
 */
public record ReissueRequest(String cardId, IdentityDocument identityDocument, String newEmail) {

  /** The typed facts of a request, its rules checked in the order the counter is told. */
  public record Facts(CardId cardId, IdentityDocument identityDocument, EmailAddress newEmail) {}

  /**
   * Checks the request on {@code at}: card number, identity document (complete, not expired), the
   * new address if any.
   *
   * @throws BusinessRefusal CARD_ID, IDENTITY_DOCUMENT_INVALID or INVALID_EMAIL
   */
  public Facts admit(Instant at) {
    CardId card = ActivationRequest.card(cardId);
    ActivationRules.requireIdentityDocument(identityDocument, ActivationRules.dayInItaly(at));
    EmailAddress email =
        newEmail == null || newEmail.isBlank() ? null : EmailAddress.parse(newEmail);
    return new Facts(card, identityDocument, email);
  }
}
