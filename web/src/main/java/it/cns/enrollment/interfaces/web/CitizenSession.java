package it.cns.enrollment.interfaces.web;

import it.cns.enrollment.application.card.CitizenLogin;
import it.cns.enrollment.domain.account.AccountType;
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

  // The login's parts, not the application's record: the session must stay serializable.
  private String codiceFiscale;
  private AccountType accountType;
  private String displayName;
  private CitizenLogin.Method method;

  /** Starts the citizen's session under a new session id. */
  public void start(CitizenLogin who) {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    ((HttpServletRequest) context.getRequest()).changeSessionId();
    this.codiceFiscale = who.codiceFiscale();
    this.accountType = who.accountType();
    this.displayName = who.displayName();
    this.method = who.method();
  }

  public boolean isAuthenticated() {
    return codiceFiscale != null;
  }

  public CitizenLogin getLogin() {
    return codiceFiscale == null
        ? null
        : new CitizenLogin(codiceFiscale, accountType, displayName, method);
  }

  public String getCodiceFiscale() {
    return codiceFiscale;
  }

  /** Who this session is, for the request's caller. */
  Actor actor() {
    return codiceFiscale == null ? Actor.Citizen.anonymous() : new Actor.Citizen(codiceFiscale);
  }
}
