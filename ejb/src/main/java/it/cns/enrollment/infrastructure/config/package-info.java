/**
 * Settings: {@link it.cns.enrollment.infrastructure.config.Setting} declares every one (name,
 * default, meaning, who reads it), {@link it.cns.enrollment.infrastructure.config.Configuration}
 * reads the application's once at deployment through MicroProfile Config into typed records.
 *
 * <p>Rule: no other class reads environment variables or system properties for a setting; code
 * receives its settings as records (injected, or given by the caller). The records live with their
 * users, which do not depend on this package; this package depends on them.
 */
package it.cns.enrollment.infrastructure.config;
