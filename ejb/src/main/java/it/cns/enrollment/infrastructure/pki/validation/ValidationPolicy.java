package it.cns.enrollment.infrastructure.pki.validation;

import it.cns.enrollment.domain.identity.KeyUsageBit;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a card certificate must satisfy, and how hard revocation is looked for. Immutable; built
 * with {@link #builder()}, whose defaults are the CNS profile: key usage digitalSignature, EKU
 * clientAuth, policy CNS or CIE, fail-closed, OCSP before CRL, 3 s connect and 5 s read timeouts,
 * no tolerance for a CRL past its nextUpdate, CRLs up to 10 MiB.
 */
public final class ValidationPolicy {

  /** Certificate policy of the Carta Nazionale dei Servizi (AgID). */
  public static final String CNS_POLICY_OID = "1.3.76.16.2.1";

  /** Certificate policy of the Carta d'Identità Elettronica. */
  public static final String CIE_POLICY_OID = "1.3.76.47.4";

  /** id-kp-clientAuth. */
  public static final String CLIENT_AUTH_OID = "1.3.6.1.5.5.7.3.2";

  /** anyExtendedKeyUsage: satisfies any required EKU, as RFC 5280 allows. */
  public static final String ANY_EXTENDED_KEY_USAGE_OID = "2.5.29.37.0";

  private static final Pattern OID = Pattern.compile("[0-2](\\.(0|[1-9][0-9]*))+");

  private final Set<KeyUsageBit> requiredKeyUsage;
  private final Set<String> requiredExtendedKeyUsage;
  private final Set<String> acceptedPolicyOids;
  private final RevocationMode defaultRevocationMode;
  private final List<RevocationSource> revocationOrder;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration staleCrlGrace;
  private final long maxCrlBytes;
  private final Duration ocspDefaultTtl;
  private final Duration clockSkew;

  private ValidationPolicy(Builder b) {
    this.requiredKeyUsage =
        Collections.unmodifiableSet(
            b.requiredKeyUsage.isEmpty()
                ? EnumSet.noneOf(KeyUsageBit.class)
                : EnumSet.copyOf(b.requiredKeyUsage));
    this.requiredExtendedKeyUsage = Set.copyOf(b.requiredExtendedKeyUsage);
    this.acceptedPolicyOids = Set.copyOf(b.acceptedPolicyOids);
    if (acceptedPolicyOids.isEmpty()) {
      throw new IllegalArgumentException("at least one accepted policy OID is required");
    }
    this.defaultRevocationMode =
        Objects.requireNonNull(b.defaultRevocationMode, "revocation mode is required");
    this.revocationOrder = List.copyOf(new LinkedHashSet<>(b.revocationOrder));
    if (revocationOrder.isEmpty()) {
      throw new IllegalArgumentException("at least one revocation source is required");
    }
    this.connectTimeout = positive(b.connectTimeout, "connect timeout");
    this.readTimeout = positive(b.readTimeout, "read timeout");
    this.staleCrlGrace = notNegative(b.staleCrlGrace, "stale CRL grace");
    if (b.maxCrlBytes <= 0) {
      throw new IllegalArgumentException("maximum CRL size must be positive");
    }
    this.maxCrlBytes = b.maxCrlBytes;
    this.ocspDefaultTtl = notNegative(b.ocspDefaultTtl, "OCSP default TTL");
    this.clockSkew = notNegative(b.clockSkew, "clock skew");
  }

  /** The CNS defaults. */
  public static ValidationPolicy defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this policy's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.requiredKeyUsage = EnumSet.noneOf(KeyUsageBit.class);
    b.requiredKeyUsage.addAll(requiredKeyUsage);
    b.requiredExtendedKeyUsage = new LinkedHashSet<>(requiredExtendedKeyUsage);
    b.acceptedPolicyOids = new LinkedHashSet<>(acceptedPolicyOids);
    b.defaultRevocationMode = defaultRevocationMode;
    b.revocationOrder = List.copyOf(revocationOrder);
    b.connectTimeout = connectTimeout;
    b.readTimeout = readTimeout;
    b.staleCrlGrace = staleCrlGrace;
    b.maxCrlBytes = maxCrlBytes;
    b.ocspDefaultTtl = ocspDefaultTtl;
    b.clockSkew = clockSkew;
    return b;
  }

  /** Key usage bits the leaf must all carry (an absent extension carries none). */
  public Set<KeyUsageBit> requiredKeyUsage() {
    return requiredKeyUsage;
  }

  /** EKU OIDs the leaf must all carry; empty means the EKU is not checked. */
  public Set<String> requiredExtendedKeyUsage() {
    return requiredExtendedKeyUsage;
  }

  /** The leaf must carry at least one of these certificate policies. */
  public Set<String> acceptedPolicyOids() {
    return acceptedPolicyOids;
  }

  /**
   * The mode used by {@link CertificateValidator#validate(java.security.cert.X509Certificate, List,
   * java.time.Instant)}; channels may pass their own.
   */
  public RevocationMode defaultRevocationMode() {
    return defaultRevocationMode;
  }

  /** Sources in the order they are asked; the first definite answer wins. */
  public List<RevocationSource> revocationOrder() {
    return revocationOrder;
  }

  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** Bounds each HTTP exchange as a whole, not only each read, so a trickling server fails too. */
  public Duration readTimeout() {
    return readTimeout;
  }

  /** How long past its nextUpdate a CRL is still used (with a warning); zero means never. */
  public Duration staleCrlGrace() {
    return staleCrlGrace;
  }

  public long maxCrlBytes() {
    return maxCrlBytes;
  }

  /** How long an OCSP answer without nextUpdate is reused. */
  public Duration ocspDefaultTtl() {
    return ocspDefaultTtl;
  }

  /** Tolerance between our clock and a responder's or CRL issuer's for thisUpdate/nextUpdate. */
  public Duration clockSkew() {
    return clockSkew;
  }

  @Override
  public String toString() {
    return "ValidationPolicy[keyUsage="
        + requiredKeyUsage
        + ", eku="
        + requiredExtendedKeyUsage
        + ", policies="
        + acceptedPolicyOids
        + ", mode="
        + defaultRevocationMode
        + ", order="
        + revocationOrder
        + "]";
  }

  private static Duration positive(Duration d, String what) {
    Objects.requireNonNull(d, what + " is required");
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(what + " must be positive");
    }
    return d;
  }

  private static Duration notNegative(Duration d, String what) {
    Objects.requireNonNull(d, what + " is required");
    if (d.isNegative()) {
      throw new IllegalArgumentException(what + " must not be negative");
    }
    return d;
  }

  private static String oid(String value) {
    Objects.requireNonNull(value, "OID is required");
    if (!OID.matcher(value).matches()) {
      throw new IllegalArgumentException("not an OID: " + value);
    }
    return value;
  }

  /** Mutable builder; {@link #build()} validates. */
  public static final class Builder {
    private Set<KeyUsageBit> requiredKeyUsage = EnumSet.of(KeyUsageBit.DIGITAL_SIGNATURE);
    private Set<String> requiredExtendedKeyUsage = new LinkedHashSet<>(List.of(CLIENT_AUTH_OID));
    private Set<String> acceptedPolicyOids =
        new LinkedHashSet<>(List.of(CNS_POLICY_OID, CIE_POLICY_OID));
    private RevocationMode defaultRevocationMode = RevocationMode.FAIL_CLOSED;
    private List<RevocationSource> revocationOrder =
        List.of(RevocationSource.OCSP, RevocationSource.CRL);
    private Duration connectTimeout = Duration.ofSeconds(3);
    private Duration readTimeout = Duration.ofSeconds(5);
    private Duration staleCrlGrace = Duration.ZERO;
    private long maxCrlBytes = 10L * 1024 * 1024;
    private Duration ocspDefaultTtl = Duration.ofMinutes(5);
    private Duration clockSkew = Duration.ofMinutes(5);

    private Builder() {}

    public Builder requiredKeyUsage(Collection<KeyUsageBit> bits) {
      Objects.requireNonNull(bits, "key usage is required");
      this.requiredKeyUsage = EnumSet.noneOf(KeyUsageBit.class);
      this.requiredKeyUsage.addAll(bits);
      return this;
    }

    /** Replaces the required EKUs; pass none to stop checking the EKU. */
    public Builder requiredExtendedKeyUsage(String... oids) {
      Set<String> set = new LinkedHashSet<>();
      for (String o : oids) {
        set.add(oid(o));
      }
      this.requiredExtendedKeyUsage = set;
      return this;
    }

    /** Replaces the accepted policies (the defaults are CNS and CIE). */
    public Builder acceptedPolicyOids(Collection<String> oids) {
      Set<String> set = new LinkedHashSet<>();
      oids.forEach(o -> set.add(oid(o)));
      this.acceptedPolicyOids = set;
      return this;
    }

    /** Adds policies, e.g. a regional card's, to those accepted. */
    public Builder addAcceptedPolicyOids(String... oids) {
      for (String o : oids) {
        acceptedPolicyOids.add(oid(o));
      }
      return this;
    }

    public Builder defaultRevocationMode(RevocationMode mode) {
      this.defaultRevocationMode = mode;
      return this;
    }

    public Builder revocationOrder(RevocationSource... sources) {
      this.revocationOrder = List.of(sources);
      return this;
    }

    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = timeout;
      return this;
    }

    public Builder readTimeout(Duration timeout) {
      this.readTimeout = timeout;
      return this;
    }

    public Builder staleCrlGrace(Duration grace) {
      this.staleCrlGrace = grace;
      return this;
    }

    public Builder maxCrlBytes(long bytes) {
      this.maxCrlBytes = bytes;
      return this;
    }

    public Builder ocspDefaultTtl(Duration ttl) {
      this.ocspDefaultTtl = ttl;
      return this;
    }

    public Builder clockSkew(Duration skew) {
      this.clockSkew = skew;
      return this;
    }

    public ValidationPolicy build() {
      return new ValidationPolicy(this);
    }
  }
}
