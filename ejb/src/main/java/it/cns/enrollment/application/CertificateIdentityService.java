package it.cns.enrollment.application;

import it.cns.enrollment.domain.error.EnrollmentException;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.identity.CertificateRefusal;
import it.cns.enrollment.domain.identity.CertificateRefusedException;
import it.cns.enrollment.domain.identity.CnsCertificate;
import it.cns.enrollment.infrastructure.pki.CnsCertificateParser;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;

/**
 * The one place that decides who a certificate belongs to, for every channel (smartcard pages,
 * partner payloads, counter). TLS may pre-filter; this service is the authority and answers with a
 * validated identity or a typed refusal.
 */
@Stateless
public class CertificateIdentityService {

  private final CnsCertificateParser parser = new CnsCertificateParser();

  @Inject Clock clock;

  /** Identifies the holder of the client certificate chain presented over TLS (leaf first). */
  public CnsCertificate identify(X509Certificate[] chain) {
    if (chain == null || chain.length == 0 || chain[0] == null) {
      throw new EnrollmentException(ErrorCode.NO_CERTIFICATE, "no client certificate presented");
    }
    return checked(parser.parse(chain[0]));
  }

  /** Identifies the holder of a certificate carried in a payload (DER or PEM). */
  public CnsCertificate identify(byte[] certificate) {
    if (certificate == null || certificate.length == 0) {
      throw new EnrollmentException(ErrorCode.NO_CERTIFICATE, "no certificate in the request");
    }
    return checked(parser.parse(certificate));
  }

  private CnsCertificate checked(CnsCertificate certificate) {
    Instant now = clock.instant();
    if (certificate.isExpiredAt(now)) {
      throw new CertificateRefusedException(
          CertificateRefusal.EXPIRED, "certificate expired at " + certificate.notAfter());
    }
    if (certificate.isNotYetValidAt(now)) {
      throw new CertificateRefusedException(
          CertificateRefusal.NOT_YET_VALID, "certificate valid from " + certificate.notBefore());
    }
    return certificate;
  }
}
