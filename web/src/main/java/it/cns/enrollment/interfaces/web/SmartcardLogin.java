package it.cns.enrollment.interfaces.web;

import it.cns.enrollment.application.card.SmartcardLoginService;
import it.cns.enrollment.application.security.Caller;
import it.cns.enrollment.domain.actor.Actor;
import it.cns.enrollment.domain.audit.Channel;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** Accedi tramite smartcard: the card in the reader logs the citizen in. */
@Named("accedi")
@RequestScoped
public class SmartcardLogin {

  @EJB SmartcardLoginService logins;
  @Inject CitizenSession session;
  @Inject Caller caller;

  private UserMessages.Shown problem;

  public String login() {
    FacesContext faces = FacesContext.getCurrentInstance();
    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
    try {
      caller.enter(Actor.Citizen.presentingCard(), Channel.SMARTCARD);
      session.start(logins.login(ClientCertificates.of(request)));
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
