package it.cns.enrollment.interfaces.web.counter;

import it.cns.enrollment.application.text.Messages;
import it.cns.enrollment.domain.activation.IdentityDocument;
import it.cns.enrollment.domain.activation.IdentityDocumentType;
import jakarta.faces.model.SelectItem;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The identity document seen at the counter, as the operator types it: the four fields of the
 * activation wizard's step 2 and of the card look-up's reissue of the codes, their choices and
 * their wording in a summary. The domain decides whether the document is acceptable ({@link
 * IdentityDocument#requireValidOn}); this only carries what was typed.
 */
public class IdentityDocumentForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private IdentityDocumentType type;
  private String number;
  private String issuer;
  private LocalDate expiry;

  /** What was typed, as the domain's value (checked by the service). */
  IdentityDocument document() {
    return new IdentityDocument(type, number, issuer, expiry);
  }

  /** Empties the fields, for a new document. */
  void clear() {
    type = null;
    number = null;
    issuer = null;
    expiry = null;
  }

  /** The document types, labelled in the page's language. */
  public List<SelectItem> getTypes() {
    Messages texts = CounterWork.messages();
    List<SelectItem> items = new ArrayList<>();
    for (IdentityDocumentType t : IdentityDocumentType.values()) {
      items.add(new SelectItem(t, texts.label(t)));
    }
    return items;
  }

  /** The chosen type in the page's language, for a summary ("" when none). */
  public String getTypeLabel() {
    return type == null ? "" : CounterWork.messages().label(type);
  }

  /** The expiry date as the page writes dates, for a summary ("" when none). */
  public String getExpiryShown() {
    return expiry == null ? "" : CounterWork.date(expiry);
  }

  public IdentityDocumentType getType() {
    return type;
  }

  public void setType(IdentityDocumentType type) {
    this.type = type;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public String getIssuer() {
    return issuer;
  }

  public void setIssuer(String issuer) {
    this.issuer = issuer;
  }

  public LocalDate getExpiry() {
    return expiry;
  }

  public void setExpiry(LocalDate expiry) {
    this.expiry = expiry;
  }
}
