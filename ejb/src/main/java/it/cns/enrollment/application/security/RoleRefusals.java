package it.cns.enrollment.application.security;

import it.cns.enrollment.domain.audit.AuditAction;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records the calls of {@link Audited} use cases that the container refuses for the caller's role
 * ({@code RolesAllowed}), as OPERATOR_NOT_PERMITTED under the use case's action. A WildFly
 * container interceptor, bound in META-INF/jboss-ejb3.xml to every bean (it only acts on a
 * refusal), so a new role-restricted use case needs no binding of its own: it runs before the
 * container's security check, where {@link AuditedInterceptor} runs after it and never sees such a
 * refusal. Not a CDI bean (container interceptors get no injection): it looks the recorder and the
 * caller up.
 */
public class RoleRefusals {

  private static final Logger LOG = Logger.getLogger(RoleRefusals.class.getName());

  Supplier<AuditRecorder> audit = () -> CDI.current().select(AuditRecorder.class).get();
  Supplier<Caller> caller = () -> CDI.current().select(Caller.class).get();

  @AroundInvoke
  public Object recordRoleRefusals(InvocationContext invocation) throws Exception {
    try {
      return invocation.proceed();
    } catch (EJBAccessException refused) {
      record(invocation.getMethod(), refused);
      throw refused;
    }
  }

  private void record(Method method, EJBAccessException refused) {
    if (!method.isAnnotationPresent(Audited.class)
        && !method.getDeclaringClass().isAnnotationPresent(Audited.class)) {
      return;
    }
    AuditAction action = AuditedInterceptor.actionOf(method);
    RefusalSubject.Notes notes = RefusalSubject.open();
    try {
      audit.get().recordRefusal(action, caller.get(), notes, refused);
    } catch (RuntimeException e) {
      // The refusal stands whatever happens to its record.
      LOG.log(Level.WARNING, "role refusal of " + method.getName() + " not recorded", e);
    } finally {
      RefusalSubject.close(notes);
    }
  }
}
