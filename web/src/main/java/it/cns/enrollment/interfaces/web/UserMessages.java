package it.cns.enrollment.interfaces.web;

import it.cns.enrollment.application.text.Messages;
import it.cns.enrollment.domain.activation.ActivationInputException;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.error.InvalidFieldException;
import it.cns.enrollment.domain.error.InvalidRequestException;
import it.cns.enrollment.domain.identity.CertificateRefusedException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The web channel's one mapping from failures to what the user reads: a stable code (shown to
 * support staff and tests) and a message in the page's language. Unexpected failures become
 * SERVICE_UNAVAILABLE with an incident id in the log; a stack trace never reaches a page.
 */
public final class UserMessages {

  private static final Logger LOG = Logger.getLogger(UserMessages.class.getName());

  private UserMessages() {}

  /** What a page shows for a failure; kept in view-scoped beans, so serializable. */
  public record Shown(String code, String message) implements Serializable {}

  public static Shown of(Throwable failure, Locale locale) {
    Messages texts = Messages.in(locale);
    if (refusedByRole(failure)) {
      // The container refused the role (@RolesAllowed) before the service's own check.
      return new Shown(
          ErrorCode.OPERATOR_NOT_PERMITTED.name(), texts.of(ErrorCode.OPERATOR_NOT_PERMITTED));
    }
    Throwable e = unwrap(failure);
    if (e instanceof BusinessRefusal ee) {
      return new Shown(ee.stableCode(), texts.of(ee));
    }
    if (e instanceof CertificateRefusedException cre) {
      return new Shown(cre.refusal().code(), texts.of(cre.refusal()));
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "incident " + incident + ": unexpected failure on a page", failure);
    return new Shown(
        ErrorCode.SERVICE_UNAVAILABLE.name(),
        texts.of(ErrorCode.SERVICE_UNAVAILABLE) + " (" + incident + ")");
  }

  /**
   * What a page shows for a failure, also put on the component of the field the refusal names: a
   * {@link FacesMessage} on that component's client id, so the page marks the field aria-invalid
   * and points its aria-describedby at the message. {@code clientIds} maps what a refusal names
   * ({@link #fieldOf}) to the page's client ids; a refusal it does not name stays page-wide.
   */
  public static Shown ofField(Throwable failure, Locale locale, Map<String, String> clientIds) {
    Shown shown = of(failure, locale);
    String clientId = clientIds.get(fieldOf(failure));
    if (clientId != null) {
      FacesContext.getCurrentInstance()
          .addMessage(
              clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, shown.message(), null));
    }
    return shown;
  }

  /**
   * What a refusal is about: the field of an activation request ({@code CARD_ID}, ...), the field
   * of an invalid request, the problem of an INVALID_REQUEST, else the refusal's code (e.g. {@code
   * INVALID_EMAIL}); null for anything that is not a refusal.
   */
  static String fieldOf(Throwable failure) {
    Throwable e = unwrap(failure);
    if (e instanceof ActivationInputException a) {
      return a.field().name();
    }
    if (e instanceof InvalidFieldException f) {
      return f.field();
    }
    if (e instanceof InvalidRequestException r) {
      return r.problem();
    }
    return e instanceof BusinessRefusal b ? b.code().name() : null;
  }

  private static boolean refusedByRole(Throwable t) {
    for (Throwable e = t; e instanceof EJBException; e = e.getCause()) {
      if (e instanceof EJBAccessException) {
        return true;
      }
    }
    return false;
  }

  private static Throwable unwrap(Throwable t) {
    Throwable e = t;
    while (e instanceof EJBException && e.getCause() != null) {
      e = e.getCause();
    }
    return e;
  }
}
