// ModI ID_AUTH_SOAP_02 + INTEGRITY_SOAP_01 for the partner API, by hand (docs/partner-api.md).
// A single-file Java program run with WSS4J and Santuario on the class path (./cns soap-demo takes
// them from the provisioned WildFly's modules):
//
//   java -cp "$CP" ModiSign.java sign   envelope.xml partner.p12 alias https://host:8445/partner/v1/enrollment > signed.xml
//   java -cp "$CP" ModiSign.java verify answer.xml server-trust.p12
//
// The key store password is read from the environment variable MODI_P12_PASSWORD.

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
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

public class ModiSign {

  static final String WSA = "http://www.w3.org/2005/08/addressing";

  public static void main(String[] args) throws Exception {
    WSSConfig.init();
    char[] password = System.getenv().getOrDefault("MODI_P12_PASSWORD", "").toCharArray();
    if (args.length == 5 && args[0].equals("sign")) {
      System.out.println(sign(parse(Path.of(args[1])), load(Path.of(args[2]), password), args[3], new String(password), args[4]));
    } else if (args.length == 3 && args[0].equals("verify")) {
      Merlin trust = new Merlin();
      trust.setTrustStore(load(Path.of(args[2]), password));
      WSHandlerResult result = new WSSecurityEngine().processSecurityHeader(parse(Path.of(args[1])), null, null, trust);
      if (result == null || result.getActionResults().get(WSConstants.SIGN) == null) {
        System.err.println("the answer is not signed");
        System.exit(1);
      }
      X509Certificate signer = (X509Certificate) result.getActionResults().get(WSConstants.SIGN).get(0)
          .get(WSSecurityEngineResult.TAG_X509_CERTIFICATE);
      System.out.println("signature verified; signed by " + signer.getSubjectX500Principal().getName());
    } else {
      System.err.println("usage: ModiSign sign envelope.xml key.p12 alias to-url | verify answer.xml trust.p12");
      System.exit(2);
    }
  }

  static String sign(Document doc, KeyStore key, String alias, String password, String to) throws Exception {
    Element root = doc.getDocumentElement();
    String soap = root.getNamespaceURI();
    Element header = doc.createElementNS(soap, root.getPrefix() + ":Header");
    root.insertBefore(header, root.getFirstChild());
    // Declared on the elements themselves: the signature's canonical form must be what is sent.
    header.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:wsa", WSA);
    Element toHeader = doc.createElementNS(WSA, "wsa:To");
    toHeader.setTextContent(to);
    header.appendChild(toHeader);
    Element id = doc.createElementNS(WSA, "wsa:MessageID");
    id.setTextContent("urn:uuid:" + UUID.randomUUID());
    header.appendChild(id);

    WSSecHeader security = new WSSecHeader(doc);
    security.insertSecurityHeader();
    WSSecTimestamp timestamp = new WSSecTimestamp(security);
    timestamp.setTimeToLive(300);
    timestamp.build();
    Merlin crypto = new Merlin();
    crypto.setKeyStore(key);
    WSSecSignature signature = new WSSecSignature(security);
    signature.setUserInfo(alias, password);
    signature.setKeyIdentifierType(WSConstants.BST_DIRECT_REFERENCE);
    signature.setSignatureAlgorithm(WSConstants.RSA_SHA256);
    signature.setDigestAlgo(WSConstants.SHA256);
    signature.getParts().add(new WSEncryptionPart("Timestamp", WSConstants.WSU_NS, ""));
    signature.getParts().add(new WSEncryptionPart("To", WSA, ""));
    signature.getParts().add(new WSEncryptionPart("MessageID", WSA, ""));
    signature.getParts().add(new WSEncryptionPart("Body", soap, ""));
    signature.build(crypto);
    StringWriter out = new StringWriter();
    TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(out));
    return out.toString();
  }

  static Document parse(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(Files.newInputStream(file));
  }

  static KeyStore load(Path file, char[] password) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (var in = Files.newInputStream(file)) {
      store.load(in, password);
    }
    return store;
  }
}
