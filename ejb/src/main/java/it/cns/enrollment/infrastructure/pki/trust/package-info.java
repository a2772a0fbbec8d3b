/**
 * The trusted CNS issuers at run time: {@link it.cns.enrollment.infrastructure.pki.trust.CardTrust}
 * (a container singleton that loads the anchors from the environment's sources and reloads them on
 * a timer) and the application's {@code CardValidator} port on top of it.
 *
 * <p>Rule of this package: container wiring only. The validation itself is plain Java in {@code
 * infrastructure.pki.validation}, which depends on the parser in {@code infrastructure.pki}; none
 * of those depends back on this package.
 */
package it.cns.enrollment.infrastructure.pki.trust;
