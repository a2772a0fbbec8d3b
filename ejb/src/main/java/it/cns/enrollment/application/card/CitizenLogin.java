package it.cns.enrollment.application.card;

import it.cns.enrollment.domain.account.AccountType;

/** Who logged in, and how: what the web session keeps (never a secret). */
public record CitizenLogin(
    String codiceFiscale, AccountType accountType, String displayName, Method method) {

  /** How the citizen proved who they are. */
  public enum Method {
    SMARTCARD,
    PASSWORD
  }
}
