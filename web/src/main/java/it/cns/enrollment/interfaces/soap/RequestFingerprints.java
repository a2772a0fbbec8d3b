package it.cns.enrollment.interfaces.soap;

import it.cns.enrollment.contract.partner.v1.ObjectFactory;
import it.cns.enrollment.domain.partner.PartnerOperation;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.xml.namespace.QName;

/**
 * The fingerprint of a partner's request that tells a replay from a reuse of the same request id.
 * What a request answered is remembered by the application, in its own encoding of the receipt.
 */
final class RequestFingerprints {

  private static final JAXBContext CONTEXT = context();

  private RequestFingerprints() {}

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
