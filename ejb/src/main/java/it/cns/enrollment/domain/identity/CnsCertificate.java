package it.cns.enrollment.domain.identity;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What the application needs to know about a card's authentication certificate, read once from the
 * X.509 bytes (by the PKI infrastructure) and then used without any crypto library in sight.
 *
 * <p>It only describes the certificate; whether it is trusted, in date, unrevoked and of the right
 * policy is decided elsewhere, which is why inverted or past validity dates are not refused here.
 * Two instances are equal when their SHA-256 fingerprints are: same bytes, same certificate. {@link
 * #toString()} shows the serial and issuer, not the holder's codice fiscale or card id.
 */
public final class CnsCertificate {

  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

  private final CodiceFiscale codiceFiscale;
  private final CardId cardId;
  private final String commonName;
  private final String givenName;
  private final String surname;
  private final String subjectDn;
  private final String issuerDn;
  private final String issuerName;
  private final BigInteger serialNumber;
  private final Instant notBefore;
  private final Instant notAfter;
  private final Set<String> policyOids;
  private final Set<KeyUsageBit> keyUsage;
  private final Set<String> extendedKeyUsageOids;
  private final String sha256Fingerprint;
  private final CardKey cardKey;

  private CnsCertificate(Builder b) {
    this.codiceFiscale = Objects.requireNonNull(b.codiceFiscale, "codice fiscale is required");
    this.cardId = b.cardId;
    this.commonName = b.commonName;
    this.givenName = b.givenName;
    this.surname = b.surname;
    this.subjectDn = Objects.requireNonNull(b.subjectDn, "subject DN is required");
    // Must parse as RFC 2253: CardKey below keeps its canonical form.
    this.issuerDn = requireNonBlank(b.issuerDn, "issuer DN is required");
    this.issuerName = b.issuerName == null || b.issuerName.isBlank() ? issuerDn : b.issuerName;
    this.serialNumber = Objects.requireNonNull(b.serialNumber, "serial number is required");
    this.notBefore = Objects.requireNonNull(b.notBefore, "notBefore is required");
    this.notAfter = Objects.requireNonNull(b.notAfter, "notAfter is required");
    this.policyOids = sortedCopy(b.policyOids);
    this.keyUsage =
        Collections.unmodifiableSet(
            b.keyUsage.isEmpty() ? EnumSet.noneOf(KeyUsageBit.class) : EnumSet.copyOf(b.keyUsage));
    this.extendedKeyUsageOids = sortedCopy(b.extendedKeyUsageOids);
    Objects.requireNonNull(b.sha256Fingerprint, "SHA-256 fingerprint is required");
    if (!SHA256_HEX.matcher(b.sha256Fingerprint).matches()) {
      throw new IllegalArgumentException("SHA-256 fingerprint must be 64 lower-case hex digits");
    }
    this.sha256Fingerprint = b.sha256Fingerprint;
    this.cardKey =
        cardId != null
            ? CardKey.of(issuerDn, cardId)
            : CardKey.ofCertificateSerial(issuerDn, serialNumber);
  }

  public static Builder builder() {
    return new Builder();
  }

  public CodiceFiscale codiceFiscale() {
    return codiceFiscale;
  }

  /** Present when the common name carries a well-formed card id ({@code CF/CARDID.HASH}). */
  public Optional<CardId> cardId() {
    return Optional.ofNullable(cardId);
  }

  /**
   * Identifies the physical card: issuer plus card id, or issuer plus certificate serial when the
   * certificate carries no card id (see {@link CardKey}).
   */
  public CardKey cardKey() {
    return cardKey;
  }

  /** The subject's common name as written, absent when the subject has none. */
  public Optional<String> commonName() {
    return Optional.ofNullable(commonName);
  }

  public Optional<String> givenName() {
    return Optional.ofNullable(givenName);
  }

  public Optional<String> surname() {
    return Optional.ofNullable(surname);
  }

  /** Subject distinguished name, RFC 2253. */
  public String subjectDn() {
    return subjectDn;
  }

  /** Issuer distinguished name, RFC 2253, for display and audit. */
  public String issuerDn() {
    return issuerDn;
  }

  /**
   * The issuer as people know it: its organisation name (O), else its common name, else the
   * distinguished name.
   */
  public String issuerName() {
    return issuerName;
  }

  public BigInteger serialNumber() {
    return serialNumber;
  }

  /** The serial number in lower-case hexadecimal, as audit records and operators quote it. */
  public String serialHex() {
    return serialNumber.toString(16);
  }

  public Instant notBefore() {
    return notBefore;
  }

  public Instant notAfter() {
    return notAfter;
  }

  /** Whether {@code instant} is past {@link #notAfter()}. */
  public boolean isExpiredAt(Instant instant) {
    return instant.isAfter(notAfter);
  }

  /** Whether {@code instant} is before {@link #notBefore()}. */
  public boolean isNotYetValidAt(Instant instant) {
    return instant.isBefore(notBefore);
  }

  /** Certificate policy OIDs in dotted form, sorted. */
  public Set<String> policyOids() {
    return policyOids;
  }

  public boolean hasPolicy(String oid) {
    return policyOids.contains(oid);
  }

  /** Key usage bits; empty when the certificate has no key usage extension. */
  public Set<KeyUsageBit> keyUsage() {
    return keyUsage;
  }

  public boolean hasKeyUsage(KeyUsageBit bit) {
    return keyUsage.contains(bit);
  }

  /** Extended key usage OIDs in dotted form, sorted; empty when there is no such extension. */
  public Set<String> extendedKeyUsageOids() {
    return extendedKeyUsageOids;
  }

  public boolean hasExtendedKeyUsage(String oid) {
    return extendedKeyUsageOids.contains(oid);
  }

  /** SHA-256 of the DER encoding, 64 lower-case hex digits. */
  public String sha256Fingerprint() {
    return sha256Fingerprint;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CnsCertificate other && sha256Fingerprint.equals(other.sha256Fingerprint);
  }

  @Override
  public int hashCode() {
    return sha256Fingerprint.hashCode();
  }

  @Override
  public String toString() {
    return "CnsCertificate[serial=" + serialHex() + ", issuer=" + issuerDn + "]";
  }

  private static String requireNonBlank(String s, String message) {
    if (Objects.requireNonNull(s, message).isBlank()) {
      throw new IllegalArgumentException(message);
    }
    return s;
  }

  private static Set<String> sortedCopy(Collection<String> oids) {
    Set<String> copy = new TreeSet<>();
    for (String oid : oids) {
      copy.add(requireNonBlank(oid, "OIDs cannot be blank"));
    }
    return Collections.unmodifiableSet(copy);
  }

  /** Collects the fields; {@link #build()} validates them. Not thread-safe, not reusable. */
  public static final class Builder {
    private CodiceFiscale codiceFiscale;
    private CardId cardId;
    private String commonName;
    private String givenName;
    private String surname;
    private String subjectDn;
    private String issuerDn;
    private String issuerName;
    private BigInteger serialNumber;
    private Instant notBefore;
    private Instant notAfter;
    private Collection<String> policyOids = Set.of();
    private Collection<KeyUsageBit> keyUsage = Set.of();
    private Collection<String> extendedKeyUsageOids = Set.of();
    private String sha256Fingerprint;

    private Builder() {}

    public Builder codiceFiscale(CodiceFiscale codiceFiscale) {
      this.codiceFiscale = codiceFiscale;
      return this;
    }

    /** Optional: {@code null} when the common name carries no card id. */
    public Builder cardId(CardId cardId) {
      this.cardId = cardId;
      return this;
    }

    public Builder commonName(String commonName) {
      this.commonName = commonName;
      return this;
    }

    public Builder givenName(String givenName) {
      this.givenName = givenName;
      return this;
    }

    public Builder surname(String surname) {
      this.surname = surname;
      return this;
    }

    public Builder subjectDn(String subjectDn) {
      this.subjectDn = subjectDn;
      return this;
    }

    public Builder issuerDn(String issuerDn) {
      this.issuerDn = issuerDn;
      return this;
    }

    /** Optional: the issuer's organisation or common name; the DN when absent. */
    public Builder issuerName(String issuerName) {
      this.issuerName = issuerName;
      return this;
    }

    public Builder serialNumber(BigInteger serialNumber) {
      this.serialNumber = serialNumber;
      return this;
    }

    public Builder notBefore(Instant notBefore) {
      this.notBefore = notBefore;
      return this;
    }

    public Builder notAfter(Instant notAfter) {
      this.notAfter = notAfter;
      return this;
    }

    public Builder policyOids(Collection<String> policyOids) {
      this.policyOids = Objects.requireNonNull(policyOids, "policy OIDs cannot be null");
      return this;
    }

    public Builder keyUsage(Collection<KeyUsageBit> keyUsage) {
      this.keyUsage = Objects.requireNonNull(keyUsage, "key usage cannot be null");
      return this;
    }

    public Builder extendedKeyUsageOids(Collection<String> extendedKeyUsageOids) {
      this.extendedKeyUsageOids =
          Objects.requireNonNull(extendedKeyUsageOids, "extended key usage OIDs cannot be null");
      return this;
    }

    public Builder sha256Fingerprint(String sha256Fingerprint) {
      this.sha256Fingerprint = sha256Fingerprint;
      return this;
    }

    /**
     * @throws NullPointerException or IllegalArgumentException naming the missing or bad field
     */
    public CnsCertificate build() {
      return new CnsCertificate(this);
    }
  }
}
