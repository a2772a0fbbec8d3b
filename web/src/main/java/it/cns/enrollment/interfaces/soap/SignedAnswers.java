package it.cns.enrollment.interfaces.soap;

import java.util.HashMap;
import java.util.Map;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.ws.security.wss4j.WSS4JOutInterceptor;
import org.apache.wss4j.common.ConfigurationConstants;
import org.apache.wss4j.dom.WSConstants;

/**
 * Signs the answer to a signed partner message (ModI: the provider signs its answer too), with the
 * server's key: a WS-Security Timestamp and a signature over it and the Body, RSA-SHA256 or
 * ECDSA-SHA256 with SHA-256 digests, the certificate as a BinarySecurityToken, so the partner
 * verifies it against our CA. Answers to unsigned messages, and faults, are not signed.
 */
public class SignedAnswers extends WSS4JOutInterceptor {

  /** Message property under which WSS4J finds the server key's {@code Crypto}. */
  static final String SERVER_KEY = "cns.server.key";

  public SignedAnswers() {
    super(properties());
  }

  private static Map<String, Object> properties() {
    Map<String, Object> p = new HashMap<>();
    p.put(
        ConfigurationConstants.ACTION,
        ConfigurationConstants.TIMESTAMP + " " + ConfigurationConstants.SIGNATURE);
    p.put(ConfigurationConstants.SIG_PROP_REF_ID, SERVER_KEY);
    p.put(ConfigurationConstants.SIG_KEY_ID, "DirectReference");
    p.put(ConfigurationConstants.SIG_DIGEST_ALGO, ModiProfile.SHA256);
    p.put(ConfigurationConstants.TTL_TIMESTAMP, String.valueOf(ModiProfile.TIMESTAMP_TTL_SECONDS));
    p.put(ConfigurationConstants.MUST_UNDERSTAND, "true");
    return p;
  }

  @Override
  public void handleMessage(SoapMessage message) {
    if (!Boolean.TRUE.equals(message.getExchange().get(ModiProfile.SIGNED))) {
      return;
    }
    MessageKeys keys = MessageKeys.get();
    message.put(SERVER_KEY, keys.serverKey());
    message.put(ConfigurationConstants.USER, keys.serverAlias());
    message.put(ConfigurationConstants.SIGNATURE_USER, keys.serverAlias());
    message.put(ConfigurationConstants.PW_CALLBACK_REF, keys.passwords());
    message.put(ConfigurationConstants.SIG_ALGO, keys.signatureAlgorithm());
    message.put(
        ConfigurationConstants.SIGNATURE_PARTS,
        "{Element}{"
            + WSConstants.WSU_NS
            + "}Timestamp;{Element}{"
            + message.getVersion().getNamespace()
            + "}Body");
    super.handleMessage(message);
  }
}
