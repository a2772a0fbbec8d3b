package it.cns.enrollment.interfaces.soap;

import it.cns.enrollment.application.text.Messages;
import it.cns.enrollment.contract.partner.v1.EnrollmentFault;
import it.cns.enrollment.domain.error.ErrorCode;
import javax.xml.stream.XMLStreamException;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Gives the faults that CXF raises before our code runs - a message that breaks the schema, is not
 * well-formed XML, carries a DTD or a NUL, exceeds the parser limits, names an unknown operation or
 * namespace, or carries a header nobody understands - the contract's typed {@code enrollmentFault}
 * detail with code INVALID_REQUEST and what was wrong, so that partners handle every refusal the
 * same way; the offending field's path (from {@link ElementPaths}) goes into {@code field} and the
 * messages. Such refusals, and the endpoint's typed faults about the request, carry the sender's
 * SOAP fault code (1.1 {@code Client}, 1.2 {@code Sender}); CXF maps the code to the binding's.
 * What was wrong is bounded, escaped and free of Java class names: a 200 KB element name is not
 * echoed back, and the parser's internals do not leak. Runs after typed faults got their detail,
 * and leaves those alone.
 */
public class InvalidRequestFaults extends AbstractPhaseInterceptor<Message> {

  private static final String NS = "urn:cns-enrollment:partner:v1";

  public InvalidRequestFaults() {
    super(Phase.PRE_MARSHAL);
  }

  @Override
  public void handleMessage(Message message) {
    if (!(message.getContent(Exception.class) instanceof Fault fault)) {
      return;
    }
    EnrollmentFault typed = typed(fault);
    if (typed != null) {
      // A refusal of what the partner sent is the sender's (soap:Client / env:Sender: sending it
      // again unchanged fails again); only the server's own trouble is soap:Server / env:Receiver.
      fault.setFaultCode(
          isServers(typed.getFaultInfo().getCode())
              ? Fault.FAULT_CODE_SERVER
              : Fault.FAULT_CODE_CLIENT);
      return;
    }
    ErrorCode security = SecurityRefusals.code(fault);
    if (security != null && !fault.hasDetails()) {
      refuseInsecure(message, fault, security);
      return;
    }
    if (fault.hasDetails() || !(SoapFaultLog.isRequestFault(message) || isAboutTheRequest(fault))) {
      return;
    }
    String field = ElementPaths.where(message);
    if (field != null) {
      field = LogText.safe(field); // an element's name is the client's text too: bounded
    }
    String what = what(fault);
    if (field != null) {
      what = "[" + field + "] " + what;
    }
    if (!isEnvelopeLevel(fault)) {
      fault.setFaultCode(Fault.FAULT_CODE_CLIENT);
    }
    fault.setMessage(ErrorCode.INVALID_REQUEST.name() + ": " + what);
    Element detail = fault.getOrCreateDetail();
    Document doc = detail.getOwnerDocument();
    Element body = doc.createElementNS(NS, "enrollmentFault");
    append(body, "code", ErrorCode.INVALID_REQUEST.name());
    append(body, "messageIt", Messages.ITALIAN.of(ErrorCode.INVALID_REQUEST) + " " + what);
    append(body, "messageEn", Messages.ENGLISH.of(ErrorCode.INVALID_REQUEST) + " " + what);
    if (field != null) {
      append(body, "field", field);
    }
    detail.appendChild(body);
  }

  /**
   * A refusal of the message security profile before the endpoint ran: the contract's code, the
   * sender's fault, audited. WSS4J's own words stay out of the answer.
   */
  private static void refuseInsecure(Message message, Fault fault, ErrorCode code) {
    String why = SecurityRefusals.reason(fault);
    SecurityRefusals.audit(message, code, why == null ? LogText.safe(fault.getMessage()) : why);
    String en = Messages.ENGLISH.of(code) + (why == null ? "" : " (" + LogText.safe(why) + ")");
    fault.setFaultCode(Fault.FAULT_CODE_CLIENT);
    fault.setMessage(code.name() + ": " + en);
    Element detail = fault.getOrCreateDetail();
    Element body = detail.getOwnerDocument().createElementNS(NS, "enrollmentFault");
    append(body, "code", code.name());
    append(body, "messageIt", Messages.ITALIAN.of(code));
    append(body, "messageEn", en);
    detail.appendChild(body);
  }

  private static EnrollmentFault typed(Fault fault) {
    for (Throwable t = fault.getCause(); t != null; t = t.getCause()) {
      if (t instanceof EnrollmentFault typed) {
        return typed;
      }
    }
    return null;
  }

  /**
   * The codes that say nothing about the request: the service failed, or the same request is still
   * running. Retrying those may succeed.
   */
  static boolean isServers(String code) {
    return ErrorCode.SERVICE_UNAVAILABLE.name().equals(code)
        || ErrorCode.REQUEST_IN_PROGRESS.name().equals(code);
  }

  private static void append(Element parent, String name, String text) {
    Element child = parent.getOwnerDocument().createElementNS(NS, name);
    child.setTextContent(text);
    parent.appendChild(child);
  }

  /** Parsing, validation or limits: the request's fault, not the server's. */
  private static boolean isAboutTheRequest(Fault fault) {
    for (Throwable t = fault; t != null; t = t.getCause()) {
      if (t instanceof SAXException
          || t instanceof XMLStreamException
          || t instanceof jakarta.xml.bind.UnmarshalException) {
        return true;
      }
      String m = String.valueOf(t.getMessage());
      if (m.startsWith("Unmarshalling Error") || m.contains("DTD")) {
        return true;
      }
    }
    return false;
  }

  /**
   * MustUnderstand and VersionMismatch are SOAP's own codes for those refusals (SOAP 1.1, 4.4.1):
   * they keep them, with the typed detail added.
   */
  private static boolean isEnvelopeLevel(Fault fault) {
    String code = fault.getFaultCode() == null ? "" : fault.getFaultCode().getLocalPart();
    return code.equals("MustUnderstand") || code.equals("VersionMismatch");
  }

  /**
   * The validator's or parser's own words (they name the type or limit), without the prefix, the
   * Java class names some of them carry, or anything unbounded.
   */
  static String what(Fault fault) {
    String m =
        String.valueOf(fault.getMessage())
            .replaceFirst("^Unmarshalling Error:\\s*", "")
            .replaceAll(
                "\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error)?:?\\s*", "");
    return LogText.safe(m.strip());
  }
}
