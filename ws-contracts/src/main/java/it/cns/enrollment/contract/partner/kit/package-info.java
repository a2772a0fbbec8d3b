/**
 * The partner client kit: a runnable client of the partner contract for integrators, shipped as
 * {@code ws-contracts-<version>-client-kit.zip} (docs/partner-api.md). It uses only the generated
 * contract classes, CXF's JAX-WS client, WSS4J for the ModI message signature and BouncyCastle for
 * the card's CMS proof. Rule: nothing on the server side may depend on this package; it is left out
 * of the contract jar the application deploys and packed into the kit's own jar.
 */
package it.cns.enrollment.contract.partner.kit;
