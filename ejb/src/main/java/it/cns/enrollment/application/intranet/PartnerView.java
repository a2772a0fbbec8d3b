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
    boolean signatureRequired)
    implements Serializable {

  public PartnerView {
    operations = List.copyOf(operations);
  }

  static PartnerView of(Partner p) {
    return new PartnerView(
        p.id(),
        p.name(),
        p.certificateIssuer(),
        p.certificateSerial(),
        p.certificateSha256().orElse(null),
        p.isEnabled(),
        List.copyOf(p.operations()),
        p.createdAt(),
        p.requiresSignature());
  }
}
