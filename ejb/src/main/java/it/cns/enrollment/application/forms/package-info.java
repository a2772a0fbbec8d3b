/**
 * The documents a citizen prints before going to the counter: the blank forms a delegate brings
 * ({@link it.cns.enrollment.application.forms.BlankForms}: the holder's delegation "Attivazione
 * TS-CNS" and the "Richiesta dei codici personali"), optionally pre-filled with what the person
 * typed on the public page. No secret is ever printed on them, nothing is stored or audited: the
 * holder signs them on paper and the counter checks them (ActivationDocument).
 *
 * <p>Texts from the {@code Messages} bundles ({@code print.*}), Italian then English on one form,
 * as on the activation form.
 */
package it.cns.enrollment.application.forms;
