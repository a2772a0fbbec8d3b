package it.cns.enrollment.application.security;

import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.identity.CertificateRefusedException;
import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.util.List;

/**
 * The gate of {@link Audited} use cases. For one that is {@code RolesAllowed} (intranet work), it
 * first checks the caller again in the database ({@link OperatorAuthorization#requireRoles}: the
 * container checked the roles of the login; a role changed, an account disabled or locked since
 * counts at once). Then it records the use case's refusals: a typed domain error or a refused
 * certificate is written to the audit trail under the use case's action, with the {@link Caller},
 * the error's stable code and the subject the use case noted ({@link RefusalSubject}), in a
 * transaction of its own ({@link AuditRecorder#recordRefusal(AuditAction, Caller,
 * RefusalSubject.Notes, RuntimeException)}), then thrown on, so the use case's transaction still
 * rolls back. Anything else (a bug, a database outage) is not a refusal and is left to the
 * container.
 *
 * <p>For a use case that reads personal data ({@link Audited#reads()}), an answer is recorded too,
 * once the use case returned it: in the use case's transaction when it has one (a partner's query
 * stays one transaction and one commit, and commits with its record), in one of its own otherwise.
 */
@Audited(AuditAction.PARTNER_CALL) // any action: the member is @Nonbinding
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AuditedInterceptor {

  @Inject AuditRecorder audit;
  @Inject Caller caller;
  @Inject OperatorAuthorization authorization;

  @AroundInvoke
  public Object recordRefusals(InvocationContext invocation) throws Exception {
    Audited audited = auditedOf(invocation.getMethod());
    AuditAction action = audited.value();
    RefusalSubject.Notes notes = RefusalSubject.open();
    try {
      RolesAllowed roles = rolesOf(invocation.getMethod());
      if (roles != null) {
        authorization.requireRoles(List.of(roles.value()), action);
      }
      Object answer = invocation.proceed();
      if (audited.reads()) {
        audit.recordRead(action, caller, notes);
      }
      return answer;
    } catch (BusinessRefusal | CertificateRefusedException refusal) {
      if (notes.firstReport(refusal)) {
        audit.recordRefusal(action, caller, notes, refusal);
      }
      throw refusal;
    } finally {
      RefusalSubject.close(notes);
    }
  }

  /** The roles the method is restricted to (its own, else its class's), null when open. */
  static RolesAllowed rolesOf(Method method) {
    if (method.isAnnotationPresent(PermitAll.class)) {
      return null;
    }
    RolesAllowed on = method.getAnnotation(RolesAllowed.class);
    return on != null ? on : method.getDeclaringClass().getAnnotation(RolesAllowed.class);
  }

  /** The method's action, else its class's. */
  static AuditAction actionOf(Method method) {
    return auditedOf(method).value();
  }

  /** The method's {@link Audited}, else its class's. */
  static Audited auditedOf(Method method) {
    Audited on = method.getAnnotation(Audited.class);
    if (on == null) {
      on = method.getDeclaringClass().getAnnotation(Audited.class);
    }
    if (on == null) {
      throw new IllegalStateException(method + " is not @Audited");
    }
    return on;
  }
}
