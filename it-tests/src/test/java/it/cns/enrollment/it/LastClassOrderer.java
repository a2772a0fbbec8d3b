package it.cns.enrollment.it;

import java.util.Comparator;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs {@link SecretsScanIT} after every other class of the execution, so that it searches what
 * they left; the others keep the order JUnit gives them (the sort is stable).
 */
public final class LastClassOrderer implements ClassOrderer {

  @Override
  public void orderClasses(ClassOrdererContext context) {
    context
        .getClassDescriptors()
        .sort(Comparator.comparing(d -> d.getTestClass() == SecretsScanIT.class));
  }
}
