/**
 * Typed domain errors with stable codes. Each channel maps them in one place: JSF messages from the
 * resource bundle {@code ErrorMessages} (Italian default, English), SOAP faults with the code.
 */
package it.cns.enrollment.domain.error;
