package it.cns.enrollment.interfaces.soap;

import jakarta.jws.WebService;
import jakarta.xml.ws.BindingType;
import jakarta.xml.ws.soap.SOAPBinding;
import org.apache.cxf.annotations.EndpointProperties;
import org.apache.cxf.annotations.EndpointProperty;
import org.apache.cxf.annotations.SchemaValidation;
import org.apache.cxf.annotations.SchemaValidation.SchemaValidationType;
import org.apache.cxf.interceptor.InInterceptors;
import org.apache.cxf.interceptor.OutFaultInterceptors;
import org.apache.cxf.interceptor.OutInterceptors;

/**
 * Partner API v1 over SOAP 1.2: the contract's second port ({@code PartnerEnrollmentSoap12Port}),
 * the same operations, authorisation, request ids and faults as the SOAP 1.1 port, because it is
 * the same adapter. JAX-WS binds one port per class, and its annotations are not inherited: they
 * are repeated here, the parser limits and fault handling included, so both ports refuse alike.
 */
@WebService(
    serviceName = "PartnerEnrollmentService",
    portName = "PartnerEnrollmentSoap12Port",
    targetNamespace = "urn:cns-enrollment:partner:v1",
    endpointInterface = "it.cns.enrollment.contract.partner.v1.PartnerEnrollment",
    wsdlLocation = "WEB-INF/wsdl/partner-enrollment-v1.wsdl")
@BindingType(SOAPBinding.SOAP12HTTP_BINDING)
@SchemaValidation(type = SchemaValidationType.IN)
@InInterceptors(
    classes = {
      PartnerCallMeter.Start.class,
      ElementPaths.class,
      PartnerSignatureIn.class,
      ModiProfile.class
    })
@OutInterceptors(classes = {PartnerCallMeter.class, SignedAnswers.class})
@OutFaultInterceptors(classes = {InvalidRequestFaults.class, PartnerCallMeter.class})
@EndpointProperties({
  @EndpointProperty(key = "org.apache.cxf.stax.maxTextLength", value = "65536"),
  @EndpointProperty(key = "org.apache.cxf.stax.maxElementCount", value = "200"),
  @EndpointProperty(key = "org.apache.cxf.stax.maxElementDepth", value = "20"),
  @EndpointProperty(key = "org.apache.cxf.stax.maxChildElements", value = "50"),
  @EndpointProperty(key = "org.apache.cxf.stax.maxAttributeCount", value = "20"),
  @EndpointProperty(key = "org.apache.cxf.logging.FaultListener", beanClass = SoapFaultLog.class)
})
public class PartnerEnrollmentSoap12Endpoint extends PartnerEnrollmentEndpoint {}
