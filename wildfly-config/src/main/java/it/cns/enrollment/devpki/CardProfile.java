package it.cns.enrollment.devpki;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;

/**
 * What a CNS authentication certificate should look like; immutable, each {@code with...} returns a
 * new profile.
 *
 * <p>Values are deliberately not validated beyond what X.509 encoding needs (a card id need not be
 * Luhn-valid, the codice fiscale need not be well formed): tests use this class to mint the bad
 * cards the application must reject.
 */
public final class CardProfile {

  /** CNS certificate policy (AgID). */
  public static final String CNS_POLICY_OID = "1.3.76.16.2.1";

  public static final String DEFAULT_ORGANIZATIONAL_UNIT = "Carta Nazionale dei Servizi";

  private static final char[] DIGITS = "0123456789".toCharArray();

  private final Spec spec;

  private CardProfile(Spec spec) {
    this.spec = spec;
  }

  /**
   * Defaults: random Luhn-valid card id, random hash, placeholder names derived from the CF's
   * surname and name codes (e.g. "RSS"/"MRA"), validity now-1d..now+6y, CNS policy, key usage
   * digitalSignature, EKU clientAuth, no serialNumber attribute.
   */
  public static CardProfile forCodiceFiscale(String codiceFiscale) {
    Objects.requireNonNull(codiceFiscale, "codiceFiscale");
    Spec spec = new Spec();
    spec.codiceFiscale = codiceFiscale;
    spec.cardId = randomCardId();
    spec.hash = randomHash();
    boolean letters =
        codiceFiscale.length() >= 6 && codiceFiscale.substring(0, 6).matches("[A-Z]+");
    spec.surname = letters ? codiceFiscale.substring(0, 3) : "ROSSI";
    spec.givenName = letters ? codiceFiscale.substring(3, 6) : "MARIO";
    Instant now = Pki.now();
    spec.notBefore = now.minus(Duration.ofDays(1));
    spec.notAfter = Pki.plusYears(now, 6);
    spec.policies = List.of(CNS_POLICY_OID);
    spec.keyUsage = KeyUsage.digitalSignature;
    spec.extendedKeyUsages = List.of(KeyPurposeId.id_kp_clientAuth);
    spec.organizationalUnit = DEFAULT_ORGANIZATIONAL_UNIT;
    return new CardProfile(spec);
  }

  public CardProfile withCardId(String cardId16) {
    Objects.requireNonNull(cardId16, "cardId16");
    return with(s -> s.cardId = cardId16);
  }

  public CardProfile withHash(String base64Hash) {
    Objects.requireNonNull(base64Hash, "base64Hash");
    return with(s -> s.hash = base64Hash);
  }

  public CardProfile withName(String givenName, String surname) {
    Objects.requireNonNull(givenName, "givenName");
    Objects.requireNonNull(surname, "surname");
    return with(
        s -> {
          s.givenName = givenName;
          s.surname = surname;
        });
  }

  public CardProfile withValidity(Instant notBefore, Instant notAfter) {
    Objects.requireNonNull(notBefore, "notBefore");
    Objects.requireNonNull(notAfter, "notAfter");
    if (notAfter.isBefore(notBefore)) {
      throw new IllegalArgumentException("notAfter before notBefore");
    }
    return with(
        s -> {
          s.notBefore = notBefore;
          s.notAfter = notAfter;
        });
  }

  /** Certificate policy OIDs; none means no certificatePolicies extension at all. */
  public CardProfile withPolicies(String... oids) {
    List<String> policies = List.of(oids);
    policies.forEach(ASN1ObjectIdentifier::new); // fail here, not later at issue time
    return with(s -> s.policies = policies);
  }

  /** {@link KeyUsage} bits, e.g. {@code KeyUsage.digitalSignature}; 0 omits the extension. */
  public CardProfile withKeyUsage(int bcKeyUsageBits) {
    return with(s -> s.keyUsage = bcKeyUsageBits);
  }

  /** Extended key usages; none means no EKU extension. */
  public CardProfile withExtendedKeyUsage(KeyPurposeId... ids) {
    List<KeyPurposeId> ekus = List.of(ids);
    return with(s -> s.extendedKeyUsages = ekus);
  }

  /** Replaces the whole CN (CF/CARDID.HASH) with a raw value, for malformed-CN tests. */
  public CardProfile withSubjectCommonName(String rawCn) {
    Objects.requireNonNull(rawCn, "rawCn");
    return with(s -> s.rawCommonName = rawCn);
  }

  /** Adds a subject serialNumber (2.5.4.5), e.g. "IT:RSSMRA80A01H501U" or "TINIT-...". */
  public CardProfile withSerialNumberAttribute(String value) {
    Objects.requireNonNull(value, "value");
    return with(s -> s.serialNumberAttribute = value);
  }

  public CardProfile withCrlDistributionPoint(String url) {
    Objects.requireNonNull(url, "url");
    return with(s -> s.crlDistributionPoint = url);
  }

