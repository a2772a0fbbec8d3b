package it.cns.enrollment.application.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cns.enrollment.domain.actor.Actor;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.operator.OperatorRole;
import jakarta.ejb.EJBAccessException;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoleRefusalsTest {

  private final CredentialFakes.Audit audit = new CredentialFakes.Audit();
  private final RoleRefusals interceptor = new RoleRefusals();

  RoleRefusalsTest() {
    interceptor.audit = () -> audit;
    interceptor.caller =
        () -> Callers.as(new Actor.Staff("anna", OperatorRole.OPERATOR), Channel.COUNTER);
  }

  @Test
  void aCallRefusedByTheContainerForItsRoleIsRecordedUnderTheUseCasesAction() throws Exception {
    Method unlock = AuditedInterceptorTest.UseCase.class.getMethod("refuseUnderItsOwnAction");

    assertThatThrownBy(() -> interceptor.recordRoleRefusals(refusedCall(unlock)))
        .isInstanceOf(EJBAccessException.class);

    assertThat(audit.refusals)
        .singleElement()
        .satisfies(
            (AuditEvent e) -> {
              assertThat(e.action()).isEqualTo(AuditAction.CIP_UNLOCK);
              assertThat(e.actor()).isEqualTo("operator:anna");
              assertThat(e.outcome()).isEqualTo("OPERATOR_NOT_PERMITTED");
              assertThat(e.detail()).isEqualTo("reason=role refused by the container");
            });
  }

  @Test
  void aMethodOfNoAuditedUseCaseIsLeftToTheContainer() throws Exception {
    Method toString = Object.class.getMethod("toString");

    assertThatThrownBy(() -> interceptor.recordRoleRefusals(refusedCall(toString)))
        .isInstanceOf(EJBAccessException.class);
    assertThat(audit.refusals).isEmpty();
  }

  /** A call the container's security check (further down the chain) refuses. */
  private static InvocationContext refusedCall(Method method) {
    return new InvocationContext() {
      @Override
      public Object getTarget() {
        throw new IllegalStateException("not for container interceptors");
      }

      @Override
      public Object getTimer() {
        return null;
      }

      @Override
      public Method getMethod() {
        return method;
      }

      @Override
      public Constructor<?> getConstructor() {
        return null;
      }

      @Override
      public Object[] getParameters() {
        return new Object[0];
      }

      @Override
      public void setParameters(Object[] params) {}

      @Override
      public Map<String, Object> getContextData() {
        return Map.of();
      }

      @Override
      public Object proceed() {
        throw new EJBAccessException("WFLYEJB0364: not allowed");
      }
    };
  }
}
