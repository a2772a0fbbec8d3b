package it.cns.enrollment.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Deploys the real EAR, as built, on the managed WildFly. Tests act as clients from outside
 * (testable = false): real HTTPS with client certificates, real SOAP, real database.
 */
@ExtendWith(ArquillianExtension.class)
abstract class DeployedApplication {

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ItEnvironment.ear().toFile());
  }
}
