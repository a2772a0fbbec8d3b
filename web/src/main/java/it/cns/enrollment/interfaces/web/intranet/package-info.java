/**
 * The intranet of counter operators and supervisors, under {@code /intranet/} on the public
 * listener only: Jakarta Security login ({@link
 * it.cns.enrollment.interfaces.web.intranet.IntranetAuthentication}, a custom form mechanism, and
 * {@link it.cns.enrollment.interfaces.web.intranet.OperatorIdentityStore}, which asks the
 * application's {@code OperatorLoginService}), the operator's session, the forced password change,
 * logout, and the supervision pages. Adapters only: roles are checked again by the application
 * services, never by these beans alone; texts come from the {@code im} bundle.
 */
package it.cns.enrollment.interfaces.web.intranet;
