package it.cns.enrollment.interfaces.web;

import it.cns.enrollment.application.card.CitizenLogin;
import it.cns.enrollment.domain.actor.Actor;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;

/**
 * The logged-in citizen, if any. Holds who and how, never a secret. Logging in changes the session
 * id (no fixation); logging out invalidates the session.
 */
@Named
@SessionScoped
public class CitizenSession implements Serializable {

  private static final long serialVersionUID = 1L;

  // Who and how, a few strings: the session is copied to the other nodes of a cluster.
  private CitizenLogin login;

  /** Starts the citizen's session under a new session id. */
  public void start(CitizenLogin who) {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    ((HttpServletRequest) context.getRequest()).changeSessionId();
    this.login = who;
  }

  public boolean isAuthenticated() {
    return login != null;
  }

  public CitizenLogin getLogin() {
    return login;
  }

  public String getCodiceFiscale() {
    return login == null ? null : login.codiceFiscale();
  }

  /** Who this session is, for the request's caller. */
  Actor actor() {
    return login == null ? Actor.Citizen.anonymous() : new Actor.Citizen(login.codiceFiscale());
  }
}
