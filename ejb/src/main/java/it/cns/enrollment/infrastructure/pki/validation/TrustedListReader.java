package it.cns.enrollment.infrastructure.pki.validation;

import static it.cns.enrollment.infrastructure.pki.validation.TrustedListException.Reason.BAD_SIGNATURE;
import static it.cns.enrollment.infrastructure.pki.validation.TrustedListException.Reason.MALFORMED;
import static it.cns.enrollment.infrastructure.pki.validation.TrustedListException.Reason.UNSIGNED;
import static it.cns.enrollment.infrastructure.pki.validation.TrustedListException.Reason.WRONG_SIGNER;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.xml.crypto.KeySelector;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.X509Data;
import javax.xml.datatype.DatatypeFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Reads an ETSI TS 119 612 trusted list (AgID's TSL-IT.xml format) after checking its enveloped XML
 * signature against a configured signer.
 *
 * <p>The signature must be a {@code ds:Signature} child of the root, verify with the configured
 * signer's public key (whatever certificate its KeyInfo carries), and have a reference covering the
 * whole document ({@code URI=""} or {@code "#"} + the root's Id, with the enveloped-signature
 * transform): a signature over only part of the list would let unsigned services be read. Other
 * references (XAdES SignedProperties, {@code #id}) must verify too. Certificates are read only from
 * the expected path under the root, never from inside the signature.
 *
 * <p>Expiry: a list whose NextUpdate is past (beyond {@code expiryGrace}, default zero) or empty (a
 * closed scheme) is refused as EXPIRED; the registry then keeps the previous anchors.
 *
 * <p>Services taken: type {@value #IDV_SERVICE_TYPE} whose current ServiceStatus is one of {@link
 * #ACCEPTED_STATUSES} (granted, recognised at national level, and the older accredited / under
 * supervision / supervision in cessation / set by national law). An allow-list, not a deny-list, so
 * that a withdrawn, deprecated, revoked or unknown status never yields an anchor; skipped IdV
 * services are reported as warnings.
 */
public final class TrustedListReader {

  public static final String TSL_NAMESPACE = "http://uri.etsi.org/02231/v2#";
  public static final String IDV_SERVICE_TYPE = "http://uri.etsi.org/TrstSvc/Svctype/IdV";

  /** Current (TS 119 612 v2) and legacy (v1, "eSigDir-1999-93-EC") statuses that grant trust. */
  public static final Set<String> ACCEPTED_STATUSES =
      Set.of(
          "http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/granted",
          "http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/recognisedatnationallevel",
          "http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/setbynationallaw",
          "http://uri.etsi.org/TrstSvc/eSigDir-1999-93-EC-TrustedList/Svcstatus/accredited",
          "http://uri.etsi.org/TrstSvc/eSigDir-1999-93-EC-TrustedList/Svcstatus/undersupervision",
          "http://uri.etsi.org/TrstSvc/eSigDir-1999-93-EC-TrustedList/Svcstatus/"
              + "supervisionincessation",
          "http://uri.etsi.org/TrstSvc/eSigDir-1999-93-EC-TrustedList/Svcstatus/setbynationallaw");

  /** AgID's list is a few MiB; this bounds the DOM an attacker-supplied file can make us build. */
  static final long MAX_LIST_BYTES = 64L * 1024 * 1024;

  private static final String DSIG_NS = XMLSignature.XMLNS;
  private static final List<String> ID_ATTRIBUTES = List.of("Id", "ID", "id");

  private final X509Certificate signer;
  private final Clock clock;
  private final Duration expiryGrace;

  public TrustedListReader(X509Certificate signer, Clock clock) {
    this(signer, clock, Duration.ZERO);
  }

  public TrustedListReader(X509Certificate signer, Clock clock, Duration expiryGrace) {
    this.signer = Objects.requireNonNull(signer, "trusted list signer is required");
    this.clock = Objects.requireNonNull(clock, "clock is required");
    this.expiryGrace = Objects.requireNonNull(expiryGrace, "expiry grace is required");
    if (expiryGrace.isNegative()) {
      throw new IllegalArgumentException("expiry grace must not be negative");
    }
  }

  /**
   * What a verified list says.
   *
   * @param certificates the CA certificates of the accepted IdV services
   * @param description territory, sequence number and issue date, for logs and {@link
   *     TrustAnchors#source()}
   * @param nextUpdate when the list says it will be replaced
   * @param sequenceNumber its TSLSequenceNumber (grows with each list issued); empty when absent or
   *     unreadable
   * @param warnings IdV services or certificates skipped, and why
   */
  public record TrustedList(
      List<X509Certificate> certificates,
      String description,
      Instant nextUpdate,
      Optional<Long> sequenceNumber,
      List<String> warnings) {
    public TrustedList {
      certificates = List.copyOf(certificates);
      Objects.requireNonNull(description, "description is required");
      Objects.requireNonNull(nextUpdate, "nextUpdate is required");
      Objects.requireNonNull(sequenceNumber, "sequenceNumber is required (may be empty)");
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * Verifies and reads a list that any one of {@code signers} may have signed: during a change of
   * signer both the outgoing and the incoming certificate are configured. A list refused for any
   * reason other than its signer is refused whichever signer is tried, so that reason is given.
   *
   * @throws TrustedListException the only exception thrown for a bad list
   */
  public static TrustedList readSignedByAnyOf(
      List<X509Certificate> signers, Clock clock, Duration expiryGrace, byte[] xml) {
    if (signers.isEmpty()) {
      throw new IllegalArgumentException("at least one trusted list signer is required");
    }
    TrustedListException wrongSigner = null;
    for (X509Certificate signer : signers) {
      try {
        return new TrustedListReader(signer, clock, expiryGrace).read(xml);
      } catch (TrustedListException e) {
        if (e.reason() != WRONG_SIGNER) {
          throw e;
        }
        wrongSigner = e;
      }
    }
    throw signers.size() == 1
        ? wrongSigner
        : new TrustedListException(
            WRONG_SIGNER,
            "signed by none of the " + signers.size() + " configured signers",
            wrongSigner);
  }

  /**
   * Verifies and reads a list.
   *
   * @throws TrustedListException the only exception thrown for a bad list
   */
  public TrustedList read(byte[] xml) {
    Objects.requireNonNull(xml, "trusted list bytes are required");
    if (xml.length > MAX_LIST_BYTES) {
      throw new TrustedListException(MALFORMED, "larger than " + MAX_LIST_BYTES + " bytes");
    }
    Document document;
    try {
      document = SecureXml.parse(xml);
    } catch (Exception e) {
      throw new TrustedListException(MALFORMED, "not well-formed or unsafe XML: " + e, e);
    }
    Element root = document.getDocumentElement();
    if (!TSL_NAMESPACE.equals(root.getNamespaceURI())
        || !"TrustServiceStatusList".equals(root.getLocalName())) {
      throw new TrustedListException(MALFORMED, "root is not a TS 119 612 TrustServiceStatusList");
    }
    registerIds(root, new HashSet<>());
    verifySignature(root);
    try {
      return TrustedListContent.read(root, clock.instant(), expiryGrace);
    } catch (TrustedListException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new TrustedListException(MALFORMED, "unexpected list content: " + e, e);
    }
  }

  private void verifySignature(Element root) {
    List<Element> signatures = children(root, DSIG_NS, "Signature");
    if (signatures.isEmpty()) {
      throw new TrustedListException(UNSIGNED, "no ds:Signature under the root element");
    }
    if (signatures.size() > 1) {
      throw new TrustedListException(MALFORMED, "more than one ds:Signature under the root");
    }
    DOMValidateContext context =
        new DOMValidateContext(
            KeySelector.singletonKeySelector(signer.getPublicKey()), signatures.get(0));
    context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
    XMLSignature signature;
    try {
      signature = XMLSignatureFactory.getInstance("DOM").unmarshalXMLSignature(context);
    } catch (Exception e) {
      throw new TrustedListException(MALFORMED, "unreadable ds:Signature: " + e, e);
    }
    requireWholeDocumentReference(signature, root);
    keyInfoCertificate(signature)
        .filter(c -> !c.getPublicKey().equals(signer.getPublicKey()))
        .ifPresent(
            c -> {
              throw new TrustedListException(
                  WRONG_SIGNER,
                  "signed by "
                      + c.getSubjectX500Principal().getName()
                      + ", not the configured"
                      + " signer "
                      + signer.getSubjectX500Principal().getName());
            });
    boolean valid;
    Exception failure = null;
    try {
      valid = signature.validate(context);
    } catch (Exception e) {
      valid = false;
      failure = e;
    }
    if (valid) {
      return;
    }
    if (referencesValid(signature, context)) {
      // The content is what was signed, but not with our signer's key.
      throw new TrustedListException(
          WRONG_SIGNER,
          "signature value does not verify with the configured signer's key"
              + (failure == null ? "" : ": " + failure),
          failure);
    }
    throw new TrustedListException(
        BAD_SIGNATURE,
        "signed content was altered (reference digest mismatch)"
            + (failure == null ? "" : ": " + failure),
        failure);
  }

  private static void requireWholeDocumentReference(XMLSignature signature, Element root) {
    String rootId =
        ID_ATTRIBUTES.stream()
            .map(root::getAttribute)
            .filter(s -> !s.isEmpty())
            .findFirst()
            .orElse(null);
    for (Object o : signature.getSignedInfo().getReferences()) {
      Reference ref = (Reference) o;
      String uri = ref.getURI();
      boolean whole = "".equals(uri) || (rootId != null && ("#" + rootId).equals(uri));
      boolean enveloped =
          ref.getTransforms().stream()
              .anyMatch(t -> Transform.ENVELOPED.equals(((Transform) t).getAlgorithm()));
      if (whole && enveloped) {
        return;
      }
    }
    throw new TrustedListException(
        BAD_SIGNATURE, "no enveloped reference covers the whole list (URI=\"\" or the root Id)");
  }

  private static boolean referencesValid(XMLSignature signature, DOMValidateContext context) {
    try {
      for (Object o : signature.getSignedInfo().getReferences()) {
        if (!((Reference) o).validate(context)) {
          return false;
        }
      }
      return true;
    } catch (Exception e) {
      return false;
    }
  }

  private static Optional<X509Certificate> keyInfoCertificate(XMLSignature signature) {
    KeyInfo keyInfo = signature.getKeyInfo();
    if (keyInfo == null) {
      return Optional.empty();
    }
    for (Object info : keyInfo.getContent()) {
      if (info instanceof X509Data data) {
        for (Object item : data.getContent()) {
          if (item instanceof X509Certificate c) {
            return Optional.of(c);
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Lets {@code #id} references resolve. A duplicate Id is refused outright: which element it
   * resolves to would be ambiguous, the classic signature-wrapping trick.
   */
  private static void registerIds(Element element, Set<String> seen) {
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attr = (Attr) attributes.item(i);
      if (attr.getNamespaceURI() == null && ID_ATTRIBUTES.contains(attr.getLocalName())) {
        if (!seen.add(attr.getValue())) {
          throw new TrustedListException(MALFORMED, "duplicate Id " + attr.getValue());
        }
        element.setIdAttributeNode(attr, true);
      }
    }
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        registerIds(child, seen);
      }
    }
  }

  static List<Element> children(Element parent, String namespace, String localName) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && namespace.equals(e.getNamespaceURI())
          && localName.equals(e.getLocalName())) {
        out.add(e);
      }
    }
    return out;
  }

  static Optional<Element> child(Element parent, String localName) {
    List<Element> found = children(parent, TSL_NAMESPACE, localName);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  static Optional<String> text(Element parent, String localName) {
    return child(parent, localName).map(e -> e.getTextContent().strip());
  }

  static Instant dateTime(String xsdDateTime) {
    try {
      return DatatypeFactory.newInstance()
          .newXMLGregorianCalendar(xsdDateTime)
          .toGregorianCalendar()
          .toInstant();
    } catch (Exception e) {
      throw new TrustedListException(MALFORMED, "not an xsd:dateTime: " + xsdDateTime, e);
    }
  }

  static X509Certificate certificate(String base64) throws CertificateException {
    byte[] der;
    try {
      der = Base64.getMimeDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new CertificateException("not Base64", e);
    }
    List<X509Certificate> parsed = TrustAnchorLoader.parseCertificates(der);
    return parsed.get(0);
  }
}
