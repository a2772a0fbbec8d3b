package it.cns.enrollment.domain.identity;

import java.math.BigInteger;
import java.util.Objects;
import javax.security.auth.x500.X500Principal;

/**
 * What identifies a physical card: its issuer plus its card id. Not the certificate serial, which
 * changes when the certificate is renewed on the same card. A certificate whose common name holds
 * no card id falls back to issuer plus certificate serial, and says so in {@link #kind()}.
 *
 * <p>The issuer is kept in the RFC 2253 <em>canonical</em> form (lower case, normalised spaces and
 * string types) so that two certificates of one CA compare equal even if the CA re-encoded its
 * name; it is a key for storage and comparison, not for display (use {@link
 * CnsCertificate#issuerDn()} there).
 */
public final class CardKey {

  /** Which identifier follows the issuer. */
  public enum Kind {
    CARD_ID,
    CERTIFICATE_SERIAL
  }

  private final String issuer;
  private final Kind kind;
  private final String localId;

  private CardKey(String issuerDn, Kind kind, String localId) {
    this.issuer = canonical(issuerDn);
    this.kind = kind;
    this.localId = localId;
  }

  public static CardKey of(String issuerDn, CardId cardId) {
    Objects.requireNonNull(cardId, "card id is required");
    return new CardKey(issuerDn, Kind.CARD_ID, cardId.value());
  }

  public static CardKey ofCertificateSerial(String issuerDn, BigInteger serialNumber) {
    Objects.requireNonNull(serialNumber, "certificate serial number is required");
    return new CardKey(issuerDn, Kind.CERTIFICATE_SERIAL, serialNumber.toString(16));
  }

  /** The issuer DN in RFC 2253 canonical form. */
  public String issuer() {
    return issuer;
  }

  public Kind kind() {
    return kind;
  }

  /** The card id's 16 digits, or the certificate serial in lower-case hex. */
  public String localId() {
    return localId;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CardKey other
        && issuer.equals(other.issuer)
        && kind == other.kind
        && localId.equals(other.localId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(issuer, kind, localId);
  }

  /** The issuer and the card id masked (see {@link CardId#toString()}), or the serial. */
  @Override
  public String toString() {
    String id =
        kind == Kind.CARD_ID
            ? "card " + CardId.parse(localId).masked()
            : "certificate serial " + localId;
    return issuer + " / " + id;
  }

  private static String canonical(String issuerDn) {
    Objects.requireNonNull(issuerDn, "issuer DN is required");
    try {
      return new X500Principal(issuerDn).getName(X500Principal.CANONICAL);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("issuer DN is not an RFC 2253 distinguished name", e);
    }
  }
}
