package it.cns.enrollment.interfaces.soap;

import java.util.HashMap;
import java.util.Map;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.headers.Header;
import org.apache.cxf.ws.security.SecurityConstants;
import org.apache.cxf.ws.security.wss4j.WSS4JInInterceptor;
import org.apache.wss4j.common.ConfigurationConstants;
import org.apache.wss4j.dom.WSConstants;

/**
 * Verifies the WS-Security header of a signed partner message with WSS4J (CXF's, shipped in
 * WildFly): the signature against the signer's certificate, that certificate against the partner
 * trust store, the Timestamp against the clock (at most 300 s old, 60 s of skew from the future). A
 * message without a security header passes untouched: whether the partner may send it unsigned is
 * decided with its record. WSS4J's own replay caches are off; MessageIDs are remembered in the
 * database instead (so on every node). What the signature must cover is checked next by {@link
 * ModiProfile}.
 */
public class PartnerSignatureIn extends WSS4JInInterceptor {

  /** Message property under which WSS4J finds the partner trust store's {@code Crypto}. */
  static final String PARTNER_TRUST = "cns.partner.trust";

  public PartnerSignatureIn() {
    super(
        new HashMap<String, Object>(
            Map.of(
                ConfigurationConstants.ACTION,
                ConfigurationConstants.TIMESTAMP + " " + ConfigurationConstants.SIGNATURE,
                ConfigurationConstants.SIG_VER_PROP_REF_ID,
                PARTNER_TRUST,
                ConfigurationConstants.IS_BSP_COMPLIANT,
                "true",
                ConfigurationConstants.TTL_TIMESTAMP,
                String.valueOf(ModiProfile.TIMESTAMP_TTL_SECONDS),
                ConfigurationConstants.TTL_FUTURE_TIMESTAMP,
                String.valueOf(ModiProfile.FUTURE_SKEW_SECONDS),
                ConfigurationConstants.TIMESTAMP_STRICT,
                "true",
                ConfigurationConstants.ALLOW_RSA15_KEY_TRANSPORT_ALGORITHM,
                "false")));
    // Which actions are present is checked by ModiProfile: a partner may also send none.
    setIgnoreActions(true);
  }

  @Override
  public void handleMessage(SoapMessage message) {
    if (!hasSecurityHeader(message)) {
      return;
    }
    message.put(PARTNER_TRUST, MessageKeys.get().partnerTrust());
    // Precise WS-Security fault codes: InvalidRequestFaults turns them into the contract's codes.
    message.put(SecurityConstants.RETURN_SECURITY_ERROR, Boolean.TRUE);
    message.put(SecurityConstants.ENABLE_TIMESTAMP_CACHE, Boolean.FALSE);
    message.put(SecurityConstants.ENABLE_NONCE_CACHE, Boolean.FALSE);
    super.handleMessage(message);
  }

  static boolean hasSecurityHeader(SoapMessage message) {
    for (Header header : message.getHeaders()) {
      if (WSConstants.WSSE_NS.equals(header.getName().getNamespaceURI())
          && WSConstants.WSSE_LN.equals(header.getName().getLocalPart())) {
        return true;
      }
    }
    return false;
  }
}
