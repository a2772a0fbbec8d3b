package it.cns.enrollment.interfaces.web;

import it.cns.enrollment.application.text.Messages;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.identity.CertificateRefusedException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import java.io.Serializable;
import java.util.Locale;
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
