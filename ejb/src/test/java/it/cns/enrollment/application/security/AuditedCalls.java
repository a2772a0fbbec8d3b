package it.cns.enrollment.application.security;

import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Calls a service's public method as the container would for an outside caller: through {@link
 * AuditedInterceptor} when the method or its class is {@link Audited} (its database check of a
 * RolesAllowed use case included), straight otherwise. The container's own role check is not made
 * here; the integration tests show it. Found by name and arguments, so a test reads {@code
 * calls.call(admin, "create", ...)}.
 */
public final class AuditedCalls {

  public final AuditedInterceptor interceptor = new AuditedInterceptor();

  public AuditedCalls(AuditRecorder audit, Caller caller) {
    this(audit, caller, null);
  }

  /** For RolesAllowed use cases: the database check the interceptor makes, over these fakes. */
  public AuditedCalls(AuditRecorder audit, Caller caller, OperatorAuthorization authorization) {
    interceptor.audit = audit;
    interceptor.caller = caller;
    interceptor.authorization = authorization;
    if (authorization != null) {
      authorization.caller = caller;
    }
  }

  @SuppressWarnings("unchecked")
  public <T> T call(Object target, String name, Object... args) {
    Method method = find(target.getClass(), name, args);
    args = widened(method.getParameterTypes(), args);
    boolean audited =
        method.isAnnotationPresent(Audited.class)
            || method.getDeclaringClass().isAnnotationPresent(Audited.class);
    try {
      return (T)
          (audited
              ? interceptor.recordRefusals(new Invocation(target, method, args))
              : invoke(target, method, args));
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Exception {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Exception ex) {
        throw ex;
      }
      throw (Error) cause;
    }
  }

  private static Method find(Class<?> type, String name, Object[] args) {
    return Arrays.stream(type.getMethods())
        .filter(m -> m.getName().equals(name) && Modifier.isPublic(m.getModifiers()))
        .filter(m -> accepts(m.getParameterTypes(), args))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no public " + name + " for these args"));
  }

  private static boolean accepts(Class<?>[] types, Object[] args) {
    if (types.length != args.length) {
      return false;
    }
    for (int i = 0; i < types.length; i++) {
      if (args[i] != null
          && !box(types[i]).isInstance(args[i])
          && !(types[i] == long.class && args[i] instanceof Integer)) {
        return false;
      }
    }
    return true;
  }

  /** An int literal where a long is taken, as the compiler would widen it. */
  private static Object[] widened(Class<?>[] types, Object[] args) {
    Object[] out = args.clone();
    for (int i = 0; i < types.length; i++) {
      if (types[i] == long.class && out[i] instanceof Integer n) {
        out[i] = n.longValue();
      }
    }
    return out;
  }

  private static Class<?> box(Class<?> t) {
    if (!t.isPrimitive()) {
      return t;
    }
    return switch (t.getName()) {
      case "long" -> Long.class;
      case "int" -> Integer.class;
      case "boolean" -> Boolean.class;
      case "char" -> Character.class;
      default -> throw new IllegalArgumentException(t.getName());
    };
  }

  private record Invocation(Object target, Method method, Object[] args)
      implements InvocationContext {
    private static final Map<String, Object> DATA = new HashMap<>();

    @Override
    public Object getTarget() {
      return target;
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
      return args;
    }

    @Override
    public void setParameters(Object[] params) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Map<String, Object> getContextData() {
      return DATA;
    }

    @Override
    public Object proceed() throws Exception {
      return invoke(target, method, args);
    }
  }
}
