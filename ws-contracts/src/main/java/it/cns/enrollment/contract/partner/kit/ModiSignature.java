package it.cns.enrollment.contract.partner.kit;

import jakarta.xml.soap.SOAPEnvelope;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPHeader;
import jakarta.xml.soap.SOAPMessage;
import jakarta.xml.ws.ProtocolException;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.handler.soap.SOAPHandler;
import jakarta.xml.ws.handler.soap.SOAPMessageContext;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javax.xml.namespace.QName;
import org.apache.wss4j.common.WSEncryptionPart;
import org.apache.wss4j.common.crypto.Merlin;
import org.apache.wss4j.common.ext.WSSecurityException;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.WSDataRef;
import org.apache.wss4j.dom.engine.WSSConfig;
import org.apache.wss4j.dom.engine.WSSecurityEngine;
import org.apache.wss4j.dom.engine.WSSecurityEngineResult;
import org.apache.wss4j.dom.handler.WSHandlerResult;
import org.apache.wss4j.dom.message.WSSecHeader;
import org.apache.wss4j.dom.message.WSSecSignature;
import org.apache.wss4j.dom.message.WSSecTimestamp;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The ModI profile ID_AUTH_SOAP_02 + INTEGRITY_SOAP_01 as a standard JAX-WS handler, so that it
 * fits any JAX-WS stack: every request gets WS-Addressing {@code To} and {@code MessageID}, a
 * WS-Security Timestamp (300 s) and one signature (RSA-SHA256 or ECDSA-SHA256, SHA-256 digests, the
 * certificate as a BinarySecurityToken) over Timestamp, To, MessageID and Body; every answer that
 * is not a fault must carry a valid signature over its Timestamp and Body by a certificate that
 * chains to the trust store, or the call fails.
 */
public final class ModiSignature implements SOAPHandler<SOAPMessageContext> {

  static final String WSA = "http://www.w3.org/2005/08/addressing";
  private static final String XMLNS = "http://www.w3.org/2000/xmlns/";

  static {
    WSSConfig.init();
  }

  private final KeyStore key;
  private final String alias;
  private final char[] keyPassword;
  private final KeyStore trust;
  private final String to;
  private final Consumer<X509Certificate> answerSigner;

  /**
   * Signs with the key {@code alias} of {@code key}, addresses requests to {@code to} (the URL
   * called) and verifies answers against {@code trust}; tells {@code answerSigner} who signed each
   * answer.
   */
  public ModiSignature(
      KeyStore key,
      String alias,
      char[] keyPassword,
      KeyStore trust,
      String to,
      Consumer<X509Certificate> answerSigner) {
    this.key = key;
    this.alias = alias;
    this.keyPassword = keyPassword.clone();
    this.trust = trust;
    this.to = to;
    this.answerSigner = answerSigner;
  }

  @Override
  public Set<QName> getHeaders() {
    // The answer's Security header is mustUnderstand: this handler is the one that understands it.
    return Set.of(new QName(WSConstants.WSSE_NS, WSConstants.WSSE_LN));
  }

  @Override
  public boolean handleMessage(SOAPMessageContext context) {
    try {
      if (Boolean.TRUE.equals(context.get(MessageContext.MESSAGE_OUTBOUND_PROPERTY))) {
        sign(context.getMessage());
      } else {
        answerSigner.accept(verify(context.getMessage()));
      }
      return true;
    } catch (SOAPException | WSSecurityException e) {
      throw new ProtocolException("ModI message security: " + e.getMessage(), e);
    }
  }

  @Override
  public boolean handleFault(SOAPMessageContext context) {
    // Faults are not signed by the server (docs/partner-api.md): the typed fault is the answer.
    return true;
  }

  @Override
  public void close(MessageContext context) {}

  private void sign(SOAPMessage message) throws SOAPException, WSSecurityException {
    SOAPEnvelope envelope = message.getSOAPPart().getEnvelope();
    SOAPHeader header = envelope.getHeader() != null ? envelope.getHeader() : envelope.addHeader();
    Document doc = message.getSOAPPart();
    header.appendChild(addressing(doc, "To", to));
    header.appendChild(addressing(doc, "MessageID", "urn:uuid:" + UUID.randomUUID()));

    WSSecHeader security = new WSSecHeader(doc);
    security.insertSecurityHeader();
    WSSecTimestamp timestamp = new WSSecTimestamp(security);
    timestamp.setTimeToLive(300);
    timestamp.build();

    Merlin crypto = new Merlin();
    crypto.setKeyStore(key);
    WSSecSignature signature = new WSSecSignature(security);
    signature.setUserInfo(alias, new String(keyPassword));
    signature.setKeyIdentifierType(WSConstants.BST_DIRECT_REFERENCE);
    signature.setSignatureAlgorithm(isEc() ? WSConstants.ECDSA_SHA256 : WSConstants.RSA_SHA256);
    signature.setDigestAlgo(WSConstants.SHA256);
    String soap = envelope.getNamespaceURI();
    signature.getParts().add(new WSEncryptionPart("Timestamp", WSConstants.WSU_NS, ""));
    signature.getParts().add(new WSEncryptionPart("To", WSA, ""));
    signature.getParts().add(new WSEncryptionPart("MessageID", WSA, ""));
    signature.getParts().add(new WSEncryptionPart("Body", soap, ""));
    signature.build(crypto);
    message.saveChanges();
  }

  private static Element addressing(Document doc, String name, String value) {
    Element element = doc.createElementNS(WSA, "wsa:" + name);
    // Declared on the element itself: what is signed must be what is sent, whoever serialises it.
    element.setAttributeNS(XMLNS, "xmlns:wsa", WSA);
    element.setTextContent(value);
    return element;
  }

  private boolean isEc() {
    try {
      return "EC".equals(key.getCertificate(alias).getPublicKey().getAlgorithm());
    } catch (java.security.KeyStoreException e) {
      return false;
    }
  }

  private X509Certificate verify(SOAPMessage message) throws SOAPException, WSSecurityException {
    Merlin crypto = new Merlin();
    crypto.setTrustStore(trust);
    Document doc = message.getSOAPPart();
    WSHandlerResult result = new WSSecurityEngine().processSecurityHeader(doc, null, null, crypto);
    List<WSSecurityEngineResult> signatures =
        result == null ? null : result.getActionResults().get(WSConstants.SIGN);
    if (signatures == null || signatures.size() != 1) {
      throw new SOAPException("the answer is not signed (exactly one signature expected)");
    }
    WSSecurityEngineResult signature = signatures.get(0);
    @SuppressWarnings("unchecked")
    List<WSDataRef> refs =
        (List<WSDataRef>) signature.get(WSSecurityEngineResult.TAG_DATA_REF_URIS);
    String soap = message.getSOAPPart().getEnvelope().getNamespaceURI();
    if (!covers(refs, new QName(soap, "Body"))
        || !covers(refs, new QName(WSConstants.WSU_NS, WSConstants.TIMESTAMP_TOKEN_LN))) {
      throw new SOAPException("the answer's signature does not cover its Body and Timestamp");
    }
    return (X509Certificate) signature.get(WSSecurityEngineResult.TAG_X509_CERTIFICATE);
  }

  private static boolean covers(List<WSDataRef> refs, QName element) {
    return refs != null && refs.stream().anyMatch(ref -> element.equals(ref.getName()));
  }
}
