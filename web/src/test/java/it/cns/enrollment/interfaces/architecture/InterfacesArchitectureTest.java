package it.cns.enrollment.interfaces.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import it.cns.enrollment.interfaces.web.Language;
import jakarta.faces.context.ExternalContext;
import jakarta.servlet.Filter;
import jakarta.servlet.Servlet;
import jakarta.servlet.ServletRequest;

/**
 * The rule of {@code interfaces/package-info.java} as a test: adapters call application services
 * and show domain answers; they never reach infrastructure (which the ejb module's own
 * ArchitectureTest keeps behind the application's ports).
 */
@AnalyzeClasses(
    packages = "it.cns.enrollment.interfaces",
    importOptions = ImportOption.DoNotIncludeTests.class)
class InterfacesArchitectureTest {

  @ArchTest
  static final ArchRule interfacesNeverUseInfrastructure =
      noClasses()
          .that()
          .resideInAPackage("it.cns.enrollment.interfaces..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("it.cns.enrollment.infrastructure..")
          .because("adapters call an application service; wiring is the container's");

  @ArchTest
  static final ArchRule noPackageCycles =
      slices().matching("it.cns.enrollment.interfaces.(**)").should().beFreeOfCycles();

  // As in the ejb module's ArchitectureTest: WildFly 39's per-deployment registry exports only
  // meters registered by name (registry.timer(name, tags)); a builder's register() is lost.
  @ArchTest
  static final ArchRule metersAreRegisteredByName =
      noClasses()
          .should()
          .dependOnClassesThat(
              resideInAPackage("io.micrometer.core.instrument").and(simpleName("Builder")))
          .because("WildFly exports only meters registered through the registry's named methods");

  // A page's GET parameters are f:viewParams with a converter (interfaces.web.ParameterConverter):
  // typed, and a value that is none is refused on its parameter, never a 500 nor silently dropped.
  // Only servlets and filters, which serve no Faces view, and Language, whose ?lang= link works on
  // every page, read the request's parameters themselves.
  @ArchTest
  static final ArchRule requestParametersAreReadByViewParameters =
      noClasses()
          .that()
          .areNotAssignableTo(Servlet.class)
          .and()
          .areNotAssignableTo(Filter.class)
          .and()
          .doNotHaveFullyQualifiedName(Language.class.getName())
          .should()
          .accessTargetWhere(readRequestParameters())
          .because("a bean's request parameter is an f:viewParam with a Faces converter");

  private static DescribedPredicate<JavaAccess<?>> readRequestParameters() {
    return new DescribedPredicate<>("read a request parameter by hand") {
      @Override
      public boolean test(JavaAccess<?> access) {
        AccessTarget target = access.getTarget();
        String name = target.getName();
        return (target.getOwner().isAssignableTo(ExternalContext.class)
                && name.startsWith("getRequestParameter"))
            || (target.getOwner().isAssignableTo(ServletRequest.class)
                && name.startsWith("getParameter"));
      }
    };
  }
}
