package it.cns.enrollment.it;

import it.cns.enrollment.contract.partner.v1.PartnerEnrollment;
import jakarta.jws.WebParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.service.model.BindingOperationInfo;

/**
 * Notes in {@link ShownSecrets} the secrets the partner API's client sends (a CIP) and is answered
 * (a PIN and password), on the contract's own objects: outbound, the parameters the SEI names
 * {@code cip}...; inbound, any {@code getPin()}, {@code getPassword()}... of the answer.
 */
final class ShownSecretsInterceptor extends AbstractPhaseInterceptor<Message> {

  private final boolean outbound;

  private ShownSecretsInterceptor(String phase, boolean outbound) {
    super(phase);
    this.outbound = outbound;
  }

  static ShownSecretsInterceptor requests() {
    return new ShownSecretsInterceptor(Phase.SETUP, true);
  }

  static ShownSecretsInterceptor answers() {
    return new ShownSecretsInterceptor(Phase.USER_LOGICAL, false);
  }

  @Override
  public void handleMessage(Message message) {
    List<?> contents = message.getContent(List.class);
    BindingOperationInfo op = message.getExchange().getBindingOperationInfo();
    if (contents == null || op == null) {
      return;
    }
    String operation = op.getName().getLocalPart();
    if (outbound) {
      for (Method m : PartnerEnrollment.class.getMethods()) {
        if (!m.getName().equals(operation)) {
          continue;
        }
        Annotation[][] params = m.getParameterAnnotations();
        for (int i = 0; i < params.length && i < contents.size(); i++) {
          for (Annotation a : params[i]) {
            if (a instanceof WebParam p
                && ShownSecrets.kindOf(p.name()) != null
                && contents.get(i) instanceof String value) {
              ShownSecrets.record(
                  ShownSecrets.kindOf(p.name()), value, "a partner's " + operation + " request");
            }
          }
        }
      }
    } else {
      for (Object o : contents) {
        walk(o, operation, 0);
      }
    }
  }

  /** The contract's beans, a few levels deep: getters of strings named as secrets. */
  private static void walk(Object o, String operation, int depth) {
    if (o == null || depth > 4 || !o.getClass().getName().startsWith("it.cns.enrollment")) {
      return;
    }
    for (Method m : o.getClass().getMethods()) {
      if (!m.getName().startsWith("get")
          || m.getParameterCount() != 0
          || Modifier.isStatic(m.getModifiers())
          || m.getDeclaringClass() == Object.class) {
        continue;
      }
      Object value;
      try {
        value = m.invoke(o);
      } catch (ReflectiveOperationException e) {
        continue;
      }
      ShownSecrets.Kind kind = ShownSecrets.kindOf(m.getName().substring(3));
      if (kind != null && value instanceof String s) {
        ShownSecrets.record(kind, s, "a partner's " + operation + " answer");
      } else if (value instanceof List<?> list) {
        list.forEach(item -> walk(item, operation, depth + 1));
      } else {
        walk(value, operation, depth + 1);
      }
    }
  }
}
