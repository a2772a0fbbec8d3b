/**
 * The bare baselines of the benchmark (issue #7): a servlet and a JAX-WS echo that do nothing but
 * answer, packaged by the benchmark at run time into {@code bench-baseline.war} (context root
 * {@code /bench-baseline}) and deployed beside the application on the same listeners.
 *
 * <p>Rule: test code only. Never part of the EAR or of any production build; nothing here may be
 * referenced by the application's modules.
 */
package it.cns.enrollment.it.load.baseline;
