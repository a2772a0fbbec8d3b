/**
 * The partner API's use cases, as the SOAP endpoint calls them: authorising a partner per operation
 * ({@link it.cns.enrollment.application.partner.PartnerAuthorization}), issuing the challenge a
 * card signs ({@link it.cns.enrollment.application.partner.CardChallengeService}), binding a card
 * or enrolling with it on a citizen's behalf ({@link
 * it.cns.enrollment.application.partner.PartnerCardService}, through the card use cases), reading
 * registrations ({@link it.cns.enrollment.application.partner.RegistrationQueries}) and running
 * each mutating request once per request id ({@link
 * it.cns.enrollment.application.partner.PartnerRequests}: a replay gets the first receipt back,
 * remembered by {@link it.cns.enrollment.application.partner.IdempotentRequests} in the
 * application's own encoding).
 *
 * <p>The EJBs and the records they exchange are entry points, hence public; the receipts' stored
 * encoding ({@code StoredReceipts}) is this package's own.
 */
package it.cns.enrollment.application.partner;
