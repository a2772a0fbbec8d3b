/** Test fixtures shared by the tests of every layer of this module (no production code). */
package it.cns.enrollment.testing;
