package it.cns.enrollment.application.port;

/**
 * Renders a {@link PrintedDocument} as an accessible, archival PDF. It never stores, logs or audits
 * what it prints.
 */
public interface DocumentRenderer {

  /** The document as PDF bytes. The caller wipes {@code document} afterwards. */
  byte[] render(PrintedDocument document);
}
