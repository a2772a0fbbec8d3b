package it.cns.enrollment.application.forms;

/**
 * What a person may type to pre-fill the blank forms of a delegation; every value optional (a blank
 * one is printed as a line to write on by hand). No secret: the codes are issued at the counter.
 */
public record DelegationDetails(
    String holderName,
    String holderCf,
    String cardId,
    String delegateName,
    String delegateCf,
    String email) {

  /** Nothing typed: the forms come out blank. */
  public static DelegationDetails none() {
    return new DelegationDetails(null, null, null, null, null, null);
  }
}
