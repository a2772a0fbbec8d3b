package it.cns.enrollment.interfaces.soap;

import it.cns.enrollment.contract.partner.v1.EnrollmentFault;
import it.cns.enrollment.domain.error.ErrorCode;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.logging.FaultListener;
import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageUtils;
import org.apache.cxf.service.model.BindingOperationInfo;

/**
 * How a refused SOAP request is logged: one line, with the operation, the stable code and the
 * reason made safe ({@link LogText}), instead of CXF's stack trace per malformed message (14 KB for
 * a 263-byte request) with the request's own text in it. Registered on the endpoint as CXF's {@link
 * FaultListener}; returning false keeps CXF's default logging off. A fault raised while the request
 * is read (parsing, schema, limits, unknown operation, headers) is the client's: the endpoint turns
 * every failure of its own into a typed fault. A fault while the answer is written is the server's,
 * and is left to CXF's logging with its stack trace: that one is for us to fix.
 */
public class SoapFaultLog implements FaultListener {

  private static final Logger LOG = Logger.getLogger(SoapFaultLog.class.getName());

  /** Exchange key: the fault was raised while the request was read, so it is the client's. */
  static final String REQUEST_FAULT = SoapFaultLog.class.getName() + ".requestFault";

  /** Whether the fault on this exchange was raised while the request was read. */
  static boolean isRequestFault(Message message) {
    return message.getExchange() != null
        && Boolean.TRUE.equals(message.getExchange().get(REQUEST_FAULT));
  }

  @Override
  public boolean faultOccurred(Exception exception, String description, Message message) {
    Throwable cause =
        exception instanceof Fault && exception.getCause() != null
            ? exception.getCause()
            : exception;
    String operation = operation(message);
    if (cause instanceof EnrollmentFault typed) {
      // The endpoint's own answer; unexpected failures behind it were logged by SoapFaults.
      LOG.info(() -> "partner SOAP " + operation + " answered " + typed.getFaultInfo().getCode());
      return false;
    }
    if (MessageUtils.isOutbound(message)) {
      return true;
    }
    // InvalidRequestFaults gives this fault the contract's typed detail on the way out.
    if (message.getExchange() != null) {
      message.getExchange().put(REQUEST_FAULT, Boolean.TRUE);
    }
    ErrorCode security = SecurityRefusals.code(exception);
    LOG.log(
        Level.INFO,
        "partner SOAP request refused ({0}): {1} {2}",
        new Object[] {
          operation,
          security == null ? ErrorCode.INVALID_REQUEST.name() : security.name(),
          LogText.safe(exception.getMessage())
        });
    return false;
  }

  private static String operation(Message message) {
    BindingOperationInfo operation =
        message == null || message.getExchange() == null
            ? null
            : message.getExchange().getBindingOperationInfo();
    return operation == null ? "unknown operation" : operation.getName().getLocalPart();
  }
}
