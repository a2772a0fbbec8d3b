package it.cns.enrollment.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.micrometer.core.instrument.MeterRegistry;
import it.cns.enrollment.infrastructure.metrics.DeploymentGauges;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The layer rules written in the {@code package-info.java} files of this module, as a build that
 * fails when one is broken. Main classes only: tests may wire real infrastructure into a domain or
 * application test.
 */
@AnalyzeClasses(
    packages = {
      "it.cns.enrollment.domain",
      "it.cns.enrollment.application",
      "it.cns.enrollment.infrastructure"
    },
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String DOMAIN = "it.cns.enrollment.domain..";
  private static final String APPLICATION = "it.cns.enrollment.application..";
  private static final String PORTS = "it.cns.enrollment.application.port..";
  private static final String TEXTS = "it.cns.enrollment.application.text..";
  private static final String INFRASTRUCTURE = "it.cns.enrollment.infrastructure..";
  private static final String INTERFACES = "it.cns.enrollment.interfaces..";
  private static final String TOOLS = "it.cns.enrollment.infrastructure.tools..";

  @ArchTest
  static final ArchRule domainDependsOnNoOtherLayer =
      noClasses()
          .that()
          .resideInAPackage(DOMAIN)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(APPLICATION, INFRASTRUCTURE, INTERFACES)
          .because("the domain is the centre: the other layers use it, never the other way");

  @ArchTest
  static final ArchRule domainUsesNoBouncyCastle =
      noClasses()
          .that()
          .resideInAPackage(DOMAIN)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.bouncycastle..")
          .because("cryptographic libraries are infrastructure (e.g. Argon2idHasher)");

  // An access, not only a call: `System::getenv` handed to a parser counts too.
  @ArchTest
  static final ArchRule domainReadsNoEnvironment =
      noClasses()
          .that()
          .resideInAPackage(DOMAIN)
          .should()
          .accessTargetWhere(owner(type(System.class)).and(name("getenv")))
          .because("settings reach the domain as values, read by infrastructure");

  @ArchTest
  static final ArchRule domainUsesOnlyJavaAndJpaMapping =
      classes()
          .that()
          .resideInAPackage(DOMAIN)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              DOMAIN, "java..", "javax.crypto..", "javax.security..", "jakarta.persistence..")
          .because("JPA mapping annotations are the only framework types the domain may use");

  // A sentence in the domain would need a new domain class per language; codes do not.
  @ArchTest
  static final ArchRule domainHoldsNoTexts =
      noClasses()
          .that()
          .resideInAPackage(DOMAIN)
          .should()
          .dependOnClassesThat()
          .belongToAnyOf(ResourceBundle.class, MessageFormat.class)
          .because(
              "the domain carries codes and arguments; application.text words them for each"
                  + " language");

  @ArchTest
  static final ArchRule textsDependOnlyOnTheDomain =
      classes()
          .that()
          .resideInAPackage(TEXTS)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(TEXTS, DOMAIN, "java..")
          .because("every channel, in either module, words codes with the same bundles");

  // No exceptions: the allow-list of settings classes went once every setting was injected as a
  // value. A new outside need gets a port; a new setting, a record read by infrastructure.config.
  @ArchTest
  static final ArchRule applicationReachesInfrastructureOnlyThroughPorts =
      noClasses()
          .that()
          .resideInAPackage(APPLICATION)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(INFRASTRUCTURE)
          .because(
              "the application owns ports (application.port) that infrastructure implements,"
                  + " and receives its settings as injected values");

  @ArchTest
  static final ArchRule portsSpeakOnlyDomainAndJdk =
      classes()
          .that()
          .resideInAPackage(PORTS)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(PORTS, DOMAIN, "java..")
          .because("infrastructure implements ports without reaching the use cases or a library");

  @ArchTest
  static final ArchRule infrastructureSeesOnlyTheApplicationsPorts =
      noClasses()
          .that()
          .resideInAPackage(INFRASTRUCTURE)
          .and()
          .resideOutsideOfPackage(TOOLS)
          .should()
          .dependOnClassesThat(resideInAPackage(APPLICATION).and(not(resideInAPackage(PORTS))))
          .because("infrastructure implements the application's ports and calls no use case");

  // A terminal tool reports to a person, in the same words as the pages (UserImportTool): it may
  // word codes with the bundles, and still calls no use case (it runs outside the server).
  @ArchTest
  static final ArchRule toolsSeeOnlyThePortsAndTheTexts =
      noClasses()
          .that()
          .resideInAPackage(TOOLS)
          .should()
          .dependOnClassesThat(
              resideInAPackage(APPLICATION)
                  .and(not(resideInAPackage(PORTS)))
                  .and(not(resideInAPackage(TEXTS))))
          .because("a tool runs outside the server: no use case, only the texts it shows");

  // The tools are left out of the deployed EJB jar (ejb/pom.xml): a server class using one would
  // fail only at run time.
  @ArchTest
  static final ArchRule nothingDeployedUsesTheTerminalTools =
      noClasses()
          .that()
          .resideOutsideOfPackage(TOOLS)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(TOOLS)
          .because("infrastructure.tools is not deployed: only the launcher and tests run it");

  @ArchTest
  static final ArchRule noPackageCycles =
      slices().matching("it.cns.enrollment.(**)").should().beFreeOfCycles();

  // Already implied by the rule above; stated for the application's own sub-packages, whose
  // package-private collaborators only hold if each use case can be read without the others.
  @ArchTest
  static final ArchRule applicationSubPackagesAreFreeOfCycles =
      slices()
          .matching("it.cns.enrollment.application.(*)..")
          .should()
          .beFreeOfCycles()
          .because("a use-case package may use another, never both ways");

  @ArchTest
  static final ArchRule securityDependsOnNoUseCase =
      noClasses()
          .that()
          .resideInAPackage("it.cns.enrollment.application.security..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "it.cns.enrollment.application.agent..",
              "it.cns.enrollment.application.audit..",
              "it.cns.enrollment.application.card..",
              "it.cns.enrollment.application.counter..",
              "it.cns.enrollment.application.credentials..",
              "it.cns.enrollment.application.forms..",
              "it.cns.enrollment.application.intranet..",
              "it.cns.enrollment.application.mail..",
              "it.cns.enrollment.application.partner..",
              "it.cns.enrollment.application.status..",
              "it.cns.enrollment.application.retention..",
              "it.cns.enrollment.application.trust..")
          .because("every use case depends on the shared mechanisms of application.security");

  // Issue #15, retention: deleting by age is one job's business, which claims its round across
  // the nodes and audits what it deleted; a use case calling the purges would do neither.
  @ArchTest
  static final ArchRule onlyTheRetentionJobPurges =
      noClasses()
          .that()
          .resideOutsideOfPackages(
              "it.cns.enrollment.application.retention..",
              "it.cns.enrollment.domain.retention..",
              "it.cns.enrollment.infrastructure..")
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("it.cns.enrollment.domain.retention.RetentionRepository")
          .because("records past their period are purged by the retention job alone");

  // Issue #18 item 4: the PIN and PUK waiting for the counter agent are read and handed out by
  // application.agent alone (sealed, once, to a registered workstation); the retention job only
  // deletes expired ones.
  @ArchTest
  static final ArchRule onlyTheAgentUseCaseHandsOutCardCodes =
      noClasses()
          .that()
          .resideOutsideOfPackages(
              "it.cns.enrollment.application.agent..",
              "it.cns.enrollment.application.retention..",
              "it.cns.enrollment.domain.agent..",
              "it.cns.enrollment.infrastructure..")
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("it.cns.enrollment.domain.agent.PendingCardCodesRepository")
          .because("the codes for the card go once, sealed, to a workstation of the counter");

  // infrastructure/metrics/package-info.java: WildFly 39's per-deployment registry exports only
  // meters registered by name (registry.counter(name, tags)); a builder's register() is lost.
  @ArchTest
  static final ArchRule metersAreRegisteredByName =
      noClasses()
          .should()
          .dependOnClassesThat(
              resideInAPackage("io.micrometer.core.instrument").and(simpleName("Builder")))
          .because("WildFly exports only meters registered through the registry's named methods");

  // infrastructure/metrics/package-info.java: a gauge outlives the deployment in the server's
  // registry unless removed at undeployment, which DeploymentGauges does for every gauge it adds.
  @ArchTest
  static final ArchRule gaugesGoThroughDeploymentGauges =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName(DeploymentGauges.class.getName())
          .should()
          .accessTargetWhere(registerAGauge())
          .because("DeploymentGauges removes every gauge when the deployment ends");

  private static DescribedPredicate<JavaAccess<?>> registerAGauge() {
    return new DescribedPredicate<>("register a gauge") {
      @Override
      public boolean test(JavaAccess<?> access) {
        AccessTarget target = access.getTarget();
        return (target.getOwner().isAssignableTo(MeterRegistry.class)
                || target.getOwner().isAssignableTo(MeterRegistry.More.class))
            && target.getName().toLowerCase(Locale.ROOT).contains("gauge");
      }
    };
  }
}
