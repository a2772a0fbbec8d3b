package it.cns.enrollment.domain.partner;

import java.util.Objects;
import java.util.Optional;

/**
 * Where the warning that a partner's certificate expires soon is mailed ({@code
 * CNS_PARTNER_EXPIRY_MAIL}, the supervisors' mailbox); none: the partner page and the metric only.
 */
public record PartnerExpiryNotice(Optional<String> recipient) {

  public PartnerExpiryNotice {
    Objects.requireNonNull(recipient, "recipient (or empty) is required");
  }
}
