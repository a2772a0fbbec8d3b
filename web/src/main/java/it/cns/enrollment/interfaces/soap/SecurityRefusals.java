package it.cns.enrollment.interfaces.soap;

import it.cns.enrollment.application.partner.PartnerMessageSecurity;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import java.security.cert.X509Certificate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.cxf.message.Message;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import org.apache.wss4j.common.ext.WSSecurityException;

/**
 * The refusals of the message security profile raised before the endpoint runs - by WSS4J ({@link
 * PartnerSignatureIn}: a signature that does not verify, an expired Timestamp, a signer outside the
 * partner trust store) or by {@link ModiProfile} (a signature that does not cover what the profile
 * requires) - as the contract's codes, and their audit record.
 */
final class SecurityRefusals {

  private static final Logger LOG = Logger.getLogger(SecurityRefusals.class.getName());

  private SecurityRefusals() {}

  /** The contract's code for a security refusal anywhere in the causes; null for none. */
  static ErrorCode code(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof WSSecurityException wss) {
        return switch (wss.getErrorCode()) {
          case MESSAGE_EXPIRED -> ErrorCode.MESSAGE_EXPIRED;
          case FAILED_AUTHENTICATION -> ErrorCode.SIGNER_NOT_PARTNER;
          default -> ErrorCode.SIGNATURE_INVALID;
        };
      }
      if (t instanceof BusinessRefusal e && e.code() == ErrorCode.SIGNATURE_INVALID) {
        return e.code();
      }
    }
    return null;
  }

  /**
   * What the profile check found wrong, in its own words (never WSS4J's, which may name internals);
   * null when WSS4J refused.
   */
  static String reason(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof BusinessRefusal e) {
        return e.getMessage();
      }
    }
    return null;
  }

  /** Audits the refusal, with the TLS certificate of the caller; a failure to audit is logged. */
  static void audit(Message message, ErrorCode code, String why) {
    try {
      CDI.current()
          .select(PartnerMessageSecurity.class)
          .get()
          .refusedAtTheEdge(tlsCertificate(message), code, why);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "a refused partner message could not be audited: {0}", e.toString());
    }
  }

  private static X509Certificate tlsCertificate(Message message) {
    Message in = message.getExchange() == null ? null : message.getExchange().getInMessage();
    Object request = in == null ? null : in.get(AbstractHTTPDestination.HTTP_REQUEST);
    if (request instanceof HttpServletRequest http
        && http.getAttribute("jakarta.servlet.request.X509Certificate")
            instanceof X509Certificate[] chain
        && chain.length > 0) {
      return chain[0];
    }
    return null;
  }
}
