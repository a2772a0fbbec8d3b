package it.cns.enrollment.interfaces.web.counter;

import it.cns.enrollment.application.card.RevocationReceipt;
import it.cns.enrollment.application.card.RevocationService;
import it.cns.enrollment.interfaces.web.UserMessages;
import it.cns.enrollment.interfaces.web.intranet.OperatorSession;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Revocation of a TS-CNS with the CIP the holder tells the operator. The CIP lives in this request
 * only (an input that is never rendered back) and is wiped by the service.
 */
@Named("revoca")
@RequestScoped
public class CardRevocation {

  @EJB RevocationService revocations;
  @Inject OperatorSession session;

  private String cardId;
  private String cip;
  private RevocationReceipt receipt;
  private UserMessages.Shown problem;

  public void revoke() {
    char[] secret = cip == null ? new char[0] : cip.strip().toCharArray();
    cip = null;
    try {
      receipt = revocations.revoke(cardId, secret);
    } catch (RuntimeException e) {
      problem = UserMessages.of(e, CounterWork.locale());
    } finally {
      java.util.Arrays.fill(secret, '\0');
    }
  }

  public String getRevokedAt() {
    return receipt == null ? null : CounterWork.dateTime(receipt.revokedAt());
  }

  public RevocationReceipt getReceipt() {
    return receipt;
  }

  public UserMessages.Shown getProblem() {
    return problem;
  }

  public String getCardId() {
    return cardId;
  }

  public void setCardId(String cardId) {
    this.cardId = cardId;
  }

  /** Never rendered back. */
  public String getCip() {
    return null;
  }

  public void setCip(String cip) {
    this.cip = cip;
  }
}
