package it.cns.enrollment.interfaces.soap;

import it.cns.enrollment.application.text.Messages;
import it.cns.enrollment.contract.partner.v1.EnrollmentFault;
import it.cns.enrollment.contract.partner.v1.EnrollmentFaultDetail;
import it.cns.enrollment.domain.activation.ActivationInputException;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.error.InvalidFieldException;
import it.cns.enrollment.domain.identity.CertificateRefusedException;
import jakarta.ejb.EJBException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The SOAP channel's one mapping from failures to typed faults. A fault carries a stable code and
 * the message in Italian and English; unexpected failures become SERVICE_UNAVAILABLE with an
 * incident id that is also in the server log. No stack trace ever leaves the server.
 */
final class SoapFaults {

  private static final Logger LOG = Logger.getLogger(SoapFaults.class.getName());

  /** Certificate refusals carry the refusal code after this prefix, e.g. CERT_EXPIRED. */
  static final String CERTIFICATE_PREFIX = "CERT_";

  private SoapFaults() {}

  static EnrollmentFault of(Throwable failure, String requestId) {
    Throwable e = failure;
    while (e instanceof EJBException && e.getCause() != null) {
      e = e.getCause();
    }
    if (e instanceof BusinessRefusal ee) {
      EnrollmentFault fault =
          fault(ee.stableCode(), Messages.ITALIAN.of(ee), Messages.ENGLISH.of(ee), requestId);
      if (ee instanceof InvalidFieldException invalid) {
        fault.getFaultInfo().setField(invalid.field());
      } else if (ee instanceof ActivationInputException input) {
        fault.getFaultInfo().setField(path(input.field()));
      }
      return fault;
    }
    if (e instanceof CertificateRefusedException cre) {
      return fault(
          CERTIFICATE_PREFIX + cre.refusal().code(),
          Messages.ITALIAN.of(cre.refusal()),
          Messages.ENGLISH.of(cre.refusal()),
          requestId);
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "incident " + incident + ": unexpected failure in a SOAP call", failure);
    ErrorCode code = ErrorCode.SERVICE_UNAVAILABLE;
    return fault(
        code.name(),
        Messages.ITALIAN.of(code) + " (" + incident + ")",
        Messages.ENGLISH.of(code) + " (" + incident + ")",
        requestId);
  }

  /** Where in {@code activateTsCns} the refused value is, as the contract names it. */
  static String path(ActivationInputException.Field field) {
    return "/activateTsCns/request/"
        + switch (field) {
          case CARD_ID -> "cardId";
          case HOLDER_CF -> "holderCodiceFiscale";
          case ACTING_CF -> "actingCodiceFiscale";
          // Names are typed only on the public blank forms and in the counter's wizard, never sent
          // over SOAP: the request.
          case HOLDER_NAME, ACTING_NAME, ACTING_PERSON_NAME -> "";
          case CONSENT -> "privacyConsent/noticeVersion";
        };
  }

  static EnrollmentFault fault(String code, String messageIt, String messageEn, String requestId) {
    EnrollmentFaultDetail detail = new EnrollmentFaultDetail();
    detail.setCode(code);
    detail.setMessageIt(messageIt);
    detail.setMessageEn(messageEn);
    detail.setRequestId(requestId);
    return new EnrollmentFault(code + ": " + messageEn, detail);
  }
}
