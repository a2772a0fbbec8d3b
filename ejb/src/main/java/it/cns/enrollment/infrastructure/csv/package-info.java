/**
 * CSV files for people who open them in a spreadsheet: RFC 4180 quoting, UTF-8 with a byte-order
 * mark (so Excel reads accented letters), and no cell a spreadsheet would run as a formula. Writers
 * stream: they never hold more than the row being written.
 */
package it.cns.enrollment.infrastructure.csv;
