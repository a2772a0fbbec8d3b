/**
 * PDF documents, made with Apache PDFBox and the standard 14 fonts (Helvetica, WinAnsi: Italian
 * accents included, nothing to embed). The renderers take plain content records and return bytes;
 * they never store, log or audit what they print.
 */
package it.cns.enrollment.infrastructure.pdf;
