package it.cns.enrollment.application.partner;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Objects;

/**
 * What the SOAP edge established about a signed partner message (ModI ID_AUTH_SOAP_02 +
 * INTEGRITY_SOAP_01) once WS-Security verified it: the certificate whose key signed the Timestamp,
 * To, MessageID and Body, the MessageID, and until when the Timestamp is valid.
 */
public record SignedMessage(X509Certificate signer, String messageId, Instant expires) {

  public SignedMessage {
    Objects.requireNonNull(signer, "the signer's certificate is required");
    Objects.requireNonNull(messageId, "the MessageID is required");
    Objects.requireNonNull(expires, "the Timestamp's expiry is required");
  }
}
