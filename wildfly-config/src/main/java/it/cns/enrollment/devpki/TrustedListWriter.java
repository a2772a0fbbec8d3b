package it.cns.enrollment.devpki;

import java.io.ByteArrayOutputStream;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes a minimal ETSI TS 119 612 trusted list in the shape of AgID's TSL-IT.xml and signs it as
 * AgID does: an enveloped ds:Signature, last child of the root, with a reference to the whole
 * document ({@code URI=""}, or {@code "#"} + the root's Id), enveloped-signature and exclusive c14n
 * transforms, SHA-256, RSA or ECDSA, and the signer's certificate in KeyInfo. Immutable: each
 * {@code with...}/{@code add...} returns a new writer.
 */
public final class TrustedListWriter {

  public static final String TSL_NAMESPACE = "http://uri.etsi.org/02231/v2#";
  public static final String IDV_SERVICE_TYPE = "http://uri.etsi.org/TrstSvc/Svctype/IdV";
  public static final String QUALIFIED_CA_SERVICE_TYPE =
      "http://uri.etsi.org/TrstSvc/Svctype/CA/QC";
  public static final String GRANTED = "http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/granted";
  public static final String WITHDRAWN =
      "http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/withdrawn";
  public static final String ROOT_ID = "TSL-IT";

  private static final String ECDSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256";

  /** One TSPService entry. */
  public record Service(
      String providerName, String serviceName, String type, String status, X509Certificate ca) {
    public Service {
      Objects.requireNonNull(providerName, "providerName");
      Objects.requireNonNull(serviceName, "serviceName");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(ca, "ca");
    }
  }

  private final List<Service> services;
  private final int sequenceNumber;
  private final Instant issued;
  private final Instant nextUpdate; // null: a closed list

  private TrustedListWriter(
      List<Service> services, int sequenceNumber, Instant issued, Instant nextUpdate) {
    this.services = List.copyOf(services);
    this.sequenceNumber = sequenceNumber;
    this.issued = issued;
    this.nextUpdate = nextUpdate;
  }

  /** An empty list, sequence number 1, issued now, next update in 180 days. */
  public static TrustedListWriter create() {
    Instant now = Pki.now();
    return new TrustedListWriter(List.of(), 1, now, now.plus(Duration.ofDays(180)));
  }

  public TrustedListWriter withSequenceNumber(int number) {
    return new TrustedListWriter(services, number, issued, nextUpdate);
  }

  /** NextUpdate; null writes an empty NextUpdate, which marks a closed list. */
  public TrustedListWriter withNextUpdate(Instant next) {
    return new TrustedListWriter(services, sequenceNumber, issued, next);
  }

  public TrustedListWriter addService(Service service) {
    List<Service> more = new ArrayList<>(services);
    more.add(Objects.requireNonNull(service, "service"));
    return new TrustedListWriter(more, sequenceNumber, issued, nextUpdate);
  }

  /** A granted IdV service (a CNS issuer) for {@code ca}, named after its subject. */
  public TrustedListWriter addIdVService(X509Certificate ca) {
    String name = ca.getSubjectX500Principal().getName();
    return addService(new Service(name, name, IDV_SERVICE_TYPE, GRANTED, ca));
  }

  /** The list without any signature. */
  public byte[] unsigned() {
    return serialize(document());
  }

  /** Signed with {@code URI=""}, as AgID signs TSL-IT.xml. */
  public byte[] signed(PrivateKey key, X509Certificate signer) {
    return signed(key, signer, "");
  }

  /** Signed with a reference to the root's Id ({@code URI="#TSL-IT"}). */
  public byte[] signedByRootId(PrivateKey key, X509Certificate signer) {
    return signed(key, signer, "#" + ROOT_ID);
  }

  private byte[] signed(PrivateKey key, X509Certificate signer, String uri) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(signer, "signer");
    Document document = document();
    Element root = document.getDocumentElement();
    try {
      XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
      Reference reference =
          factory.newReference(
              uri,
              factory.newDigestMethod(DigestMethod.SHA256, null),
              List.of(
                  factory.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                  factory.newTransform(
                      CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)),
              null,
              null);
      String algorithm =
          key.getAlgorithm().startsWith("EC") ? ECDSA_SHA256 : SignatureMethod.RSA_SHA256;
      SignedInfo signedInfo =
          factory.newSignedInfo(
              factory.newCanonicalizationMethod(
                  CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
              factory.newSignatureMethod(algorithm, null),
              List.of(reference));
      KeyInfoFactory keyInfos = factory.getKeyInfoFactory();
      KeyInfo keyInfo = keyInfos.newKeyInfo(List.of(keyInfos.newX509Data(List.of(signer))));
      DOMSignContext context = new DOMSignContext(key, root);
      context.setDefaultNamespacePrefix("ds");
      context.setIdAttributeNS(root, null, "Id");
      factory
          .newXMLSignature(signedInfo, keyInfo, null, "signature-" + ROOT_ID, null)
          .sign(context);
    } catch (Exception e) {
      throw new IllegalStateException("cannot sign the trusted list", e);
    }
    return serialize(document);
  }

  private Document document() {
    Document d;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      d = factory.newDocumentBuilder().newDocument();
    } catch (Exception e) {
      throw new IllegalStateException("no XML DOM", e);
    }
    Element root = d.createElementNS(TSL_NAMESPACE, "TrustServiceStatusList");
    // Declared explicitly: canonicalisation at signing time sees only declared namespaces, and
    // the serialised (then re-parsed) document will declare it.
    root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns", TSL_NAMESPACE);
    root.setAttribute("Id", ROOT_ID);
    root.setAttribute("TSLTag", "http://uri.etsi.org/19612/TSLTag");
    d.appendChild(root);

    Element scheme = add(root, "SchemeInformation", null);
    add(scheme, "TSLVersionIdentifier", "5");
    add(scheme, "TSLSequenceNumber", Integer.toString(sequenceNumber));
    add(scheme, "TSLType", "http://uri.etsi.org/TrstSvc/TrustedList/TSLType/EUgeneric");
    name(add(scheme, "SchemeOperatorName", null), "AgID - Agenzia per l'Italia Digitale (test)");
    add(scheme, "SchemeTerritory", "IT");
    add(scheme, "ListIssueDateTime", issued.toString());
    Element next = add(scheme, "NextUpdate", null);
    if (nextUpdate != null) {
      add(next, "dateTime", nextUpdate.toString());
    }

    Element providers = add(root, "TrustServiceProviderList", null);
    for (Service s : services) {
      Element provider = add(providers, "TrustServiceProvider", null);
      name(add(add(provider, "TSPInformation", null), "TSPName", null), s.providerName());
      Element info =
          add(
              add(add(provider, "TSPServices", null), "TSPService", null),
              "ServiceInformation",
              null);
      add(info, "ServiceTypeIdentifier", s.type());
      name(add(info, "ServiceName", null), s.serviceName());
      add(
          add(add(info, "ServiceDigitalIdentity", null), "DigitalId", null),
          "X509Certificate",
          base64(s.ca()));
      add(info, "ServiceStatus", s.status());
      add(info, "StatusStartingTime", issued.toString());
    }
    return d;
  }

  private static Element add(Element parent, String localName, String text) {
    Element e = parent.getOwnerDocument().createElementNS(TSL_NAMESPACE, localName);
    if (text != null) {
      e.setTextContent(text);
    }
    parent.appendChild(e);
    return e;
  }

  private static void name(Element parent, String text) {
    Element e = add(parent, "Name", text);
    e.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:lang", "it");
  }

  private static String base64(X509Certificate certificate) {
    try {
      return Base64.getEncoder().encodeToString(certificate.getEncoded());
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] serialize(Document document) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      var transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      transformer.transform(new DOMSource(document), new StreamResult(out));
      return out.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException("cannot serialise the trusted list", e);
    }
  }
}
