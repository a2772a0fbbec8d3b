/**
 * The domain: entities, value objects, repository interfaces and typed errors of CNS enrollment.
 *
 * <p>Rule: no dependency on application, infrastructure or interfaces packages. JPA mapping
 * annotations on entities are the only framework types allowed here; everything else is plain Java.
 */
package it.cns.enrollment.domain;
