/**
 * Schema migrations (Flyway, {@code db/migration} in this jar) applied when the application starts,
 * before any service touches the database. Demo data is never here.
 */
package it.cns.enrollment.infrastructure.persistence.migration;
