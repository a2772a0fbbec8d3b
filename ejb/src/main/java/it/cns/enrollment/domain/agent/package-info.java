/**
 * The counter agent (issue #18 item 4): the program on an operator's workstation that writes the
 * PIN and PUK issued at an activation onto the card. Here: the workstations registered to a counter
 * office (by their client certificate's SHA-256 fingerprint) and the codes waiting, sealed, for
 * their one fetch.
 *
 * <p>Rules kept here: the codes are held only sealed and only until they expire; a workstation is
 * known by its certificate's fingerprint and works for one counter office. Nothing here seals,
 * sends or logs anything.
 */
package it.cns.enrollment.domain.agent;
