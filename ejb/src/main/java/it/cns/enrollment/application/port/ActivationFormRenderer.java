package it.cns.enrollment.application.port;

/**
 * Renders the TS-CNS activation form (two copies: the holder's, with the first halves of the codes,
 * and the office's) as a printable document. It never stores, logs or audits what it prints.
 */
public interface ActivationFormRenderer {

  /** The form as document bytes (PDF). The caller wipes {@code content} afterwards. */
  byte[] render(ActivationFormContent content);
}
