package it.cns.enrollment.interfaces.web.counter;

import it.cns.enrollment.application.counter.ActivationOutcome;
import it.cns.enrollment.application.counter.ActivationService;
import it.cns.enrollment.application.text.Messages;
import it.cns.enrollment.domain.activation.ActivationCase;
import it.cns.enrollment.domain.activation.ActivationDocument;
import it.cns.enrollment.domain.activation.ActivationRequest;
import it.cns.enrollment.domain.activation.PrivacyNotice;
import it.cns.enrollment.interfaces.web.UserMessages;
import it.cns.enrollment.interfaces.web.intranet.OperatorSession;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The activation wizard, one view in three steps: (1) the case; (2) card, holder, the person at the
 * counter and their identity document, the e-mail address and the case's checklist, each document
 * confirmed by the operator; (3) the summary and the confirmation. The activation happens once per
 * view: a repeated confirmation (the browser's back button and a resubmission) only leads to the
 * outcome page again. The codes and the form go to {@link ActivationOutcomes}, never into this
 * view's state. Fields are typed: the page converts the case, the document type and the checklist
 * ({@link ActivationChoices}) and the expiry date ({@code f:convertDateTime}), and a value it
 * cannot read is refused next to its field; the rules are the service's, at the confirmation.
 *
 * <p>Step 2 also shows the privacy notice in force ({@link PrivacyNotice}, in the page's language)
 * and asks the operator to confirm that the person at the counter received it and consents; the
 * request names the version shown, and the service refuses an activation without it.
 */
@Named("attivazione")
@ViewScoped
public class ActivationWizard implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String OUTCOME_PAGE = "/intranet/sportello/attivazione-esito.xhtml";
  private static final String CASE_FIELD = "act-form:case";

  /** The step-2 field each refusal at the confirmation is about (see UserMessages.fieldOf). */
  private static final Map<String, String> REFUSED_FIELDS =
      Map.of(
          "CARD_ID", "act-form:cardId",
          "CARD_ALREADY_ACTIVATED", "act-form:cardId",
          "HOLDER_CF", "act-form:holderCf",
          "HOLDER_NAME", "act-form:holderName",
          "ACTING_PERSON_NAME", "act-form:actingName",
          "HOLDER_NOT_MINOR", "act-form:holderCf",
          "ACTING_CF", "act-form:actingCf",
          "INVALID_EMAIL", "act-form:email",
          "ACTIVATION_DOCUMENT_MISSING", "act-form:documents",
          "CONSENT", "act-form:consent");

  @EJB private ActivationService activations;
  @Inject private OperatorSession session;
  @Inject private ActivationOutcomes outcomes;

  private int step = 1;
  private ActivationCase activationCase;
  private String cardId;
  private String holderCf;
  private String actingCf;
  private final IdentityDocumentForm idDocument = new IdentityDocumentForm();
  private String email;
  // The names read from the documents seen, printed on the form as typed (issue #18).
  private String holderName;
  private String actingName;
  private List<ActivationDocument> documents = new ArrayList<>();
  private boolean consent;
  private UserMessages.Shown problem;
  private String outcomeToken;
  private boolean deskChecked;
  private UserMessages.Shown deskProblem;

  /**
   * Why this desk cannot activate at all (no counter office, or a disabled one), asked once per
   * view when the page opens; null when it can.
   */
  public UserMessages.Shown getDeskProblem() {
    if (!deskChecked) {
      deskChecked = true;
      try {
        activations.requireDeskOffice(CounterWork.desk(session));
      } catch (RuntimeException e) {
        deskProblem = UserMessages.of(e, CounterWork.locale());
      }
    }
    return deskProblem;
  }

  /** Step 1 to 2: a case was chosen. */
  public void chooseCase() {
    problem = null;
    if (activationCase == null) {
      String text = CounterWork.text("activation.chooseCase");
      problem = new UserMessages.Shown("CASE_REQUIRED", text);
      FacesContext.getCurrentInstance()
          .addMessage(CASE_FIELD, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
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
      // Back at step 2, the field the refusal names is marked (issue #16).
      problem = UserMessages.ofField(e, CounterWork.locale(), REFUSED_FIELDS);
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
    Set<ActivationDocument> confirmed = EnumSet.noneOf(ActivationDocument.class);
    confirmed.addAll(documents);
    return new ActivationRequest(
            cardId,
            holderCf,
            activationCase,
            actingCf,
            idDocument.document(),
            confirmed,
            email,
            consent ? PrivacyNotice.CURRENT_VERSION : null)
        .withNames(holderName, actingName);
  }

  /** The version of the privacy notice shown (and consented to). */
  public String getNoticeVersion() {
    return PrivacyNotice.CURRENT_VERSION;
  }

  /** The notice in force in the page's language: its title, then its paragraphs. */
  public List<String> getNoticeTitleAndParagraphs() {
    return CounterWork.messages().privacyNotice(PrivacyNotice.CURRENT_VERSION);
  }

  public String getNoticeTitle() {
    return getNoticeTitleAndParagraphs().get(0);
  }

  public List<String> getNoticeParagraphs() {
    List<String> all = getNoticeTitleAndParagraphs();
    return all.subList(1, all.size());
  }

  /** The four cases, labelled as the seed names them. */
  public List<SelectItem> getCases() {
    Messages texts = CounterWork.messages();
    List<SelectItem> items = new ArrayList<>();
    for (ActivationCase c : ActivationCase.values()) {
      items.add(new SelectItem(c, texts.label(c)));
    }
    return items;
  }

  /** The chosen case's checklist in the seed's wording. */
  public List<SelectItem> getChecklist() {
    ActivationCase c = activationCase;
    if (c == null) {
      return List.of();
    }
    Messages texts = CounterWork.messages();
    List<SelectItem> items = new ArrayList<>();
    for (ActivationDocument d : c.requiredDocuments()) {
      items.add(new SelectItem(d, texts.documentLabel(c, d)));
    }
    return items;
  }

  public String getCaseLabel() {
    ActivationCase c = activationCase;
    return c == null ? "" : CounterWork.messages().label(c);
  }

  public String getChecklistIntro() {
    ActivationCase c = activationCase;
    return c == null ? "" : CounterWork.messages().checklistIntro(c);
  }

  public String getActingRole() {
    ActivationCase c = activationCase;
    return c == null ? "" : CounterWork.messages().actingRole(c);
  }

  /** Whether someone other than the holder stands at the counter (the acting CF is asked for). */
  public boolean isActedByAnother() {
    ActivationCase c = activationCase;
    return c != null && c.actedByAnother();
  }

  /** The confirmed documents' labels, for the summary. */
  public List<String> getConfirmedLabels() {
    ActivationCase c = activationCase;
    if (c == null) {
      return List.of();
    }
    Messages texts = CounterWork.messages();
    return c.requiredDocuments().stream()
        .filter(documents::contains)
        .map(d -> texts.documentLabel(c, d))
        .toList();
  }

  /** The case's documents not confirmed, for the summary (the confirmation will refuse). */
  public List<String> getUnconfirmedLabels() {
    ActivationCase c = activationCase;
    if (c == null) {
      return List.of();
    }
    Messages texts = CounterWork.messages();
    return c.requiredDocuments().stream()
        .filter(d -> !documents.contains(d))
        .map(d -> texts.documentLabel(c, d))
        .toList();
  }

  public int getStep() {
    return step;
  }

  public UserMessages.Shown getProblem() {
    return problem;
  }

  public ActivationCase getActivationCase() {
    return activationCase;
  }

  public void setActivationCase(ActivationCase activationCase) {
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

  /** The identity document of the person at the counter (step 2). */
  public IdentityDocumentForm getIdDocument() {
    return idDocument;
  }

  public String getHolderName() {
    return holderName;
  }

  public void setHolderName(String holderName) {
    this.holderName = holderName;
  }

  public String getActingName() {
    return actingName;
  }

  public void setActingName(String actingName) {
    this.actingName = actingName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  /** Whether the person at the counter received the notice and consents (the operator ticks it). */
  public boolean isConsent() {
    return consent;
  }

  public void setConsent(boolean consent) {
    this.consent = consent;
  }

  public List<ActivationDocument> getDocuments() {
    return documents;
  }

  public void setDocuments(List<ActivationDocument> documents) {
    this.documents = documents == null ? new ArrayList<>() : new ArrayList<>(documents);
  }
}
