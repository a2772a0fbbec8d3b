package it.cns.enrollment.interfaces.web.counter;

import it.cns.enrollment.application.ActivationOutcome;
import it.cns.enrollment.application.ActivationService;
import it.cns.enrollment.application.text.Messages;
import it.cns.enrollment.domain.activation.ActivationCase;
import it.cns.enrollment.domain.activation.ActivationDocument;
import it.cns.enrollment.domain.activation.ActivationRequest;
import it.cns.enrollment.domain.activation.IdentityDocument;
import it.cns.enrollment.domain.activation.IdentityDocumentType;
import it.cns.enrollment.interfaces.web.UserMessages;
import it.cns.enrollment.interfaces.web.intranet.OperatorSession;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The activation wizard, one view in three steps: (1) the case; (2) card, holder, the person at the
 * counter and their identity document, the e-mail address and the case's checklist, each document
 * confirmed by the operator; (3) the summary and the confirmation. The activation happens once per
 * view: a repeated confirmation (the browser's back button and a resubmission) only leads to the
 * outcome page again. The codes and the form go to {@link ActivationOutcomes}, never into this
 * view's state.
 */
@Named("attivazione")
@ViewScoped
public class ActivationWizard implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String OUTCOME_PAGE = "/intranet/sportello/attivazione-esito.xhtml";

  @EJB private ActivationService activations;
  @Inject private OperatorSession session;
  @Inject private ActivationOutcomes outcomes;

  private int step = 1;
  private String activationCase;
  private String cardId;
  private String holderCf;
  private String actingCf;
  private String idType;
  private String idNumber;
  private String idIssuer;
  private String idExpiry;
  private String email;
  private List<String> documents = new ArrayList<>();
  private UserMessages.Shown problem;
  private String outcomeToken;

  /** Step 1 to 2: a case was chosen. */
  public void chooseCase() {
    problem = null;
    if (selectedCase() == null) {
      problem = new UserMessages.Shown("CASE_REQUIRED", CounterWork.text("activation.chooseCase"));
      return;
    }
    // Documents confirmed for another case do not carry over.
    documents = new ArrayList<>();
    step = 2;
  }

  /** Step 2 to 3: the summary. The service checks everything at the confirmation. */
  public void review() {
    problem = null;
    step = 3;
  }

  /** Back one step. */
  public void back() {
    problem = null;
    step = Math.max(1, step - 1);
  }

  /** Step 3: activates, prepares the form, and goes to the outcome page. */
  public void confirm() throws IOException {
    if (outcomeToken != null) {
      // Activated already from this view: never twice.
      redirectToOutcome();
      return;
    }
    problem = null;
    ActivationOutcome outcome = null;
    try {
      outcome = activations.activate(request(), CounterWork.desk(session));
      // Without a form (it could not be made) the activation stands; the outcome page says so.
      outcomeToken = outcomes.keep(outcome.receipt(), false, outcome.form());
    } catch (RuntimeException e) {
      problem = UserMessages.of(e, CounterWork.locale());
      step = 2;
      return;
    } finally {
      if (outcome != null) {
        outcome.receipt().printed().wipe();
      }
    }
    redirectToOutcome();
  }

  private void redirectToOutcome() throws IOException {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    context.redirect(context.getRequestContextPath() + OUTCOME_PAGE + "?esito=" + outcomeToken);
  }

  ActivationRequest request() {
    ActivationCase c = selectedCase();
    Set<ActivationDocument> confirmed = EnumSet.noneOf(ActivationDocument.class);
    for (String d : documents) {
      try {
        confirmed.add(ActivationDocument.valueOf(d));
      } catch (IllegalArgumentException e) {
        // Not a document of ours: ignored, as if unchecked.
      }
    }
    return new ActivationRequest(
        cardId, holderCf, c, actingCf, identityDocument(), confirmed, email);
  }

  private IdentityDocument identityDocument() {
    IdentityDocumentType type = null;
    try {
      type = idType == null || idType.isBlank() ? null : IdentityDocumentType.valueOf(idType);
    } catch (IllegalArgumentException e) {
      type = null;
    }
    return new IdentityDocument(type, idNumber, idIssuer, expiry());
  }

  /**
   * The expiry as the date input sends it (yyyy-MM-dd) or as typed (dd/MM/yyyy); null if neither.
   */
  private LocalDate expiry() {
    if (idExpiry == null || idExpiry.isBlank()) {
      return null;
    }
    String s = idExpiry.strip();
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(s, java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu"));
      } catch (DateTimeParseException again) {
        return null;
      }
    }
  }

  private ActivationCase selectedCase() {
    if (activationCase == null) {
      return null;
    }
    try {
      return ActivationCase.valueOf(activationCase);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The four cases, labelled as the seed names them. */
  public List<SelectItem> getCases() {
    Messages texts = CounterWork.messages();
    List<SelectItem> items = new ArrayList<>();
    for (ActivationCase c : ActivationCase.values()) {
      items.add(new SelectItem(c.name(), texts.label(c)));
    }
    return items;
  }

  /** The chosen case's checklist in the seed's wording. */
  public List<SelectItem> getChecklist() {
    ActivationCase c = selectedCase();
    if (c == null) {
      return List.of();
    }
    Messages texts = CounterWork.messages();
    List<SelectItem> items = new ArrayList<>();
    for (ActivationDocument d : c.requiredDocuments()) {
      items.add(new SelectItem(d.name(), texts.documentLabel(c, d)));
    }
    return items;
  }

  public List<SelectItem> getIdTypes() {
    Messages texts = CounterWork.messages();
    List<SelectItem> items = new ArrayList<>();
    for (IdentityDocumentType t : IdentityDocumentType.values()) {
      items.add(new SelectItem(t.name(), texts.label(t)));
    }
    return items;
  }

  public String getCaseLabel() {
    ActivationCase c = selectedCase();
    return c == null ? "" : CounterWork.messages().label(c);
  }

  public String getChecklistIntro() {
    ActivationCase c = selectedCase();
    return c == null ? "" : CounterWork.messages().checklistIntro(c);
  }

  public String getActingRole() {
    ActivationCase c = selectedCase();
    return c == null ? "" : CounterWork.messages().actingRole(c);
  }

  /** Whether someone other than the holder stands at the counter (the acting CF is asked for). */
  public boolean isActedByAnother() {
    ActivationCase c = selectedCase();
    return c != null && c.actedByAnother();
  }

  public String getIdTypeLabel() {
    try {
      return CounterWork.messages().label(IdentityDocumentType.valueOf(idType));
    } catch (RuntimeException e) {
      return "";
    }
  }

  /** The confirmed documents' labels, for the summary. */
  public List<String> getConfirmedLabels() {
    ActivationCase c = selectedCase();
    if (c == null) {
      return List.of();
    }
    Messages texts = CounterWork.messages();
    return c.requiredDocuments().stream()
        .filter(d -> documents.contains(d.name()))
        .map(d -> texts.documentLabel(c, d))
        .toList();
  }

  /** The case's documents not confirmed, for the summary (the confirmation will refuse). */
  public List<String> getUnconfirmedLabels() {
    ActivationCase c = selectedCase();
    if (c == null) {
      return List.of();
    }
    Messages texts = CounterWork.messages();
    return c.requiredDocuments().stream()
        .filter(d -> !documents.contains(d.name()))
        .map(d -> texts.documentLabel(c, d))
        .toList();
  }

  public String getExpiryShown() {
    LocalDate d = expiry();
    return d == null ? String.valueOf(idExpiry == null ? "" : idExpiry) : CounterWork.date(d);
  }

  public int getStep() {
    return step;
  }

  public UserMessages.Shown getProblem() {
    return problem;
  }

  public String getActivationCase() {
    return activationCase;
  }

  public void setActivationCase(String activationCase) {
    this.activationCase = activationCase;
  }

  public String getCardId() {
    return cardId;
  }

  public void setCardId(String cardId) {
    this.cardId = cardId;
  }

  public String getHolderCf() {
    return holderCf;
  }

  public void setHolderCf(String holderCf) {
    this.holderCf = holderCf;
  }

  public String getActingCf() {
    return actingCf;
  }

  public void setActingCf(String actingCf) {
    this.actingCf = actingCf;
  }

  public String getIdType() {
    return idType;
  }

  public void setIdType(String idType) {
    this.idType = idType;
  }

  public String getIdNumber() {
    return idNumber;
  }

  public void setIdNumber(String idNumber) {
    this.idNumber = idNumber;
  }

  public String getIdIssuer() {
    return idIssuer;
  }

  public void setIdIssuer(String idIssuer) {
    this.idIssuer = idIssuer;
  }

  public String getIdExpiry() {
    return idExpiry;
  }

  public void setIdExpiry(String idExpiry) {
    this.idExpiry = idExpiry;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public List<String> getDocuments() {
    return documents;
  }

  public void setDocuments(List<String> documents) {
    this.documents = documents == null ? new ArrayList<>() : new ArrayList<>(documents);
  }
}
