/**
 * Counter offices (sportelli abilitati): where operators activate TS-CNS cards. An enabled office
 * appears in the public directory and can receive operators; a disabled one keeps its history but
 * leaves the directory. Names are unique. Supervisors maintain them
 * (application.intranet.CounterDirectory).
 */
package it.cns.enrollment.domain.counter;
