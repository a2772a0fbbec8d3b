package it.cns.enrollment.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * View- and session-scoped beans are serialized with their session (a cluster moves it to another
 * node): every field they keep must be serializable, and injected services must not be transient
 * (they would come back null; the container's proxies are serializable). The application's records
 * a page keeps (a dossier, a personal area, partners, mail states) are serializable with every
 * component, so no page needs a transient copy that it re-reads after a move.
 */
class PassivatingBeansTest {

  private static List<Class<?>> passivatingBeans() {
    List<Class<?>> beans = new ArrayList<>();
    for (JavaClass c :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("it.cns.enrollment.interfaces.web")) {
      if (c.isAnnotatedWith(ViewScoped.class) || c.isAnnotatedWith(SessionScoped.class)) {
        beans.add(c.reflect());
      }
    }
    return beans;
  }

  @Test
  void findsTheWizardAndTheSessions() {
    assertThat(passivatingBeans())
        .extracting(Class::getSimpleName)
        .contains(
            "ActivationWizard",
            "CardLookup",
            "CitizenSession",
            "PartnerAdmin",
            "PersonalAreaPage",
            "ActivationOutcomePage");
  }

  @Test
  void keepOnlySerializableStateAndNoTransientServices() {
    List<String> offenders = new ArrayList<>();
    for (Class<?> bean : passivatingBeans()) {
      assertThat(Serializable.class).isAssignableFrom(bean);
      for (Class<?> c = bean; c != Object.class; c = c.getSuperclass()) {
        for (Field f : c.getDeclaredFields()) {
          int m = f.getModifiers();
          boolean injected =
              f.isAnnotationPresent(EJB.class) || f.isAnnotationPresent(Inject.class);
          if (Modifier.isStatic(m)) {
            continue;
          }
          if (injected && Modifier.isTransient(m)) {
            offenders.add(c.getSimpleName() + "." + f.getName() + " (transient service)");
          } else if (!injected && !Modifier.isTransient(m) && !serializable(f.getGenericType())) {
            offenders.add(c.getSimpleName() + "." + f.getName() + " (" + f.getType() + ")");
          }
        }
      }
    }
    assertThat(offenders).isEmpty();
  }

  private static boolean serializable(Type type) {
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
        for (Type argument : p.getActualTypeArguments()) {
          if (!serializable(argument)) {
            return false;
          }
        }
        return true;
      }
      return serializable(raw);
    }
    if (type instanceof Class<?> c) {
      if (c.isArray()) {
        return serializable(c.getComponentType());
      }
      if (c.isRecord()) {
        // An application record kept by a page: serializable through and through.
        return Serializable.class.isAssignableFrom(c)
            && Arrays.stream(c.getRecordComponents())
                .allMatch(rc -> rc.getType() == c || serializable(rc.getGenericType()));
      }
      return c.isPrimitive() || Serializable.class.isAssignableFrom(c);
    }
    return false;
  }
}
