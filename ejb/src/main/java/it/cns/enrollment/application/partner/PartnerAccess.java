package it.cns.enrollment.application.partner;

import it.cns.enrollment.domain.partner.Partner;
import it.cns.enrollment.domain.partner.PartnerOperation;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a partner record grants, copied out of the entity so that it can be remembered between calls
 * ({@link KnownPartners}) without holding a managed entity.
 */
record PartnerAccess(
    long id,
    String name,
    boolean enabled,
    Set<PartnerOperation> operations,
    boolean signatureRequired) {

  PartnerAccess {
    operations = Set.copyOf(operations);
  }

  static PartnerAccess of(Partner partner) {
    Set<PartnerOperation> granted = EnumSet.noneOf(PartnerOperation.class);
    granted.addAll(partner.operations());
    return new PartnerAccess(
        partner.id(), partner.name(), partner.isEnabled(), granted, partner.requiresSignature());
  }

  /** Whether this enabled partner was granted the operation (as {@link Partner#mayCall}). */
  boolean mayCall(PartnerOperation operation) {
    return enabled && operation != null && operations.contains(operation);
  }
}
