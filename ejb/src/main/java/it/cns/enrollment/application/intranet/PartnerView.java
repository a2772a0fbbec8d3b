package it.cns.enrollment.application.intranet;

import it.cns.enrollment.domain.partner.Partner;
import it.cns.enrollment.domain.partner.PartnerOperation;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A partner record as supervisors see it: name, the certificate it is recognised by (canonical
 * issuer, serial in hex, SHA-256 fingerprint when pinned), whether it is enabled and the operations
 * it may call (in the contract's order), and whether it must sign its messages.
 */
public record PartnerView(
    long id,
    String name,
    String certificateIssuer,
    String certificateSerial,
    String certificateSha256,
    boolean enabled,
    List<PartnerOperation> operations,
    Instant createdAt,
    boolean signatureRequired,
    Instant certificateNotAfter,
    String renewalSerial,
    String renewalSha256,
    Instant renewalNotAfter,
    boolean expiresSoon)
    implements Serializable {

  public PartnerView {
    operations = List.copyOf(operations);
  }

  /** The partner; {@code expiresSoon} when it needs a renewal before {@code warningHorizon}. */
  static PartnerView of(Partner p, Instant warningHorizon) {
    return new PartnerView(
        p.id(),
        p.name(),
        p.certificateIssuer(),
        p.certificateSerial(),
        p.certificateSha256().orElse(null),
        p.isEnabled(),
        List.copyOf(p.operations()),
        p.createdAt(),
        p.requiresSignature(),
        p.certificateNotAfter().orElse(null),
        p.renewal().map(r -> r.serialHex()).orElse(null),
        p.renewal().map(r -> r.sha256()).orElse(null),
        p.renewalNotAfter().orElse(null),
        p.needsRenewalBefore(warningHorizon));
  }
}
