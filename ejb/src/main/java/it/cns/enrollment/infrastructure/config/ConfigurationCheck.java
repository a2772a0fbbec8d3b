package it.cns.enrollment.infrastructure.config;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/** Reads the settings at deployment: a bad value fails it now, not at the first request. */
@Singleton
@Startup
public class ConfigurationCheck {

  @Inject Configuration configuration;

  @PostConstruct
  void check() {
    configuration.settings();
  }
}
