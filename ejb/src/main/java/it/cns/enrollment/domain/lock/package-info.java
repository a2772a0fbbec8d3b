/**
 * "Count wrong secrets, then lock": the one rule behind the Fisconline login, the operator login
 * and revocation by CIP, as an embeddable state each of those entities maps to its own columns.
 * Pure rule and JPA mapping; who may unlock, and the limits, belong to the entities' owners.
 */
package it.cns.enrollment.domain.lock;
