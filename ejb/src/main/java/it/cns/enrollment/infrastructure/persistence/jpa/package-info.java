/**
 * JPA (EclipseLink) implementations of the domain repositories, and converters of value objects to
 * columns. Transactions belong to the calling application service.
 */
package it.cns.enrollment.infrastructure.persistence.jpa;
