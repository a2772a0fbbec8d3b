/**
 * Smartcards bound to accounts. A card is identified by its issuer and card id (from the
 * certificate's CN), not by certificate serial: a renewed certificate on the same card keeps its
 * binding, and the binding records which certificate was seen and when.
 */
package it.cns.enrollment.domain.card;
