/**
 * Value objects of a person's and a card's identity; pure Java, no framework.
 *
 * <p>Rule of this package: nothing here imports BouncyCastle, Jakarta or any other library; every
 * type validates itself in its constructor or factory, so an instance that exists is valid. Typed
 * refusals ({@link it.cns.enrollment.domain.identity.InvalidCodiceFiscaleException}, {@link
 * it.cns.enrollment.domain.identity.CertificateRefusedException}) carry stable codes and the values
 * their texts name, never the texts: {@code application.text.Messages} words them.
 */
package it.cns.enrollment.domain.identity;
