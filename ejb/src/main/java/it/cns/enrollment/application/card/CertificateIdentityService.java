package it.cns.enrollment.application.card;

import it.cns.enrollment.application.port.CardValidator;
import it.cns.enrollment.application.port.ValidatedCard;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.identity.CertificateRefusal;
import it.cns.enrollment.domain.identity.CertificateRefusedException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/**
 * The one place that decides who a certificate belongs to, for every channel (smartcard pages,
 * partner payloads, counter): full validation - trusted CNS issuer, dates, key usage, policy,
 * revocation with the channel's fail-open/fail-closed mode - then the identity, or a typed refusal.
 * TLS may pre-filter; this service is the authority.
 */
@Stateless
public class CertificateIdentityService {

  @Inject CardValidator validator;
  @Inject Clock clock;

  /** Identifies the holder of the client certificate chain presented over TLS (leaf first). */
  public IdentifiedCard identify(X509Certificate[] chain, Channel channel) {
    if (chain == null || chain.length == 0 || chain[0] == null) {
      throw new BusinessRefusal(ErrorCode.NO_CERTIFICATE, "no client certificate presented");
    }
    List<X509Certificate> presented = Arrays.asList(chain).subList(1, chain.length);
    return validated(chain[0], presented, channel);
  }

  /** Identifies the holder of a certificate carried in a payload (DER or PEM). */
  public IdentifiedCard identify(byte[] certificate, Channel channel) {
    if (certificate == null || certificate.length == 0) {
      throw new BusinessRefusal(ErrorCode.NO_CERTIFICATE, "no certificate in the request");
    }
    X509Certificate x509 = x509(certificate);
    return validated(x509, List.of(), channel);
  }

  /** A certificate from a payload as X.509 (DER or PEM), or the MALFORMED refusal. */
  public static X509Certificate x509(byte[] certificate) {
    if (certificate.length > CardValidator.MAX_CERTIFICATE_BYTES) {
      throw new CertificateRefusedException(
          CertificateRefusal.MALFORMED, "certificate of " + certificate.length + " bytes");
    }
    try {
      return (X509Certificate)
          CertificateFactory.getInstance("X.509")
              .generateCertificate(new ByteArrayInputStream(certificate));
    } catch (CertificateException | RuntimeException e) {
      throw new CertificateRefusedException(
          CertificateRefusal.MALFORMED, "not an X.509 certificate");
    }
  }

  private IdentifiedCard validated(
      X509Certificate leaf, List<X509Certificate> presented, Channel channel) {
    ValidatedCard result = validator.validate(leaf, presented, clock.instant(), channel);
    return new IdentifiedCard(result.identity(), result.warnings());
  }
}
