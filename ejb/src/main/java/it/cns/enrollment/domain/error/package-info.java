/**
 * Typed domain errors with stable codes and the arguments their texts name; no text here. Each
 * channel maps them in one place (JSF messages, SOAP faults), worded by {@code
 * application.text.Messages} (Italian default, English).
 */
package it.cns.enrollment.domain.error;
