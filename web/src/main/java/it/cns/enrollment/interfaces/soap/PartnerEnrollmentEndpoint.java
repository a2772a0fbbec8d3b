package it.cns.enrollment.interfaces.soap;

import it.cns.enrollment.application.BindingReceipt;
import it.cns.enrollment.application.CardBindingService;
import it.cns.enrollment.application.RequestContext;
import it.cns.enrollment.contract.partner.v1.AccountType;
import it.cns.enrollment.contract.partner.v1.CardBinding;
import it.cns.enrollment.contract.partner.v1.EnrollmentFault;
import it.cns.enrollment.contract.partner.v1.PartnerEnrollment;
import it.cns.enrollment.domain.audit.Channel;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.jws.WebService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.handler.MessageContext;
import java.security.cert.X509Certificate;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import org.apache.cxf.annotations.SchemaValidation;
import org.apache.cxf.annotations.SchemaValidation.SchemaValidationType;

/**
 * Partner API v1. Pins the contract (endpoint interface and WSDL from ws-contracts), so the server
 * serves our WSDL rather than one derived from this class. Incoming messages are validated against
 * the contract's XSD before any code of ours runs.
 */
@SchemaValidation(type = SchemaValidationType.IN)
@WebService(
    serviceName = "PartnerEnrollmentService",
    portName = "PartnerEnrollmentPort",
    targetNamespace = "urn:cns-enrollment:partner:v1",
    endpointInterface = "it.cns.enrollment.contract.partner.v1.PartnerEnrollment",
    wsdlLocation = "WEB-INF/wsdl/partner-enrollment-v1.wsdl")
public class PartnerEnrollmentEndpoint implements PartnerEnrollment {

  @Resource private WebServiceContext context;

  @EJB private CardBindingService bindings;

  @Override
  public CardBinding bindSmartcard(String requestId, byte[] certificate) throws EnrollmentFault {
    try {
      BindingReceipt receipt =
          bindings.bind(certificate, new RequestContext(Channel.PARTNER, partner(), requestId));
      return toContract(receipt);
    } catch (RuntimeException e) {
      throw SoapFaults.of(e, requestId);
    }
  }

  /**
   * The calling partner, as the TLS layer authenticated it (the listener requires a certificate).
   */
  private String partner() {
    HttpServletRequest request =
        (HttpServletRequest) context.getMessageContext().get(MessageContext.SERVLET_REQUEST);
    Object chain = request.getAttribute("jakarta.servlet.request.X509Certificate");
    if (chain instanceof X509Certificate[] c && c.length > 0) {
      return "partner:" + c[0].getSubjectX500Principal().getName();
    }
    return "partner:unknown";
  }

  private static CardBinding toContract(BindingReceipt r) {
    CardBinding b = new CardBinding();
    b.setCodiceFiscale(r.codiceFiscale());
    b.setAccountType(AccountType.valueOf(r.accountType().name()));
    b.setEntratelSite(r.entratelSite());
    b.setCardIssuer(r.cardIssuer());
    b.setMaskedCardId(r.maskedCardId());
    b.setCertificateSerial(r.certificateSerial());
    b.setBoundAt(xmlDateTime(r.boundAt()));
    return b;
  }

  private static XMLGregorianCalendar xmlDateTime(java.time.Instant instant) {
    GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    calendar.setTimeInMillis(instant.toEpochMilli());
    try {
      return DatatypeFactory.newInstance().newXMLGregorianCalendar(calendar);
    } catch (DatatypeConfigurationException e) {
      throw new IllegalStateException("no XML datatype factory", e);
    }
  }
}
