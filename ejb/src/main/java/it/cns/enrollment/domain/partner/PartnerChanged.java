package it.cns.enrollment.domain.partner;

/**
 * A supervisor changed what a partner may do or how it is recognised (enabled, operations,
 * signature requirement, certificate). Whoever remembers a partner's access must forget it.
 */
public record PartnerChanged(long partnerId) {}
