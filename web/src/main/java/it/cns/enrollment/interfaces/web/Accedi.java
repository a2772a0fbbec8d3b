package it.cns.enrollment.interfaces.web;

import it.cns.enrollment.application.RequestContext;
import it.cns.enrollment.application.SmartcardLoginService;
import it.cns.enrollment.domain.audit.Channel;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** Accedi tramite smartcard: the card in the reader logs the citizen in. */
@Named
@RequestScoped
public class Accedi {

  @EJB SmartcardLoginService logins;
  @Inject CitizenSession session;

  private UserMessages.Shown problem;

  public String login() {
    FacesContext faces = FacesContext.getCurrentInstance();
    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
    try {
      session.start(
          logins.login(
              ClientCertificates.of(request),
              RequestContext.of(Channel.SMARTCARD, "citizen:card")));
      return "/area/index.xhtml?faces-redirect=true";
    } catch (RuntimeException e) {
      problem = UserMessages.of(e, faces.getViewRoot().getLocale());
      return null;
    }
  }

  public UserMessages.Shown getProblem() {
    return problem;
  }
}
