package it.cns.enrollment.it;

import it.cns.enrollment.devpki.DevPki;
import java.io.StringReader;
import java.io.StringWriter;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.wss4j.common.WSEncryptionPart;
import org.apache.wss4j.common.crypto.Merlin;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.engine.WSSConfig;
import org.apache.wss4j.dom.engine.WSSecurityEngine;
import org.apache.wss4j.dom.engine.WSSecurityEngineResult;
import org.apache.wss4j.dom.handler.WSHandlerResult;
import org.apache.wss4j.dom.message.WSSecHeader;
import org.apache.wss4j.dom.message.WSSecSignature;
import org.apache.wss4j.dom.message.WSSecTimestamp;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/**
 * Partner messages signed to the ModI profile ID_AUTH_SOAP_02 + INTEGRITY_SOAP_01, as a partner's
 * client makes them with WSS4J: WS-Addressing {@code To} and {@code MessageID} headers, a
 * WS-Security Timestamp, and an RSA-SHA256 signature with SHA-256 digests over Timestamp, To,
 * MessageID and Body, the certificate as a BinarySecurityToken. Also checks a signed answer.
 */
final class ModiMessages {

  static final String SOAP_11 = "http://schemas.xmlsoap.org/soap/envelope/";
  static final String SOAP_12 = "http://www.w3.org/2003/05/soap-envelope";
  static final String WSA = "http://www.w3.org/2005/08/addressing";

  static {
    WSSConfig.init();
  }

  private ModiMessages() {}

  /** A new MessageID, as WS-Addressing writes them. */
  static String newMessageId() {
    return "urn:uuid:" + UUID.randomUUID();
  }

  /** An unsigned envelope of the SOAP version with this body. */
  static String envelope(String soapNamespace, String body) {
    return "<?xml version=\"1.0\"?><env:Envelope xmlns:env=\""
        + soapNamespace
        + "\" xmlns:v1=\"urn:cns-enrollment:partner:v1\"><env:Body>"
        + body
        + "</env:Body></env:Envelope>";
  }

  /**
   * The envelope signed with the key in {@code key} (alias {@code alias}), addressed to {@code to},
   * with the MessageID and a Timestamp made at {@code now} for 300 s.
   */
  static String sign(
      String envelope, KeyStore key, String alias, String to, String messageId, Instant now)
      throws Exception {
    Document doc = parse(envelope);
    Element root = doc.getDocumentElement();
    String soap = root.getNamespaceURI();
    Element header = doc.createElementNS(soap, "env:Header");
    root.insertBefore(header, root.getFirstChild());
    // Declared on the elements themselves: the signature's canonical form must be what is sent.
    header.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:wsa", WSA);
    Element toHeader = doc.createElementNS(WSA, "wsa:To");
    toHeader.setTextContent(to);
    header.appendChild(toHeader);
    Element id = doc.createElementNS(WSA, "wsa:MessageID");
    id.setTextContent(messageId);
    header.appendChild(id);

    WSSecHeader security = new WSSecHeader(doc);
    security.insertSecurityHeader();
    WSSecTimestamp timestamp = new WSSecTimestamp(security);
    timestamp.setTimeToLive(300);
    timestamp.setWsTimeSource(() -> now);
    timestamp.build();

    Merlin crypto = new Merlin();
    crypto.setKeyStore(key);
    WSSecSignature signature = new WSSecSignature(security);
    signature.setUserInfo(alias, new String(ItEnvironment.pkiPassword()));
    signature.setKeyIdentifierType(WSConstants.BST_DIRECT_REFERENCE);
    signature.setSignatureAlgorithm(WSConstants.RSA_SHA256);
    signature.setDigestAlgo(WSConstants.SHA256);
    signature.getParts().add(new WSEncryptionPart("Timestamp", WSConstants.WSU_NS, ""));
    signature.getParts().add(new WSEncryptionPart("To", WSA, ""));
    signature.getParts().add(new WSEncryptionPart("MessageID", WSA, ""));
    signature.getParts().add(new WSEncryptionPart("Body", soap, ""));
    signature.build(crypto);
    return serialise(doc);
  }

  /**
   * The certificate that signed the answer's Body, after WSS4J verified the signature and the
   * certificate against the test server's CA; fails when the answer is not signed.
   */
  static X509Certificate verifiedSigner(String answer) throws Exception {
    Document doc = parse(answer);
    Merlin trust = new Merlin();
    trust.setTrustStore(TestPki.load(DevPki.SERVER_TRUST_P12));
    WSHandlerResult result = new WSSecurityEngine().processSecurityHeader(doc, null, null, trust);
    if (result == null || result.getActionResults().get(WSConstants.SIGN) == null) {
      throw new AssertionError("the answer is not signed");
    }
    WSSecurityEngineResult signature = result.getActionResults().get(WSConstants.SIGN).get(0);
    return (X509Certificate) signature.get(WSSecurityEngineResult.TAG_X509_CERTIFICATE);
  }

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  private static String serialise(Document doc) throws Exception {
    StringWriter out = new StringWriter();
    TransformerFactory.newInstance()
        .newTransformer()
        .transform(new DOMSource(doc), new StreamResult(out));
    return out.toString();
  }
}
