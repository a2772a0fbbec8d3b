/**
 * The use cases that start from a citizen's card: registering it (primo accesso, {@link
 * it.cns.enrollment.application.card.CardBindingService}), enrolling in Fisconline with it
 * (abilitazione, {@link it.cns.enrollment.application.card.FisconlineEnrollmentService}), logging
 * in with it ({@link it.cns.enrollment.application.card.SmartcardLoginService}) and revoking it by
 * CIP ({@link it.cns.enrollment.application.card.RevocationService}); and {@link
 * it.cns.enrollment.application.card.CertificateIdentityService}, which turns a presented
 * certificate into an identified card for them and for the partner API.
 *
 * <p>Package-private: {@code CardUse}, what these use cases share once the card is identified
 * (refused if revoked, binding recorded in the audit trail). Public: the services and the records
 * they return.
 */
package it.cns.enrollment.application.card;
