package it.cns.enrollment.infrastructure.config;

import it.cns.enrollment.domain.activation.ActivationSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.logging.Logger;

/**
 * Produces the TS-CNS code lengths and CIP attempt limit from {@code CNS_PIN_LENGTH}, {@code
 * CNS_PUK_LENGTH}, {@code CNS_CIP_LENGTH} and {@code CNS_CIP_MAX_ATTEMPTS}, read once; a bad value
 * fails the first activation, naming the variable.
 */
@ApplicationScoped
public class ActivationSettingsProducer {

  private static final Logger LOG = Logger.getLogger(ActivationSettingsProducer.class.getName());

  private ActivationSettings settings;

  @PostConstruct
  void configure() {
    settings = ActivationSettings.fromEnvironment(System::getenv);
    LOG.info(() -> "TS-CNS codes: " + settings);
  }

  // Dependent scope: a record cannot be proxied; the instance is shared and immutable.
  @Produces
  ActivationSettings activationSettings() {
    return settings;
  }
}
