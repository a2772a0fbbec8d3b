/**
 * Use-case services ({@code @Stateless}): each public method is one transaction, checks who is
 * asking, calls the domain and writes the audit event in the same transaction. Thin on business
 * rules (those live in the domain); no JSF, SOAP or servlet types here.
 */
package it.cns.enrollment.application;
