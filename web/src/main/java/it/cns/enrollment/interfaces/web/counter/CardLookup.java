package it.cns.enrollment.interfaces.web.counter;

import it.cns.enrollment.application.card.RevocationService;
import it.cns.enrollment.application.counter.ActivationOutcome;
import it.cns.enrollment.application.counter.ActivationService;
import it.cns.enrollment.application.counter.CardDossier;
import it.cns.enrollment.application.counter.CardLookupService;
import it.cns.enrollment.application.credentials.TraditionalLoginService;
import it.cns.enrollment.application.mail.MailOutbox;
import it.cns.enrollment.domain.activation.ActivationCase;
import it.cns.enrollment.domain.activation.ReissueRequest;
import it.cns.enrollment.domain.activation.RevocationReason;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.interfaces.web.UserMessages;
import it.cns.enrollment.interfaces.web.intranet.OperatorSession;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The look-up of a person (codice fiscale) or a card (number): activations, bindings, account,
 * mails, audit events. From there: a reissue of the codes for an active card (the identity document
 * seen again, optionally a new address; then the outcome page, as after an activation), a retry of
 * a pending mail, and - for supervisors - the unlock of a card whose revocation by CIP is blocked.
 */
@Named("ricerca")
@ViewScoped
public class CardLookup implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CardLookupService lookup;
  @EJB private ActivationService activations;
  @EJB private RevocationService revocations;
  @EJB private MailOutbox outbox;
  @EJB private TraditionalLoginService logins;
  @Inject private OperatorSession session;
  @Inject private ActivationOutcomes outcomes;

  /** A search's text names the field it was typed in when the service refuses it. */
  private static final Map<String, String> REFUSED_FIELDS =
      Map.of("CARD_ID", "search-form:query", "HOLDER_CF", "search-form:query");

  /** The field of the reissue's form each refusal is about. */
  private static final Map<String, String> REISSUE_FIELDS =
      Map.of(
          "IDENTITY_DOCUMENT_INVALID", "reissue-form:idNumber",
          "INVALID_EMAIL", "reissue-form:email");

  /** What the searched text is; the page sends it as {@link #parameter}. */
  public enum Key {
    CODICE_FISCALE("cf"),
    CARD("card");

    private final String parameter;

    Key(String parameter) {
      this.parameter = parameter;
    }
  }

  /** A {@link Key} by its parameter; anything else is refused next to the choice. */
  @FacesConverter("lookupKey")
  public static final class KeyConverter implements Converter<Key> {
    @Override
    public Key getAsObject(FacesContext context, UIComponent component, String value) {
      return Arrays.stream(Key.values())
          .filter(k -> k.parameter.equals(value))
          .findFirst()
          .orElseThrow(
              () ->
                  new ConverterException(
                      new FacesMessage(
                          FacesMessage.SEVERITY_ERROR,
                          CounterWork.text("activation.invalidChoice"),
                          null)));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Key value) {
      return value == null ? "" : value.parameter;
    }
  }

  private Key by = Key.CODICE_FISCALE;
  private String query;
  private String searched;
  private Key searchedBy;
  private CardDossier dossier;
  private UserMessages.Shown problem;
  private String notice;
  // The reissue's form (issue #18): the card, the identity document seen again, a new address.
  private String reissuing;
  private final IdentityDocumentForm idDocument = new IdentityDocumentForm();
  private String newEmail;

  public void search() {
    problem = null;
    notice = null;
    searched = query == null ? null : query.strip();
    searchedBy = by;
    reload();
  }

  private void reload() {
    try {
      dossier =
          searchedBy == Key.CARD ? lookup.byCardId(searched) : lookup.byCodiceFiscale(searched);
    } catch (RuntimeException e) {
      dossier = null;
      problem = UserMessages.ofField(e, CounterWork.locale(), REFUSED_FIELDS);
    }
  }

  /**
   * "Ristampa codici", first step: opens the reissue's form for this card, where the operator
   * records the identity document seen again and, if the person gives one, a new address.
   */
  public void askReissue(String cardId) {
    problem = null;
    notice = null;
    reissuing = cardId;
    idDocument.clear();
    newEmail = null;
  }

  /** "Annulla": closes the reissue's form, nothing changed. */
  public void cancelReissue() {
    reissuing = null;
    problem = null;
  }

  /**
   * "Conferma la ristampa": new codes for the card with the document and address recorded, then the
   * outcome page with the new form (as after an activation). A refusal stays on this form, next to
   * the field it is about.
   */
  public void confirmReissue() throws IOException {
    problem = null;
    notice = null;
    ActivationOutcome outcome = null;
    String token;
    try {
      outcome =
          activations.reissueCodes(
              new ReissueRequest(reissuing, idDocument.document(), newEmail),
              CounterWork.desk(session));
      token = outcomes.keep(outcome.receipt(), true, outcome.form());
    } catch (RuntimeException e) {
      problem = UserMessages.ofField(e, CounterWork.locale(), REISSUE_FIELDS);
      return;
    } finally {
      if (outcome != null) {
        outcome.receipt().printed().wipe();
      }
    }
    reissuing = null;
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    context.redirect(
        context.getRequestContextPath() + ActivationWizard.OUTCOME_PAGE + "?esito=" + token);
  }

  /** The card whose codes are being reissued, or null. */
  public String getReissuing() {
    return reissuing;
  }

  /** The masked address recorded for the card being reissued (kept unless a new one is given). */
  public String getReissuingEmail() {
    if (dossier == null || reissuing == null) {
      return "";
    }
    return dossier.activations().stream()
        .filter(a -> a.cardId().equals(reissuing))
        .map(CardDossier.Activation::maskedEmail)
        .findFirst()
        .orElse("");
  }

  /** The identity document seen again for the reissue. */
  public IdentityDocumentForm getIdDocument() {
    return idDocument;
  }

  public String getNewEmail() {
    return newEmail;
  }

  public void setNewEmail(String newEmail) {
    this.newEmail = newEmail;
  }

  /** "Sblocca CIP" (supervisors; the service checks the role again). */
  public void unlockCip(String cardId) {
    problem = null;
    notice = null;
    try {
      revocations.unlockCip(cardId);
      notice = CounterWork.text("search.unlocked");
    } catch (RuntimeException e) {
      problem = UserMessages.of(e, CounterWork.locale());
    }
    reload();
  }

  /**
   * "Sblocca le credenziali": lifts a Fisconline lockout for the person on the page (supervisors;
   * the service checks the role again).
   */
  public void unlockCredentials() {
    problem = null;
    notice = null;
    try {
      logins.unlockByOffice(getDossier().codiceFiscale());
      notice = CounterWork.text("search.credentials.unlocked");
    } catch (RuntimeException e) {
      problem = UserMessages.of(e, CounterWork.locale());
    }
    reload();
  }

  /** "Riprova ora" for a pending mail. */
  public void retryMail(long mailId) {
    problem = null;
    notice = null;
    try {
      outbox.retryNow(mailId);
      notice = CounterWork.text("mail.retried");
    } catch (RuntimeException e) {
      problem = UserMessages.of(e, CounterWork.locale());
    }
    reload();
  }

  /** Why a card was revoked, in the page's language ("" when no reason was given). */
  public String reasonLabel(RevocationReason reason) {
    return reason == null ? "" : CounterWork.messages().label(reason);
  }

  /** An audit line's action in the page's language (the recorded name if it is not known). */
  public String actionLabel(String action) {
    return Arrays.stream(AuditAction.values())
        .filter(a -> a.name().equals(action))
        .findFirst()
        .map(a -> CounterWork.messages().label(a))
        .orElse(action);
  }

  /** An audit line's channel in the page's language (the recorded name if it is not known). */
  public String channelLabel(String channel) {
    return Arrays.stream(Channel.values())
        .filter(c -> c.name().equals(channel))
        .findFirst()
        .map(c -> CounterWork.messages().label(c))
        .orElse(channel);
  }

  public String caseLabel(ActivationCase c) {
    return c == null ? "" : CounterWork.messages().label(c);
  }

  public String dateTime(Instant instant) {
    return CounterWork.dateTime(instant);
  }

  public CardDossier getDossier() {
    return dossier;
  }

  public UserMessages.Shown getProblem() {
    return problem;
  }

  public String getNotice() {
    return notice;
  }

  /** The two kinds of search, labelled in the page's language. */
  public List<SelectItem> getKeys() {
    return List.of(
        new SelectItem(Key.CODICE_FISCALE, CounterWork.text("search.by.cf")),
        new SelectItem(Key.CARD, CounterWork.text("search.by.card")));
  }

  public Key getBy() {
    return by;
  }

  public void setBy(Key by) {
    this.by = by == null ? Key.CODICE_FISCALE : by;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }
}
