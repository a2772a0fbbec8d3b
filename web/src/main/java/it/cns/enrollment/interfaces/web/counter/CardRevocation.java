package it.cns.enrollment.interfaces.web.counter;

import it.cns.enrollment.application.card.RevocationReceipt;
import it.cns.enrollment.application.card.RevocationService;
import it.cns.enrollment.application.text.Messages;
import it.cns.enrollment.domain.activation.RevocationReason;
import it.cns.enrollment.domain.error.InvalidRequestException;
import it.cns.enrollment.interfaces.web.UserMessages;
import it.cns.enrollment.interfaces.web.intranet.OperatorSession;
import jakarta.ejb.EJB;
import jakarta.faces.convert.FacesConverter;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Revocation of a TS-CNS in two steps (issue #18): (1) the card number and the reason the person
 * gives (lost, stolen, damaged, holder's request); (2) the confirmation - what is about to happen,
 * said once more, with the whole CIP the holder tells the operator. The CIP is asked only at the
 * confirmation, so it never stays in the view's state: it lives in the one request that revokes (a
 * transient field, wiped by the service) and is never rendered back.
 */
@Named("revoca")
@ViewScoped
public class CardRevocation implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private RevocationService revocations;
  @Inject private OperatorSession session;

  private int step = 1;
  private String cardId;
  private RevocationReason reason;
  private transient String cip;
  private RevocationReceipt receipt;
  private RevocationReason revokedFor;
  private UserMessages.Shown problem;
  private String problemField;

  /** Step 1 to 2: card and reason given; the service checks the card at the confirmation. */
  public void review() {
    problem = null;
    problemField = null;
    receipt = null;
    if (reason == null) {
      problem =
          UserMessages.of(
              new InvalidRequestException("REVOCATION_REASON_MISSING", "no revocation reason"),
              CounterWork.locale());
      problemField = "reason";
      return;
    }
    step = 2;
  }

  /** Back to step 1, to correct the card or the reason. */
  public void back() {
    problem = null;
    problemField = null;
    cip = null;
    step = 1;
  }

  /** Step 2: revokes with the CIP; a refusal stays on the confirmation, saying why. */
  public void revoke() {
    char[] secret = cip == null ? new char[0] : cip.strip().toCharArray();
    cip = null;
    problem = null;
    problemField = null;
    try {
      receipt = revocations.revoke(cardId, secret, reason);
      revokedFor = reason;
      // Done: the page starts again for the next card, with the receipt shown above.
      step = 1;
      cardId = null;
      reason = null;
    } catch (RuntimeException e) {
      problem = UserMessages.of(e, CounterWork.locale());
      problemField = "cip";
    } finally {
      Arrays.fill(secret, '\0');
    }
  }

  /** The four reasons, labelled in the page's language. */
  public List<SelectItem> getReasons() {
    Messages texts = CounterWork.messages();
    List<SelectItem> items = new ArrayList<>();
    for (RevocationReason r : RevocationReason.values()) {
      items.add(new SelectItem(r, texts.label(r)));
    }
    return items;
  }

  public String getReasonLabel() {
    return reason == null ? "" : CounterWork.messages().label(reason);
  }

  public String getRevokedForLabel() {
    return revokedFor == null ? "" : CounterWork.messages().label(revokedFor);
  }

  public String getRevokedAt() {
    return receipt == null ? null : CounterWork.dateTime(receipt.revokedAt());
  }

  public int getStep() {
    return step;
  }

  /** The field a refusal is about ("reason", "cip"), for aria-invalid; null when none. */
  public String getProblemField() {
    return problemField;
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

  public RevocationReason getReason() {
    return reason;
  }

  public void setReason(RevocationReason reason) {
    this.reason = reason;
  }

  /** Never rendered back. */
  public String getCip() {
    return null;
  }

  public void setCip(String cip) {
    this.cip = cip;
  }

  /** The reason's radio buttons as {@link RevocationReason} constants. */
  @FacesConverter("revocationReason")
  public static final class ReasonConverter extends ActivationChoices.ByName<RevocationReason> {
    public ReasonConverter() {
      super(RevocationReason.class);
    }
  }
}