  /** Adds an AIA extension with an id-ad-ocsp access location. */
  public CardProfile withOcspResponder(String url) {
    Objects.requireNonNull(url, "url");
    return with(s -> s.ocspResponder = url);
  }

  /** Subject O; by default the issuing CA's organization. */
  public CardProfile withOrganization(String organization) {
    Objects.requireNonNull(organization, "organization");
    return with(s -> s.organization = organization);
  }

  /** Subject OU; default {@value #DEFAULT_ORGANIZATIONAL_UNIT}. */
  public CardProfile withOrganizationalUnit(String organizationalUnit) {
    Objects.requireNonNull(organizationalUnit, "organizationalUnit");
    return with(s -> s.organizationalUnit = organizationalUnit);
  }

  /** Adds the optional subject dnQualifier attribute some issuers set. */
  public CardProfile withDnQualifier(String dnQualifier) {
    Objects.requireNonNull(dnQualifier, "dnQualifier");
    return with(s -> s.dnQualifier = dnQualifier);
  }

  public String codiceFiscale() {
    return spec.codiceFiscale;
  }

  public String cardId() {
    return spec.cardId;
  }

  public String hash() {
    return spec.hash;
  }

  /** CF + "/" + cardId + "." + hash, unless overridden by {@link #withSubjectCommonName}. */
  public String commonName() {
    return spec.rawCommonName != null
        ? spec.rawCommonName
        : spec.codiceFiscale + "/" + spec.cardId + "." + spec.hash;
  }

  public String givenName() {
    return spec.givenName;
  }

  public String surname() {
    return spec.surname;
  }

  public Instant notBefore() {
    return spec.notBefore;
  }

  public Instant notAfter() {
    return spec.notAfter;
  }

  public List<String> policies() {
    return spec.policies;
  }

  public int keyUsage() {
    return spec.keyUsage;
  }

  public List<KeyPurposeId> extendedKeyUsages() {
    return spec.extendedKeyUsages;
  }

  public Optional<String> serialNumberAttribute() {
    return Optional.ofNullable(spec.serialNumberAttribute);
  }

  public Optional<String> crlDistributionPoint() {
    return Optional.ofNullable(spec.crlDistributionPoint);
  }

  public Optional<String> ocspResponder() {
    return Optional.ofNullable(spec.ocspResponder);
  }

  public Optional<String> organization() {
    return Optional.ofNullable(spec.organization);
  }

  public String organizationalUnit() {
    return spec.organizationalUnit;
  }

  public Optional<String> dnQualifier() {
    return Optional.ofNullable(spec.dnQualifier);
  }

  /** 16 digits, the last a Luhn check digit; the first is never 0 so no tool trims it. */
  public static String randomCardId() {
    char[] id = new char[16];
    id[0] = DIGITS[1 + Pki.RANDOM.nextInt(9)];
    for (int i = 1; i < 15; i++) {
      id[i] = DIGITS[Pki.RANDOM.nextInt(10)];
    }
    id[15] = DIGITS[luhnCheckDigit(new String(id, 0, 15))];
    return new String(id);
  }

  /**
   * Base64 of 20 random bytes (a SHA-1's length) containing at least one '/' or '+', so every
   * default card exercises the "split on the first '/' only" rule.
   */
  public static String randomHash() {
    byte[] bytes = new byte[20];
    while (true) {
      Pki.RANDOM.nextBytes(bytes);
      String hash = Base64.getEncoder().encodeToString(bytes);
      if (hash.indexOf('/') >= 0 || hash.indexOf('+') >= 0) {
        return hash;
      }
    }
  }

  /** Luhn check digit for a string of digits (the payload without its check digit). */
  static int luhnCheckDigit(String payload) {
    int sum = 0;
    boolean doubleIt = true; // the digit next to the (future) check digit is doubled
    for (int i = payload.length() - 1; i >= 0; i--) {
      int d = payload.charAt(i) - '0';
      if (doubleIt) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubleIt = !doubleIt;
    }
    return (10 - sum % 10) % 10;
  }

  @Override
  public String toString() {
    return "CardProfile[" + commonName() + "]";
  }

  private CardProfile with(Consumer<Spec> change) {
    Spec copy = spec.copy();
    change.accept(copy);
    return new CardProfile(copy);
  }

  /** Mutable only while a new profile is being built; never mutated once published. */
  private static final class Spec implements Cloneable {
    String codiceFiscale;
    String cardId;
    String hash;
    String givenName;
    String surname;
    Instant notBefore;
    Instant notAfter;
    List<String> policies;
    int keyUsage;
    List<KeyPurposeId> extendedKeyUsages;
    String rawCommonName;
    String serialNumberAttribute;
    String crlDistributionPoint;
    String ocspResponder;
    String organization;
    String organizationalUnit;
    String dnQualifier;

    Spec copy() {
      try {
        return (Spec) clone(); // shallow is enough: every field is immutable
      } catch (CloneNotSupportedException e) {
        throw new AssertionError(e);
      }
    }
  }
}
