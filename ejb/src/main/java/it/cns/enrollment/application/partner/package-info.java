/**
 * The partner API's use cases, as the SOAP endpoint calls them: authorising a partner per operation
 * ({@link it.cns.enrollment.application.partner.PartnerAuthorization}), issuing the challenge a
 * card signs ({@link it.cns.enrollment.application.partner.CardChallengeService}), binding a card
 * or enrolling with it on a citizen's behalf ({@link
 * it.cns.enrollment.application.partner.PartnerCardService}, through the card use cases), reading
 * registrations ({@link it.cns.enrollment.application.partner.RegistrationQueries}) and replaying
 * the stored answer of a repeated request ({@link
 * it.cns.enrollment.application.partner.IdempotentRequests}).
 *
 * <p>Everything here is an entry point (EJBs and the records they exchange), hence public.
 */
package it.cns.enrollment.application.partner;
