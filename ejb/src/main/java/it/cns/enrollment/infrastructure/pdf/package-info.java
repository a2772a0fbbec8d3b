/**
 * PDF documents, made with Apache PDFBox: the activation form ({@code ActivationFormPdf}) and any
 * {@code PrintedDocument} ({@code PrintedDocumentPdf}: the blank forms of a delegation, the
 * credentials letter), all through {@code TaggedPdf} - tagged PDF/UA-1, PDF/A-2a, DejaVu Sans
 * embedded, checked by veraPDF in the unit tests. The renderers take plain content records and
 * return bytes; they never store, log or audit what they print.
 */
package it.cns.enrollment.infrastructure.pdf;
