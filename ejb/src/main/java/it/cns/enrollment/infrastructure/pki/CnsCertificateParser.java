package it.cns.enrollment.infrastructure.pki;

import static it.cns.enrollment.domain.identity.CertificateRefusal.CF_INVALID;
import static it.cns.enrollment.domain.identity.CertificateRefusal.CF_UNREADABLE;
import static it.cns.enrollment.domain.identity.CertificateRefusal.MALFORMED;
import static it.cns.enrollment.domain.identity.CertificateRefusal.NO_CERTIFICATE;
import static java.nio.charset.StandardCharsets.ISO_8859_1;

import it.cns.enrollment.application.port.CardValidator;
import it.cns.enrollment.domain.identity.CardId;
import it.cns.enrollment.domain.identity.CertificateRefusedException;
import it.cns.enrollment.domain.identity.CnsCertificate;
import it.cns.enrollment.domain.identity.CodiceFiscale;
import it.cns.enrollment.domain.identity.InvalidCodiceFiscaleException;
import it.cns.enrollment.domain.identity.KeyUsageBit;
import jakarta.enterprise.context.Dependent;
import java.nio.charset.Charset;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.ASN1UniversalString;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * Reads a card's authentication certificate into a {@link CnsCertificate}.
 *
 * <p>It extracts, it does not judge: trust, validity dates, revocation, policy and key usage are
 * checked by the validation service. What it refuses is only what it cannot read, always as a
 * {@link CertificateRefusedException}: {@code NO_CERTIFICATE} for nothing at all, {@code MALFORMED}
 * for bytes that are not one X.509 certificate (or exceed {@value #MAX_INPUT_BYTES} bytes), {@code
 * CF_UNREADABLE} when no codice fiscale can be found and {@code CF_INVALID} when the one found
 * fails validation.
 *
 * <p>The codice fiscale comes from the common name {@code CF/CARDID.HASH}, split on the
 * <em>first</em> '/' only because the Base64 hash may itself contain '/' and '+'. When the common
 * name holds nothing shaped like a codice fiscale, the subject serialNumber attribute ({@code
 * IT:CF} or {@code TINIT-CF}) is used. A malformed codice fiscale in the common name is refused,
 * not bypassed through the serialNumber: a certificate that contradicts itself identifies nobody.
 *
 * <p>Stateless and thread-safe.
 */
@Dependent
public final class CnsCertificateParser {

  /**
   * Far above any real card certificate (a few KiB); bounds what an attacker can make us parse. The
   * application refuses larger payloads with the same bound before they get here.
   */
  public static final int MAX_INPUT_BYTES = CardValidator.MAX_CERTIFICATE_BYTES;

  private static final Pattern CF_SHAPE = Pattern.compile("[A-Za-z0-9]{16}");
  private static final Pattern PEM_BLOCK =
      Pattern.compile(
          "-----BEGIN (X509 )?CERTIFICATE-----([^-]*)-----END (X509 )?CERTIFICATE-----");
  private static final Pattern PEM_WHITESPACE = Pattern.compile("[ \\t\\r\\n]+");
  private static final String[] SERIAL_NUMBER_PREFIXES = {"IT:", "TINIT-"};
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");

  /**
   * Parses a DER certificate or a PEM one ({@code -----BEGIN CERTIFICATE-----}; of a PEM chain, the
   * first certificate, which is the leaf).
   *
   * @throws CertificateRefusedException the only exception this method throws
   */
  public CnsCertificate parse(byte[] derOrPem) {
    if (derOrPem == null) {
      throw new CertificateRefusedException(NO_CERTIFICATE, "no certificate bytes");
    }
    if (derOrPem.length == 0) {
      throw new CertificateRefusedException(MALFORMED, "empty input");
    }
    if (derOrPem.length > MAX_INPUT_BYTES) {
      throw new CertificateRefusedException(
          MALFORMED,
          "input of " + derOrPem.length + " bytes exceeds the limit of " + MAX_INPUT_BYTES);
    }
    byte[] der = looksLikePem(derOrPem) ? pemToDer(derOrPem) : derOrPem;
    Fields fields = read(der);
    CodiceFiscale codiceFiscale = codiceFiscaleOf(fields);
    try {
      return CnsCertificate.builder()
          .codiceFiscale(codiceFiscale)
          .cardId(fields.commonName == null ? null : cardIdOf(fields.commonName).orElse(null))
          .commonName(fields.commonName)
          .givenName(fields.givenName)
          .surname(fields.surname)
          .subjectDn(fields.subjectDn)
          .issuerDn(fields.issuerDn)
          .issuerName(fields.issuerName)
          .serialNumber(fields.holder.getSerialNumber())
          .notBefore(fields.holder.getNotBefore().toInstant())
          .notAfter(fields.holder.getNotAfter().toInstant())
          .policyOids(fields.policyOids)
          .keyUsage(fields.keyUsage)
          .extendedKeyUsageOids(fields.extendedKeyUsageOids)
          .sha256Fingerprint(sha256Hex(der))
          .build();
    } catch (RuntimeException e) {
      throw new CertificateRefusedException(MALFORMED, "unusable certificate fields: " + e, e);
    }
  }

  /**
   * Parses a certificate the container already decoded (e.g. from the TLS client chain).
   *
   * @throws CertificateRefusedException the only exception this method throws
   */
  public CnsCertificate parse(X509Certificate certificate) {
    if (certificate == null) {
      throw new CertificateRefusedException(NO_CERTIFICATE, "no client certificate");
    }
    byte[] der;
    try {
      der = certificate.getEncoded();
    } catch (CertificateEncodingException | RuntimeException e) {
      throw new CertificateRefusedException(MALFORMED, "cannot re-encode certificate: " + e, e);
    }
    return parse(der);
  }

  /** Everything read from the certificate before the codice fiscale is looked for. */
  private static final class Fields {
    X509CertificateHolder holder;
    String subjectDn;
    String issuerDn;
    String issuerName;
    List<String> commonNames;
    List<String> serialNumbers;
    String commonName;
    String givenName;
    String surname;
    List<String> policyOids = new ArrayList<>();
    Set<KeyUsageBit> keyUsage = EnumSet.noneOf(KeyUsageBit.class);
    List<String> extendedKeyUsageOids = new ArrayList<>();
  }

  private static Fields read(byte[] der) {
    Fields f = new Fields();
    try {
      // Rejects trailing bytes, and nesting beyond BouncyCastle's construction-level limit.
      f.holder = new X509CertificateHolder(der);
    } catch (Exception e) {
      // IOException from the DER decoder, and the RuntimeExceptions BouncyCastle throws for
      // structures that decode but do not fit (IllegalArgumentException, ClassCastException...).
      throw new CertificateRefusedException(MALFORMED, "not an X.509 certificate: " + e, e);
    }
    try {
      X500Name subject = f.holder.getSubject();
      // RFC 2253 as the JDK writes it, so it matches X509Certificate.getIssuerX500Principal().
      f.subjectDn = new X500Principal(subject.getEncoded()).getName(X500Principal.RFC2253);
      f.issuerDn =
          new X500Principal(f.holder.getIssuer().getEncoded()).getName(X500Principal.RFC2253);
      X500Name issuer = f.holder.getIssuer();
      f.issuerName = first(values(issuer, BCStyle.O));
      if (f.issuerName == null) {
        f.issuerName = first(values(issuer, BCStyle.CN));
      }
      f.commonNames = values(subject, BCStyle.CN);
      f.serialNumbers = values(subject, BCStyle.SERIALNUMBER);
      f.commonName = f.commonNames.isEmpty() ? null : f.commonNames.get(0);
      f.givenName = first(values(subject, BCStyle.GIVENNAME));
      f.surname = first(values(subject, BCStyle.SURNAME));
      // Extension values are decoded only now, so a bad one surfaces here.
      readExtensions(f.holder.getExtensions(), f);
      return f;
    } catch (Exception e) {
      throw new CertificateRefusedException(MALFORMED, "unreadable name or extension: " + e, e);
    }
  }

  private static void readExtensions(Extensions extensions, Fields f) {
    if (extensions == null) {
      return;
    }
    CertificatePolicies policies = CertificatePolicies.fromExtensions(extensions);
    if (policies != null) {
      for (PolicyInformation info : policies.getPolicyInformation()) {
        f.policyOids.add(info.getPolicyIdentifier().getId());
      }
    }
    KeyUsage keyUsage = KeyUsage.fromExtensions(extensions);
    if (keyUsage != null) {
      for (KeyUsageBit bit : KeyUsageBit.values()) {
        if (keyUsage.hasUsages(bouncyCastleBit(bit))) {
          f.keyUsage.add(bit);
        }
      }
    }
    ExtendedKeyUsage eku = ExtendedKeyUsage.fromExtensions(extensions);
    if (eku != null) {
      for (KeyPurposeId purpose : eku.getUsages()) {
        f.extendedKeyUsageOids.add(purpose.getId());
      }
    }
  }

  private static int bouncyCastleBit(KeyUsageBit bit) {
    return switch (bit) {
      case DIGITAL_SIGNATURE -> KeyUsage.digitalSignature;
      case NON_REPUDIATION -> KeyUsage.nonRepudiation;
      case KEY_ENCIPHERMENT -> KeyUsage.keyEncipherment;
      case DATA_ENCIPHERMENT -> KeyUsage.dataEncipherment;
      case KEY_AGREEMENT -> KeyUsage.keyAgreement;
      case KEY_CERT_SIGN -> KeyUsage.keyCertSign;
      case CRL_SIGN -> KeyUsage.cRLSign;
      case ENCIPHER_ONLY -> KeyUsage.encipherOnly;
      case DECIPHER_ONLY -> KeyUsage.decipherOnly;
    };
  }

  /** Every value of one attribute type, multi-valued RDNs included, in encoded order. */
  private static List<String> values(X500Name name, ASN1ObjectIdentifier type) {
    List<String> values = new ArrayList<>();
    for (RDN rdn : name.getRDNs(type)) {
      for (AttributeTypeAndValue atv : rdn.getTypesAndValues()) {
        if (type.equals(atv.getType())) {
          values.add(text(atv.getValue()));
        }
      }
    }
    return values;
  }

  /**
   * The text of a directory string, whatever ASN.1 string type the issuer chose. Not {@link
   * IETFUtils#valueToString} for strings: it escapes RFC 2253 specials such as '+' and '=', which
   * occur in the CN's Base64 hash; it is kept for non-string values, which it renders as "#hex".
   */
  private static String text(ASN1Encodable value) {
    if (value instanceof ASN1UniversalString universal) {
      // Its getString() gives "#hex"; the content is UTF-32BE.
      return new String(universal.getOctets(), UTF_32BE);
    }
    if (value instanceof ASN1String string) {
      return string.getString();
    }
    return IETFUtils.valueToString(value);
  }

  private static String first(List<String> values) {
    return values.isEmpty() ? null : values.get(0);
  }

  private static CodiceFiscale codiceFiscaleOf(Fields f) {
    if (f.commonNames.size() > 1) {
      throw new CertificateRefusedException(
          CF_UNREADABLE, "the subject has " + f.commonNames.size() + " common names");
    }
    Optional<String> fromCommonName =
        Optional.ofNullable(f.commonName).flatMap(CnsCertificateParser::candidateFromCommonName);
    if (fromCommonName.isPresent()) {
      return validated(fromCommonName.get(), "common name");
    }
    List<String> fromSerialNumbers = new ArrayList<>();
    for (String serialNumber : f.serialNumbers) {
      candidateFromSerialNumber(serialNumber).ifPresent(fromSerialNumbers::add);
    }
    if (fromSerialNumbers.isEmpty()) {
      throw new CertificateRefusedException(
          CF_UNREADABLE,
          f.commonName == null
              ? "no common name and no IT:/TINIT- serialNumber attribute"
              : "common name has no codice fiscale and no IT:/TINIT- serialNumber attribute");
    }
    if (fromSerialNumbers.size() > 1) {
      throw new CertificateRefusedException(
          CF_UNREADABLE, "the subject has " + fromSerialNumbers.size() + " IT:/TINIT- serials");
    }
    return validated(fromSerialNumbers.get(0), "serialNumber attribute");
  }

  /** The part before the first '/', or the whole CN when it has none, if shaped like a CF. */
  private static Optional<String> candidateFromCommonName(String commonName) {
    int slash = commonName.indexOf('/');
    String head = (slash >= 0 ? commonName.substring(0, slash) : commonName).strip();
    return CF_SHAPE.matcher(head).matches() ? Optional.of(head) : Optional.empty();
  }

  private static Optional<String> candidateFromSerialNumber(String serialNumber) {
    String value = serialNumber.strip();
    for (String prefix : SERIAL_NUMBER_PREFIXES) {
      if (value.regionMatches(true, 0, prefix, 0, prefix.length())) {
        String rest = value.substring(prefix.length()).strip();
        return CF_SHAPE.matcher(rest).matches() ? Optional.of(rest) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static CodiceFiscale validated(String candidate, String source) {
    try {
      return CodiceFiscale.parse(candidate);
    } catch (InvalidCodiceFiscaleException e) {
      // The reason and position are enough to investigate; the value is personal data.
      String where = e.position().isPresent() ? " at position " + e.position().getAsInt() : "";
      throw new CertificateRefusedException(
          CF_INVALID, "codice fiscale in the " + source + " refused: " + e.reason() + where, e);
    }
  }

  /** The 16 digits between the first '/' and the next '.', when they form a valid card id. */
  private static Optional<CardId> cardIdOf(String commonName) {
    int slash = commonName.indexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    int dot = commonName.indexOf('.', slash + 1);
    String candidate = commonName.substring(slash + 1, dot < 0 ? commonName.length() : dot);
    return CardId.isValid(candidate) ? Optional.of(CardId.parse(candidate)) : Optional.empty();
  }

  private static boolean looksLikePem(byte[] input) {
    int i = 0;
    if (input.length >= 3 && (input[0] & 0xff) == 0xef && (input[1] & 0xff) == 0xbb) {
      i = 3; // UTF-8 byte order mark, as some editors save PEM files
    }
    while (i < input.length && Character.isWhitespace(input[i])) {
      i++;
    }
    return input.length - i >= 5 && new String(input, i, 5, ISO_8859_1).equals("-----");
  }

  private static byte[] pemToDer(byte[] pem) {
    Matcher block = PEM_BLOCK.matcher(new String(pem, ISO_8859_1));
    if (!block.find()) {
      throw new CertificateRefusedException(MALFORMED, "PEM without a CERTIFICATE block");
    }
    String base64 = PEM_WHITESPACE.matcher(block.group(2)).replaceAll("");
    try {
      return Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new CertificateRefusedException(MALFORMED, "PEM body is not Base64: " + e, e);
    }
  }

  private static String sha256Hex(byte[] der) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
