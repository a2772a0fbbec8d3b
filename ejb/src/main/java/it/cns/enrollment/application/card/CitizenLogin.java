package it.cns.enrollment.application.card;

import it.cns.enrollment.domain.account.AccountType;
import java.io.Serializable;

/** Who logged in, and how: what the web session keeps (never a secret). */
public record CitizenLogin(
    String codiceFiscale, AccountType accountType, String displayName, Method method)
    implements Serializable {

  /** How the citizen proved who they are. */
  public enum Method {
    SMARTCARD,
    PASSWORD
  }
}
