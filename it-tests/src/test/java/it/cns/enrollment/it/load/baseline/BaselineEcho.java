package it.cns.enrollment.it.load.baseline;

import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebService;

/** The bare JAX-WS endpoint (code first, no schema validation, no handler): echoes its input. */
@WebService(
    serviceName = "BaselineEcho",
    portName = "BaselineEchoPort",
    targetNamespace = "urn:cns-enrollment:bench-baseline")
public class BaselineEcho {

  @WebMethod
  public String echo(@WebParam(name = "text") String text) {
    return text;
  }
}
