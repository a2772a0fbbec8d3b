/**
 * The user-facing texts: one bundle per language ({@code Messages.properties}, Italian and the
 * base; {@code Messages_en.properties}) and {@link it.cns.enrollment.application.text.Messages},
 * which words the domain's codes with them for every channel (pages, SOAP faults, the activation
 * form, mail). The domain holds codes and arguments only. Depends on the domain and the JDK alone.
 */
package it.cns.enrollment.application.text;
