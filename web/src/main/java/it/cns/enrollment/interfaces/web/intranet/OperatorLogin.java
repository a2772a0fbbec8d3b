package it.cns.enrollment.interfaces.web.intranet;

import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.operator.OperatorLockout;
import it.cns.enrollment.interfaces.web.UserMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;

/**
 * The intranet login page: username and password through Jakarta Security. The answer to a wrong
 * password is the same as to an unknown username; a locked or disabled account is told so. A
 * successful login changes the session id, and goes to the password change when one is due.
 */
@Named
@RequestScoped
public class OperatorLogin {

  static final String HOME = "/intranet/index.xhtml";
  static final String CHANGE = "/intranet/cambio-password.xhtml";

  @Inject SecurityContext security;
  @Inject LoginAttempt attempt;
  @Inject OperatorSession session;
  @Inject OperatorLockout lockout;

  private String username;
  private String password;
  private UserMessages.Shown problem;

  public String login() {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    Locale locale = faces.getViewRoot().getLocale();
    // Jakarta Security's Password keeps its own copy and clears it after the check.
    Password typed = new Password(password == null ? "" : password);
    password = null;
    AuthenticationStatus status =
        security.authenticate(
            request,
            response,
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(
                    new UsernamePasswordCredential(username == null ? "" : username, typed)));
    if (status == AuthenticationStatus.SUCCESS && attempt.identity() != null) {
      // A new session id for the authenticated session: one known before login is worth nothing.
      request.changeSessionId();
      session.start(attempt.identity());
      return (attempt.identity().mustChangePassword() ? CHANGE : HOME) + "?faces-redirect=true";
    }
    if (status == AuthenticationStatus.SEND_CONTINUE) {
      faces.responseComplete();
      return null;
    }
    RuntimeException why =
        attempt.refusal() != null
            ? attempt.refusal()
            : new BusinessRefusal(ErrorCode.OPERATOR_LOGIN_REFUSED, "not authenticated");
    problem = UserMessages.of(why, locale);
    return null;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  /** Never shown back. */
  public String getPassword() {
    return null;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  /** Consecutive wrong passwords that lock an account (the page says so). */
  public int getMaxAttempts() {
    return lockout.maxFailedAttempts();
  }

  public UserMessages.Shown getProblem() {
    return problem;
  }
}
