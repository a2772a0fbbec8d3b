/**
 * Retention (issue #15): how long each kind of short-lived or historical record is kept before the
 * retention job purges it, and the repository port that purges. Pure rules; the periods come from
 * the settings, the deletes from the infrastructure.
 */
package it.cns.enrollment.domain.retention;
