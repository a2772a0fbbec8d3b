package it.cns.enrollment.interfaces.soap;

import it.cns.enrollment.contract.partner.v1.ObjectFactory;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.xml.namespace.QName;
import javax.xml.transform.stream.StreamSource;

/**
 * Answers kept for idempotent replays, as the contract's own XML, and the fingerprint of a request
 * body that tells a replay from a reuse of the same request id.
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

  /** SHA-256 over the request's fields, each length-prefixed so that no two bodies collide. */
  static byte[] bodyHash(String operation, String requestId, byte[]... fields) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(buffer);
      for (byte[] field :
          concat(
              operation.getBytes(StandardCharsets.UTF_8),
              requestId.getBytes(StandardCharsets.UTF_8),
              fields)) {
        out.writeInt(field == null ? -1 : field.length);
        if (field != null) {
          out.write(field);
        }
      }
      return sha.digest(buffer.toByteArray());
    } catch (NoSuchAlgorithmException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[][] concat(byte[] a, byte[] b, byte[][] rest) {
    byte[][] all = new byte[rest.length + 2][];
    all[0] = a;
    all[1] = b;
    System.arraycopy(rest, 0, all, 2, rest.length);
    return all;
  }

  private static JAXBContext context() {
    try {
      return JAXBContext.newInstance(ObjectFactory.class);
    } catch (JAXBException e) {
      throw new IllegalStateException(e);
    }
  }
}
