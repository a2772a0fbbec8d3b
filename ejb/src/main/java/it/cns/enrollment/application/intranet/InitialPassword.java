package it.cns.enrollment.application.intranet;

import it.cns.enrollment.domain.credential.Password;
import java.util.Objects;

/**
 * A freshly issued initial password for an operator, to be shown once to the supervisor (who hands
 * it over) and then wiped; only its hash is stored. {@link #toString()} hides it.
 */
public record InitialPassword(String username, Password password) {

  public InitialPassword {
    Objects.requireNonNull(username, "username is required");
    Objects.requireNonNull(password, "password is required");
  }

  @Override
  public String toString() {
    return "InitialPassword[" + username + ", hidden]";
  }
}
