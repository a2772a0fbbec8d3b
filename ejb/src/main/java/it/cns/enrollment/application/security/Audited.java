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
 *
 * <p>With {@link #reads()}, the use case discloses personal data (a partner's query about a person,
 * an operator opening a person's file): each call that answers is recorded as well, under the same
 * action, with outcome OK and the subject the use case noted.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Audited {

  /** The action recorded; not binding, so one interceptor serves every action. */
  @Nonbinding
  AuditAction value();

  /** True: the use case reads personal data, and every answer it gives is on record too. */
  @Nonbinding
  boolean reads() default false;
}
