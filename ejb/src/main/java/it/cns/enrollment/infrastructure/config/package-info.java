/** Deployment settings, read from the server process environment (the launcher sets them). */
package it.cns.enrollment.infrastructure.config;
