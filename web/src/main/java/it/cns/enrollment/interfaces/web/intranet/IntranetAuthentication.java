package it.cns.enrollment.interfaces.web.intranet;

import it.cns.enrollment.interfaces.web.Listener;
import it.cns.enrollment.interfaces.web.ListenerGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;

/**
 * The intranet's form login, as a Jakarta Security authentication mechanism (WildFly runs it with
 * {@code integrated-jaspi=false}: the identity comes from here, not from an Elytron realm).
 *
 * <ul>
 *   <li>The login page ({@link OperatorLogin}) calls {@code SecurityContext.authenticate} with the
 *       typed username and password; they are validated by the identity store ({@link
 *       OperatorIdentityStore}), and a valid caller is kept in the HTTP session with its role as
 *       its only group.
 *   <li>Every later request of that session on the public listener is authenticated from there, so
 *       logging out (invalidating the session) ends it; the container then checks the roles of
 *       web.xml's constraints.
 *   <li>A protected page without a caller is redirected to the login page.
 *   <li>On plain HTTP a protected page is redirected to the public HTTPS address.
 *   <li>On any other listener (smartcard, partner) nobody is an intranet user: a protected page
 *       answers 404, as {@code ListenerGuard} does for every other wrong path.
 * </ul>
 */
@ApplicationScoped
public class IntranetAuthentication implements HttpAuthenticationMechanism {

  static final String LOGIN_PAGE = "/intranet/accesso.xhtml";

  /** The session attribute holding the authenticated caller. */
  static final String CALLER = IntranetAuthentication.class.getName() + ".caller";

  /** Who the session belongs to: a name and the container roles (never a secret). */
  record Caller(String name, Set<String> groups) implements Serializable {}

  @Inject IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Listener listener = Listener.of(request);
    if (listener == Listener.HTTP && context.isProtected()) {
      // Plain HTTP: the same page on the public HTTPS address (ListenerGuard does it for the rest).
      String query = request.getQueryString();
      return context.redirect(
          Listener.PUBLIC.url(request, ListenerGuard.dispatchedPath(request))
              + (query == null ? "" : "?" + query));
    }
    if (listener != Listener.PUBLIC) {
      return context.isProtected() ? context.responseNotFound() : context.doNothing();
    }
    Credential credential =
        context.isAuthenticationRequest() ? context.getAuthParameters().getCredential() : null;
    if (credential != null) {
      CredentialValidationResult result = identityStores.validate(credential);
      if (result.getStatus() != CredentialValidationResult.Status.VALID) {
        // No 401: the login page itself says what went wrong.
        return AuthenticationStatus.SEND_FAILURE;
      }
      request
          .getSession(true)
          .setAttribute(
              CALLER,
              new Caller(
                  result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
      return context.notifyContainerAboutLogin(result);
    }
    Caller caller = caller(request);
    if (caller != null) {
      return context.notifyContainerAboutLogin(caller.name(), caller.groups());
    }
    if (context.isProtected()) {
      // Absolute on the configured address: this runs before ListenerGuard's redirect wrapper.
      return context.redirect(Listener.PUBLIC.url(request, LOGIN_PAGE));
    }
    return context.doNothing();
  }

  static Caller caller(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session == null ? null : (Caller) session.getAttribute(CALLER);
  }
}
