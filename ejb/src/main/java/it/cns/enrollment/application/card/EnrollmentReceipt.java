package it.cns.enrollment.application.card;

import it.cns.enrollment.domain.credential.IssuedPin;
import it.cns.enrollment.domain.credential.Password;
import java.time.Instant;

/**
 * What an abilitazione tramite smartcard produced: the full PIN and the initial password, to be
 * shown once (then {@link Password#wipe()}), and the card bound on the way. {@link #toString()}
 * hides both secrets.
 */
public record EnrollmentReceipt(
    String codiceFiscale,
    String displayName,
    IssuedPin pin,
    Password password,
    Instant enabledAt,
    BindingReceipt binding) {

  @Override
  public String toString() {
    return "EnrollmentReceipt[codiceFiscale="
        + codiceFiscale
        + ", displayName="
        + displayName
        + ", pin=hidden, password=hidden, enabledAt="
        + enabledAt
        + ", binding="
        + binding
        + "]";
  }
}
