/**
 * The counter agent (issue #18 item 4): a small program run on the operator's workstation after a
 * TS-CNS activation. It reads the card's number from the token through the card middleware's
 * PKCS#11 library, fetches the issued PIN and PUK once from the server over mutual TLS with the
 * workstation's certificate, and sets them on the card (PIN through {@code C_InitPIN}, PUK = the SO
 * PIN through {@code C_SetPIN}). Built as its own runnable jar ({@code -counter-agent.jar}); never
 * in the contract jar the application deploys.
 *
 * <p>Why JNA and not SunPKCS11: the JDK's provider exposes keys and certificates but cannot change
 * a PIN, and its internal wrapper ({@code sun.security.pkcs11.wrapper.PKCS11}) has no binding for
 * {@code C_InitPIN} or {@code C_SetPIN} (they are commented out in JDK 17's source). JNA (Maven
 * Central) calls the ten functions of the PKCS#11 C interface the agent needs directly.
 */
package it.cns.enrollment.contract.agent;
