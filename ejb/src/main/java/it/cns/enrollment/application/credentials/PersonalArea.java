package it.cns.enrollment.application.credentials;

import it.cns.enrollment.domain.account.AccountType;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** What the personal area shows: the account, its sites, its cards, its credential status. */
public record PersonalArea(
    String codiceFiscale,
    AccountType accountType,
    String displayName,
    List<Site> sites,
    List<Card> cards,
    Credentials credentials)
    implements Serializable {

  /** An Entratel site. */
  public record Site(String code, String description) implements Serializable {}

  /**
   * A bound card; {@code entratelSite} is the code of the Entratel site it is bound to, or null.
   */
  public record Card(
      long id,
      String issuer,
      String entratelSite,
      String maskedCardId,
      Instant certificateValidUntil,
      Instant boundAt,
      Instant lastSeenAt,
      String status)
      implements Serializable {}

  /** Traditional credentials of a Fisconline account (null for Entratel accounts). */
  public record Credentials(Instant passwordExpiresAt, boolean mustChangePassword, boolean locked)
      implements Serializable {}
}
