package it.cns.enrollment.application.partner;

import java.util.Objects;

/** A partner whose client certificate was recognised and who may call the operation at hand. */
public record AuthorisedPartner(long id, String name) {

  public AuthorisedPartner {
    Objects.requireNonNull(name, "name is required");
  }

  /** The audit trail's actor for this partner's calls. */
  public String actor() {
    return "partner:" + name;
  }
}
