package it.cns.enrollment.domain.partner;

/**
 * What a partner may be allowed to call; stored by name in {@code partner_operation}. The one list
 * of the partner API's operations: {@link #contractName()} is the operation's name in the contract
 * (its request element), under which an idempotent request's answer is remembered.
 */
public enum PartnerOperation {
  REQUEST_CHALLENGE("requestChallenge"),
  BIND_SMARTCARD("bindSmartcard"),
  ENROLL_FISCONLINE("enrollFisconline"),
  REGISTRATION_STATUS("registrationStatus"),
  LIST_BINDINGS("listBindings"),
  /** TS-CNS activation at a health agency's counter (issue #6's service, over SOAP). */
  ACTIVATE_TSCNS("activateTsCns"),
  /** Card revocation with the holder's CIP. */
  REVOKE_CARD("revokeCard");

  private final String contractName;

  PartnerOperation(String contractName) {
    this.contractName = contractName;
  }

  /** The operation's name in the partner contract, e.g. "activateTsCns". */
  public String contractName() {
    return contractName;
  }
}
