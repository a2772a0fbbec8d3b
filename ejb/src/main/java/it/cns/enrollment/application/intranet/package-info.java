/**
 * The supervisors' administration on the intranet: operators ({@link
 * it.cns.enrollment.application.intranet.OperatorAdministration}), counter offices ({@link
 * it.cns.enrollment.application.intranet.CounterDirectory}) and partners ({@link
 * it.cns.enrollment.application.intranet.PartnerAdministration}); and whether an open intranet
 * session may go on ({@link it.cns.enrollment.application.intranet.OperatorStanding}). The intranet
 * login itself is in {@code application.credentials}.
 *
 * <p>Everything here is an entry point (EJBs and the records they exchange), hence public.
 */
package it.cns.enrollment.application.intranet;
