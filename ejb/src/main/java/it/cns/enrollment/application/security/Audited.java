package it.cns.enrollment.application.security;

import it.cns.enrollment.domain.audit.AuditAction;
import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A use case whose refusals (typed domain errors, refused certificates) are audited under this
 * action, with the {@link Caller} and the error's stable code, in a transaction of their own: see
 * {@link AuditedInterceptor}. The use case adds only its subject ({@link RefusalSubject}).
 * Successful changes stay explicit in the use case. On a method, it wins over the class's.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Audited {

  /** The action recorded; not binding, so one interceptor serves every action. */
  @Nonbinding
  AuditAction value();
}
