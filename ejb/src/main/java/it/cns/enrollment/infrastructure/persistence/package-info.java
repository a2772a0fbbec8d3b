/**
 * Persistence: the JPA repositories ({@code jpa}), the migrations ({@code migration}), and what
 * both they and other infrastructure reading the database with native queries share ({@link
 * it.cns.enrollment.infrastructure.persistence.NativeColumns}).
 */
package it.cns.enrollment.infrastructure.persistence;
