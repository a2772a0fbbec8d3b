/**
 * The counter (sportello): activating a TS-CNS for a citizen and issuing its codes ({@link
 * it.cns.enrollment.application.counter.ActivationService}), printing the activation form ({@link
 * it.cns.enrollment.application.counter.ActivationFormService}) and looking a card up ({@link
 * it.cns.enrollment.application.counter.CardLookupService}). Also reached by partners through the
 * SOAP endpoint.
 *
 * <p>Package-private: {@code ActivationForms} (the form's content) and {@code ActivationCodesMail}
 * (the mail that carries the second halves of the codes). Public: the services and the records they
 * return.
 */
package it.cns.enrollment.application.counter;
