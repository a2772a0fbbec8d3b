package it.cns.enrollment.interfaces.web;

import it.cns.enrollment.application.card.CertificateIdentityService;
import it.cns.enrollment.application.card.CredentialsLetterService;
import it.cns.enrollment.application.card.EnrollmentReceipt;
import it.cns.enrollment.application.card.FisconlineEnrollmentService;
import it.cns.enrollment.application.security.Caller;
import it.cns.enrollment.domain.actor.Actor;
import it.cns.enrollment.domain.audit.Channel;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Abilitazione tramite smartcard: one confirmation, no typed data. The PIN and password live only
 * in this request: rendered once on the confirmation, never in the session or the view state.
 */
@Named("abilitazione")
@RequestScoped
public class FisconlineEnrollmentPage {

  private static final Logger LOG = Logger.getLogger(FisconlineEnrollmentPage.class.getName());

  @EJB FisconlineEnrollmentService enrollments;
  @EJB CertificateIdentityService certificates;
  @EJB CredentialsLetterService letters;
  @Inject Caller caller;

  private EnrollmentReceipt receipt;
  private UserMessages.Shown problem;
  private FirstAccess.CardView card;
  private boolean cardRead;
  private boolean letterKept;

  public String enroll() {
    FacesContext faces = FacesContext.getCurrentInstance();
    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
    try {
      caller.enter(Actor.Citizen.presentingCard(), Channel.SMARTCARD);
      receipt = enrollments.enroll(ClientCertificates.of(request));
    } catch (RuntimeException e) {
      problem = UserMessages.of(e, faces.getViewRoot().getLocale());
      return null;
    }
    try {
      // The PDF to keep: a failure here leaves the abilitazione done and the codes on the page.
      letters.keep(receipt);
      letterKept = true;
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "credentials letter not kept; the page shows the codes", e);
    }
    return null;
  }

  /** Whether the PDF with the PIN and password waits for its one download. */
  public boolean isLetterKept() {
    return letterKept;
  }

  /**
   * The card in the reader, shown before the person confirms (which card and codice fiscale will be
   * enabled); null when it cannot be read, in which case the confirmation says why.
   */
  public FirstAccess.CardView getCard() {
    if (!cardRead) {
      cardRead = true;
      HttpServletRequest request =
          (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
      try {
        card =
            FirstAccess.view(
                certificates
                    .identify(ClientCertificates.of(request), Channel.SMARTCARD)
                    .certificate());
      } catch (RuntimeException e) {
        card = null;
      }
    }
    return card;
  }

  public boolean isDone() {
    return receipt != null;
  }

  public String getCodiceFiscale() {
    return receipt == null ? null : receipt.codiceFiscale();
  }

  public String getPin() {
    return receipt == null ? null : receipt.pin().reveal();
  }

  public String getPassword() {
    return receipt == null ? null : receipt.password().reveal();
  }

  public UserMessages.Shown getProblem() {
    return problem;
  }
}
