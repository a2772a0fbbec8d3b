package it.cns.enrollment.interfaces.soap;

import it.cns.enrollment.contract.partner.v1.ObjectFactory;
import it.cns.enrollment.domain.partner.PartnerOperation;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.xml.namespace.QName;
import javax.xml.transform.stream.StreamSource;

/**
 * Answers kept for idempotent replays, as the contract's own XML (decoded only when replayed), and
 * the fingerprint of a request that tells a replay from a reuse of the same request id.
 */
final class Answers {

  private static final String NS = "urn:cns-enrollment:partner:v1";
  private static final JAXBContext CONTEXT = context();

  private Answers() {}

  static <T> byte[] encode(T value, Class<T> type) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      CONTEXT
          .createMarshaller()
          .marshal(new JAXBElement<>(new QName(NS, "answer"), type, value), out);
      return out.toByteArray();
    } catch (JAXBException e) {
      throw new IllegalStateException("cannot encode the answer", e);
    }
  }

  static <T> T decode(byte[] xml, Class<T> type) {
    try {
      return CONTEXT
          .createUnmarshaller()
          .unmarshal(new StreamSource(new ByteArrayInputStream(xml)), type)
          .getValue();
    } catch (JAXBException e) {
      throw new IllegalStateException("cannot decode a remembered answer", e);
    }
  }

  /**
   * SHA-256 over the request element as the contract marshals it from what was parsed: every field
   * of every operation counts, a field added to the contract included, while insignificant XML
   * differences (prefixes, whitespace between elements) do not.
   *
   * @param request the operation's request element (e.g. {@code RevokeCard}), named after it
   */
  static byte[] fingerprint(PartnerOperation operation, Object request) {
    QName name = CONTEXT.createJAXBIntrospector().getElementName(request);
    if (name == null || !operation.contractName().equals(name.getLocalPart())) {
      throw new IllegalStateException(operation + " fingerprinted with request element " + name);
    }
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      CONTEXT.createMarshaller().marshal(request, out);
      return MessageDigest.getInstance("SHA-256").digest(out.toByteArray());
    } catch (JAXBException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("cannot fingerprint the request", e);
    }
  }

  private static JAXBContext context() {
    try {
      return JAXBContext.newInstance(ObjectFactory.class);
    } catch (JAXBException e) {
      throw new IllegalStateException(e);
    }
  }
}
