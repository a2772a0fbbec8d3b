package it.cns.enrollment.domain.partner;

import it.cns.enrollment.domain.error.InvalidRequestException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

/**
 * Reads a partner's client certificate as a supervisor uploads it (PEM or DER) and refuses one the
 * partner listener would not accept: expired, not yet valid, or with an extended key usage that
 * does not allow TLS client authentication. Each refusal is an {@code INVALID_REQUEST} whose
 * message says which (problems {@value #UNREADABLE}, {@value #EXPIRED}, {@value #NOT_YET_VALID},
 * {@value #NOT_FOR_CLIENT_AUTH}, and {@value #UNTRUSTED} for one that does not chain to the partner
 * trust store). Depends on the JDK only.
 */
public final class PartnerCertificates {

  public static final String UNREADABLE = "PARTNER_CERTIFICATE_UNREADABLE";
  public static final String EXPIRED = "PARTNER_CERTIFICATE_EXPIRED";
  public static final String NOT_YET_VALID = "PARTNER_CERTIFICATE_NOT_YET_VALID";
  public static final String NOT_FOR_CLIENT_AUTH = "PARTNER_CERTIFICATE_NOT_FOR_CLIENT_AUTH";
  public static final String UNTRUSTED = "PARTNER_CERTIFICATE_UNTRUSTED";

  /** Far more than any certificate; an upload larger than this is no certificate. */
  public static final int MAX_BYTES = 64 * 1024;

  static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
  static final String ANY_EXTENDED_KEY_USAGE = "2.5.29.37.0";

  private static final byte[] PEM_BEGIN =
      "-----BEGIN CERTIFICATE-----".getBytes(StandardCharsets.US_ASCII);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Rome"));

  private PartnerCertificates() {}

  /** The certificate in the upload, checked for use as a partner's client certificate at now. */
  public static X509Certificate readForClientAuth(byte[] upload, Instant now) {
    X509Certificate certificate = read(upload);
    requireClientCertificate(certificate, now);
    return certificate;
  }

  /**
   * Every certificate of the upload, the partner's first and then the intermediates it supplied (a
   * PEM bundle); a DER upload holds one.
   */
  public static List<X509Certificate> readAll(byte[] upload) {
    X509Certificate first = read(upload);
    try {
      List<X509Certificate> all = new java.util.ArrayList<>();
      for (var c :
          CertificateFactory.getInstance("X.509")
              .generateCertificates(new ByteArrayInputStream(fromPemBegin(upload)))) {
        all.add((X509Certificate) c);
      }
      return all.isEmpty() ? List.of(first) : List.copyOf(all);
    } catch (CertificateException | RuntimeException e) {
      return List.of(first);
    }
  }

  /** The first certificate of a PEM (text before its BEGIN line is skipped) or DER upload. */
  public static X509Certificate read(byte[] upload) {
    if (upload == null || upload.length == 0 || upload.length > MAX_BYTES) {
      throw new InvalidRequestException(UNREADABLE, "empty or oversized upload");
    }
    byte[] bytes = fromPemBegin(upload);
    try {
      return (X509Certificate)
          CertificateFactory.getInstance("X.509")
              .generateCertificate(new ByteArrayInputStream(bytes));
    } catch (CertificateException | RuntimeException e) {
      throw new InvalidRequestException(UNREADABLE, "not an X.509 certificate");
    }
  }

  static void requireClientCertificate(X509Certificate certificate, Instant now) {
    try {
      certificate.checkValidity(Date.from(now));
    } catch (CertificateExpiredException e) {
      throw new InvalidRequestException(
          EXPIRED, "notAfter " + certificate.getNotAfter().toInstant(), day(certificate, false));
    } catch (CertificateNotYetValidException e) {
      throw new InvalidRequestException(
          NOT_YET_VALID,
          "notBefore " + certificate.getNotBefore().toInstant(),
          day(certificate, true));
    }
    List<String> purposes;
    try {
      purposes = certificate.getExtendedKeyUsage();
    } catch (CertificateParsingException e) {
      throw new InvalidRequestException(UNREADABLE, "unreadable extended key usage");
    }
    // No extension: any use. Present: it must allow TLS client authentication.
    if (purposes != null
        && !purposes.contains(CLIENT_AUTH)
        && !purposes.contains(ANY_EXTENDED_KEY_USAGE)) {
      throw new InvalidRequestException(NOT_FOR_CLIENT_AUTH, "extended key usage " + purposes);
    }
  }

  private static String day(X509Certificate certificate, boolean start) {
    Date d = start ? certificate.getNotBefore() : certificate.getNotAfter();
    return DAY.format(d.toInstant());
  }

  private static byte[] fromPemBegin(byte[] upload) {
    for (int i = 0; i + PEM_BEGIN.length <= upload.length; i++) {
      if (Arrays.equals(upload, i, i + PEM_BEGIN.length, PEM_BEGIN, 0, PEM_BEGIN.length)) {
        return Arrays.copyOfRange(upload, i, upload.length);
      }
    }
    return upload;
  }
}
