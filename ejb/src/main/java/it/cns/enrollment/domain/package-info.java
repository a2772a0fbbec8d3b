/**
 * The domain: entities, value objects, repository interfaces and typed errors of CNS enrollment.
 *
 * <p>Rule: no dependency on application, infrastructure or interfaces packages, nor on any library:
 * JPA mapping annotations on entities are the only framework types allowed here; everything else is
 * plain Java. Settings arrive as values (the domain never reads the environment), and what needs a
 * library (hashing with Argon2id) is an interface here, implemented by infrastructure. Checked by
 * {@code ArchitectureTest}.
 */
package it.cns.enrollment.domain;
