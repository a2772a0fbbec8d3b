package it.cns.enrollment.interfaces.soap;

import it.cns.enrollment.application.partner.SignedMessage;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.partner.PartnerMessageLog;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.AbstractSoapInterceptor;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Exchange;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.WSDataRef;
import org.apache.wss4j.dom.engine.WSSecurityEngineResult;
import org.apache.wss4j.dom.handler.WSHandlerConstants;
import org.apache.wss4j.dom.handler.WSHandlerResult;
import org.apache.wss4j.dom.message.token.Timestamp;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The ModI profile ID_AUTH_SOAP_02 ("direct trust with an X.509 certificate, message uniqueness")
 * with INTEGRITY_SOAP_01, checked on what WSS4J verified ({@link PartnerSignatureIn}): one
 * signature, by an X.509 certificate (BinarySecurityToken), RSA-SHA256 or ECDSA-SHA256 with SHA-256
 * digests, covering the WS-Security Timestamp (which must have an expiry), the WS-Addressing {@code
 * To} (naming this endpoint) and {@code MessageID} headers and the Body. The result, a {@link
 * SignedMessage}, is left on the exchange for the endpoint, which has the partner's record decide
 * the rest (the signer is the partner's, the MessageID is new, unsigned messages allowed or not). A
 * message without a security header passes as unsigned.
 */
public class ModiProfile extends AbstractSoapInterceptor {

  static final String RSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";
  static final String ECDSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256";
  static final String SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256";
  static final String WSA = "http://www.w3.org/2005/08/addressing";

  /** Longest age of a Timestamp, and how far in the future one may start (clock skew). */
  static final int TIMESTAMP_TTL_SECONDS = 300;

  static final int FUTURE_SKEW_SECONDS = 60;

  /** Exchange key: the request was signed, so the answer is signed too ({@link SignedAnswers}). */
  static final String SIGNED = ModiProfile.class.getName() + ".signed";

  private static final QName TO = new QName(WSA, "To");
  private static final QName MESSAGE_ID = new QName(WSA, "MessageID");
  private static final QName TIMESTAMP = new QName(WSConstants.WSU_NS, "Timestamp");

  public ModiProfile() {
    super(Phase.PRE_PROTOCOL);
    addAfter(PartnerSignatureIn.class.getName());
  }

  /** The signed message the exchange carries, or null when the request was not signed. */
  static SignedMessage of(Exchange exchange) {
    return exchange == null ? null : exchange.get(SignedMessage.class);
  }

  @Override
  public void handleMessage(SoapMessage message) {
    if (!PartnerSignatureIn.hasSecurityHeader(message)) {
      return;
    }
    @SuppressWarnings("unchecked")
    List<WSHandlerResult> results =
        (List<WSHandlerResult>) message.get(WSHandlerConstants.RECV_RESULTS);
    List<WSSecurityEngineResult> signatures = List.of();
    List<WSSecurityEngineResult> timestamps = List.of();
    if (results != null && results.size() == 1) {
      Map<Integer, List<WSSecurityEngineResult>> actions = results.get(0).getActionResults();
      signatures = actions.getOrDefault(WSConstants.SIGN, List.of());
      timestamps = actions.getOrDefault(WSConstants.TS, List.of());
    }
    if (signatures.size() != 1) {
      throw refuse("the security header carries " + signatures.size() + " signatures, not one");
    }
    if (timestamps.size() != 1) {
      throw refuse("the security header carries " + timestamps.size() + " Timestamps, not one");
    }
    WSSecurityEngineResult signature = signatures.get(0);
    X509Certificate signer =
        (X509Certificate) signature.get(WSSecurityEngineResult.TAG_X509_CERTIFICATE);
    if (signer == null) {
      throw refuse("the signature names no X.509 certificate");
    }
    Object method = signature.get(WSSecurityEngineResult.TAG_SIGNATURE_METHOD);
    if (!RSA_SHA256.equals(method) && !ECDSA_SHA256.equals(method)) {
      throw refuse("signature method " + method + " is not RSA-SHA256 or ECDSA-SHA256");
    }
    Timestamp timestamp = (Timestamp) timestamps.get(0).get(WSSecurityEngineResult.TAG_TIMESTAMP);
    if (timestamp == null || timestamp.getExpires() == null) {
      throw refuse("the Timestamp has no Expires");
    }
    @SuppressWarnings("unchecked")
    List<WSDataRef> references =
        (List<WSDataRef>) signature.get(WSSecurityEngineResult.TAG_DATA_REF_URIS);
    Set<QName> signed = new HashSet<>();
    String messageId = null;
    String to = null;
    QName body = new QName(message.getVersion().getNamespace(), "Body");
    for (WSDataRef reference : references == null ? List.<WSDataRef>of() : references) {
      if (!SHA256.equals(reference.getDigestAlgorithm())) {
        throw refuse("digest " + reference.getDigestAlgorithm() + " is not SHA-256");
      }
      QName name = reference.getName();
      Element element = reference.getProtectedElement();
      if ((name.equals(TO) || name.equals(MESSAGE_ID)) && !isHeader(element, message)) {
        throw refuse("the signed " + name.getLocalPart() + " is not a SOAP header");
      }
      if (name.equals(MESSAGE_ID)) {
        messageId = element.getTextContent().strip();
      } else if (name.equals(TO)) {
        to = element.getTextContent().strip();
      }
      signed.add(name);
    }
    for (QName required : List.of(TIMESTAMP, TO, MESSAGE_ID, body)) {
      if (!signed.contains(required)) {
        throw refuse("the signature does not cover " + required.getLocalPart());
      }
    }
    if (messageId.isEmpty() || messageId.length() > PartnerMessageLog.MAX_MESSAGE_ID_LENGTH) {
      throw refuse("the MessageID is empty or longer than 200 characters");
    }
    if (!namesThisEndpoint(to, message)) {
      throw refuse("To names another address than this endpoint");
    }
    Instant expires = timestamp.getExpires();
    message.getExchange().put(SignedMessage.class, new SignedMessage(signer, messageId, expires));
    message.getExchange().put(SIGNED, Boolean.TRUE);
  }

  private static boolean isHeader(Element element, SoapMessage message) {
    Node parent = element == null ? null : element.getParentNode();
    return parent != null
        && "Header".equals(parent.getLocalName())
        && message.getVersion().getNamespace().equals(parent.getNamespaceURI());
  }

  /** Whether {@code To} names the path this request came to (a gateway may change the host). */
  private static boolean namesThisEndpoint(String to, SoapMessage message) {
    Object request = message.get(AbstractHTTPDestination.HTTP_REQUEST);
    if (!(request instanceof HttpServletRequest http)) {
      return false;
    }
    try {
      String path = URI.create(to).getPath();
      return path != null && path.equals(http.getRequestURI());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static Fault refuse(String why) {
    return new Fault(new BusinessRefusal(ErrorCode.SIGNATURE_INVALID, why));
  }
}
