/**
 * Counter work on the intranet ({@code /intranet/sportello/}): the TS-CNS activation wizard and its
 * outcome page (first halves of the codes shown once, the form downloaded once, the state of the
 * mail with the second halves), revocation with the CIP, and the look-up of a person or a card.
 * Adapters only: the application services validate, authorise (again, in the database) and audit;
 * texts come from the {@code cm} bundle, errors through {@code UserMessages}. Codes and the form's
 * bytes live in the operator's session only until handed out, never in the database or a log.
 */
package it.cns.enrollment.interfaces.web.counter;
