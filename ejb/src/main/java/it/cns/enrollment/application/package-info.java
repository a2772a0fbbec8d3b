/**
 * Use-case services ({@code @Stateless}): each public method is one transaction, checks who is
 * asking, calls the domain and writes the audit event in the same transaction. Thin on business
 * rules (those live in the domain); no JSF, SOAP or servlet types here.
 *
 * <p>Who is asking is the request's {@link it.cns.enrollment.application.Caller}, filled once at
 * the edge; no method takes it as a parameter. An intranet use case is {@code RolesAllowed} (the
 * container's check) and {@link it.cns.enrollment.application.Audited} (the database's check, and
 * its refusals audited in a transaction of their own); a use case adds only the subject of a
 * refusal ({@link it.cns.enrollment.application.RefusalSubject}) and records its successful changes
 * itself.
 */
package it.cns.enrollment.application;
