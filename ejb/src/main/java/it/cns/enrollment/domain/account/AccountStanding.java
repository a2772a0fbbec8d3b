package it.cns.enrollment.domain.account;

import java.util.Objects;

/**
 * What the partner API's {@code registrationStatus} tells about an enabled person: the account's
 * type and how many cards are bound to it (whatever their state), read together in one query.
 */
public record AccountStanding(AccountType type, int boundCards) {

  public AccountStanding {
    Objects.requireNonNull(type, "account type is required");
    if (boundCards < 0) {
      throw new IllegalArgumentException("bound cards cannot be negative");
    }
  }
}
