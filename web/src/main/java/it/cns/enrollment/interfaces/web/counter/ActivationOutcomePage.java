package it.cns.enrollment.interfaces.web.counter;

import it.cns.enrollment.application.counter.ActivationFormService;
import it.cns.enrollment.application.counter.OutcomeSummary;
import it.cns.enrollment.application.mail.MailOutbox;
import it.cns.enrollment.application.mail.MailState;
import it.cns.enrollment.interfaces.web.UserMessages;
import it.cns.enrollment.interfaces.web.intranet.OperatorSession;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The outcome of an activation or a reissue: the summary, the first halves of the codes (shown in
 * the first view of the page only; a reload says they were shown), the form to download once from
 * the database (again: FORM_ALREADY_DOWNLOADED), and the state of the mail with the second halves,
 * refreshable, with "try again now" while it is pending. All of it comes from the database ({@link
 * ActivationOutcomes}), found by the token in the URL for the operator who confirmed: the page is
 * the answer to a redirect, which on a cluster any node may serve (issue #14).
 */
@Named("attivazioneEsito")
@ViewScoped
public class ActivationOutcomePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ActivationFormService forms;
  @EJB private MailOutbox outbox;
  @Inject private OperatorSession session;
  @Inject private ActivationOutcomes outcomes;

  private String token;
  private OutcomeSummary summary;
  // Whether the store was asked for this view's outcome (an unknown token is asked once).
  private boolean lookedUp;
  private String[] halves;
  private List<MailState> mails;
  private UserMessages.Shown problem;
  private boolean retried;
  // Asked of the form store once per view (null: not yet), set false once handed out.
  private Boolean formWaiting;

  /**
   * f:viewAction on the first request of the view: the outcome from the store every node shares,
   * with the first halves if no page showed them before.
   */
  public void load() {
    lookedUp = true;
    outcomes
        .show(token)
        .ifPresent(
            shown -> {
              summary = shown.summary();
              if (shown.halves() != null) {
                halves =
                    new String[] {
                      new String(shown.halves().pin()),
                      new String(shown.halves().puk()),
                      new String(shown.halves().cip())
                    };
                shown.halves().wipe();
              }
              refreshMails();
            });
  }

  /** The outcome this view shows: what load() read, else asked of the store once. */
  private java.util.Optional<OutcomeSummary> outcome() {
    if (summary == null && !lookedUp) {
      lookedUp = true;
      summary = outcomes.summary(token).orElse(null);
    }
    return java.util.Optional.ofNullable(summary);
  }

  /**
   * Sends the form once (from the store every node shares); a second time, or once it expired,
   * shows FORM_ALREADY_DOWNLOADED.
   */
  public void download() throws IOException {
    problem = null;
    OutcomeSummary o = outcome().orElse(null);
    if (o == null) {
      return;
    }
    byte[] pdf;
    try {
      pdf = forms.handOut(o.activationId(), o.codesGeneration());
    } catch (RuntimeException e) {
      formWaiting = false;
      problem = UserMessages.of(e, CounterWork.locale());
      return;
    }
    formWaiting = false;
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext response = faces.getExternalContext();
    response.responseReset();
    response.setResponseContentType("application/pdf");
    response.setResponseContentLength(pdf.length);
    response.setResponseHeader(
        "Content-Disposition",
        "attachment; filename=\"attivazione-tscns-"
            + o.cardIdMasked().substring(o.cardIdMasked().length() - 4)
            + "-"
            + o.codesGeneration()
            + ".pdf\"");
    try (OutputStream out = response.getResponseOutputStream()) {
      out.write(pdf);
    } finally {
      java.util.Arrays.fill(pdf, (byte) 0);
    }
    faces.responseComplete();
  }

  public void refreshMails() {
    retried = false;
    readMails();
  }

  private void readMails() {
    mails = outcome().map(o -> outbox.stateOf(o.mailReference())).orElse(List.of());
  }

  /** "Riprova ora" for a pending mail. */
  public void retry(long mailId) {
    problem = null;
    try {
      outbox.retryNow(mailId);
      refreshMails();
      retried = true;
    } catch (RuntimeException e) {
      problem = UserMessages.of(e, CounterWork.locale());
      refreshMails();
    }
  }

  public boolean isFound() {
    return outcome().isPresent();
  }

  public boolean isReissue() {
    return outcome().map(OutcomeSummary::reissue).orElse(false);
  }

  public boolean isCodesShown() {
    return halves != null;
  }

  public String getPinHalf() {
    return halves == null ? null : halves[0];
  }

  public String getPukHalf() {
    return halves == null ? null : halves[1];
  }

  public String getCipHalf() {
    return halves == null ? null : halves[2];
  }

  public boolean isFormAvailable() {
    if (formWaiting == null) {
      formWaiting =
          outcome()
              .filter(OutcomeSummary::formMade)
              .map(o -> forms.isWaiting(o.activationId(), o.codesGeneration()))
              .orElse(false);
    }
    return formWaiting;
  }

  public String getCardIdMasked() {
    return outcome().map(OutcomeSummary::cardIdMasked).orElse(null);
  }

  public String getHolderCf() {
    return outcome().map(OutcomeSummary::holderCf).orElse(null);
  }

  public String getCaseLabel() {
    return outcome().map(o -> CounterWork.messages().label(o.activationCase())).orElse(null);
  }

  /** The case's name, to pick the wording addressed to whoever receives the codes. */
  public String getCaseName() {
    return outcome().map(o -> o.activationCase().name()).orElse(null);
  }

  public String getActivatedAt() {
    return outcome().map(o -> CounterWork.dateTime(o.activatedAt())).orElse(null);
  }

  public int getCodesGeneration() {
    return outcome().map(OutcomeSummary::codesGeneration).orElse(0);
  }

  public String getMailReference() {
    return outcome().map(OutcomeSummary::mailReference).orElse(null);
  }

  public List<MailState> getMails() {
    if (mails == null) {
      readMails();
    }
    return mails;
  }

  public String dateTime(Instant instant) {
    return CounterWork.dateTime(instant);
  }

  public boolean isRetried() {
    return retried;
  }

  public UserMessages.Shown getProblem() {
    return problem;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
