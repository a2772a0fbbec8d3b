package it.cns.enrollment.domain.error;

/**
 * Stable error codes. Clients and tests switch on these names, never on message text. The domain
 * holds no text: the channels word a code through {@code application.text.Messages}.
 */
public enum ErrorCode {
  /** No client certificate reached the application. */
  NO_CERTIFICATE,
  /** The certificate was refused; the refusal says why. */
  CERTIFICATE_REFUSED,
  /** The certificate's codice fiscale has no enabled Fisconline or Entratel account. */
  NOT_ENABLED,
  /** The card is already bound. */
  CARD_ALREADY_BOUND,
  /** Smartcard login with a card not (or no longer) bound to the holder's account. */
  CARD_NOT_REGISTERED,
  /**
   * The person is enabled already (Fisconline or Entratel) and cannot enroll again; see {@code
   * AlreadyEnabledException} for the message naming which.
   */
  ALREADY_ENABLED,
  /**
   * Traditional login refused: codice fiscale, password or PIN wrong (never says which), or no
   * Fisconline credentials for that codice fiscale.
   */
  INVALID_CREDENTIALS,
  /** Too many wrong attempts: the traditional login is locked until a smartcard login unlocks. */
  ACCOUNT_LOCKED,
  /** A new password breaks a rule; {@code PasswordPolicyException} says which. */
  PASSWORD_POLICY,
  /** The request is malformed or incomplete. */
  INVALID_REQUEST,
  /**
   * The calling partner is unknown, disabled, or not allowed this operation (never says which to
   * the caller; the audit trail does).
   */
  NOT_AUTHORISED,
  /** No such card challenge was issued to this partner. */
  CHALLENGE_UNKNOWN,
  /** The card challenge expired before the proof arrived: ask for a new one. */
  CHALLENGE_EXPIRED,
  /** The card challenge was used already: each challenge proves presence once. */
  CHALLENGE_USED,
  /**
   * The proof of card presence is not a valid signature by the citizen's card over the challenge
   * (malformed, wrong signer, bad signature, other content, weak algorithm).
   */
  PROOF_INVALID,
  /**
   * The card signed this challenge for another operation or another codice fiscale (issue #15: a
   * proof given for one operation is not spent on another).
   */
  PROOF_OTHER_OPERATION,
  /** The card signed the bare challenge (contract 1.2) and the server refuses such proofs now. */
  PROOF_UNBOUND,
  /** A request id was sent again with a different body. */
  REQUEST_ID_REUSED,
  /** A request with the same id is being processed right now; retry to get its answer. */
  REQUEST_IN_PROGRESS,
  /** A dependency (e.g. the database) is unavailable; nothing was written. */
  SERVICE_UNAVAILABLE,
  /** A document the activation case requires was not confirmed by the operator. */
  ACTIVATION_DOCUMENT_MISSING,
  /** Activation for a minor, but the holder's codice fiscale decodes to an age of 18 or more. */
  HOLDER_NOT_MINOR,
  /** The TS-CNS card is activated already: a card is activated once (codes can be reissued). */
  CARD_ALREADY_ACTIVATED,
  /** No activation is recorded for this TS-CNS card. */
  CARD_NOT_ACTIVATED,
  /** The identity document's data is incomplete, or the document has expired. */
  IDENTITY_DOCUMENT_INVALID,
  /** The e-mail address for the second half of the codes is not a valid address. */
  INVALID_EMAIL,
  /** Revocation refused: the CIP is wrong. */
  CIP_WRONG,
  /** Revocation by CIP is blocked after too many wrong CIPs for this card. */
  CIP_LOCKED,
  /** The card was revoked and can no longer be used. */
  CARD_REVOKED,
  /** Operator login refused: username or password wrong (never says which). */
  OPERATOR_LOGIN_REFUSED,
  /**
   * Too many wrong login attempts for the account typed or from the client's address: the attempt
   * was not heard; {@code TooManyAttemptsException} says when to try again. Answered alike whether
   * or not the account exists.
   */
  TOO_MANY_ATTEMPTS,
  /** The operator's account is locked after too many wrong passwords, or disabled. */
  OPERATOR_LOCKED,
  /** The operator's role does not allow this operation. */
  OPERATOR_NOT_PERMITTED,
  /** The activation form was downloaded already: it is handed out once. */
  FORM_ALREADY_DOWNLOADED,
  /**
   * An outbox mail cannot be sent again: it was sent, or it was given up and its body (which held
   * secrets) erased; the codes must be reissued instead.
   */
  MAIL_NOT_RESENDABLE,
  /**
   * An operator's username or display name is not acceptable (username: 3-64 characters, lower-case
   * letter first, then lower-case letters, digits, '.', '_' or '-').
   */
  OPERATOR_INVALID,
  /** Another operator or supervisor already has this username. */
  OPERATOR_USERNAME_TAKEN,
  /** An operator must work at an enabled counter office (a supervisor may have none). */
  COUNTER_OFFICE_REQUIRED,
  /** A counter office's name, health agency, address or opening hours is missing or too long. */
  COUNTER_OFFICE_INVALID,
  /** Another counter office already has this name. */
  COUNTER_OFFICE_NAME_TAKEN,
  /** Another partner record has this name. */
  PARTNER_NAME_TAKEN,
  /** Another partner record names this certificate (issuer and serial, or fingerprint). */
  PARTNER_CERTIFICATE_TAKEN,
  // --- message security of the partner API (ModI ID_AUTH_SOAP_02 + INTEGRITY_SOAP_01) ---
  /** The partner must sign its messages, and this one is not signed. */
  SIGNATURE_REQUIRED,
  /**
   * The message's signature does not verify, or does not cover what the profile requires
   * (Timestamp, To, MessageID, Body) with the algorithms it allows, or the security header is
   * malformed.
   */
  SIGNATURE_INVALID,
  /** The message is signed with a certificate that is not the calling partner's. */
  SIGNER_NOT_PARTNER,
  /** The message's Timestamp has expired, or lies in the future. */
  MESSAGE_EXPIRED,
  /** The partner sent this MessageID before. */
  MESSAGE_REPLAYED,
  /**
   * The PDF with the PIN and initial password of an abilitazione was downloaded already, or it
   * expired: it is handed out once, shortly after the abilitazione.
   */
  CREDENTIALS_LETTER_GONE,
  /**
   * The counter agent's workstation certificate is not registered to a counter office, or its
   * registration is disabled (issue #18 item 4).
   */
  WORKSTATION_NOT_REGISTERED,
  /**
   * The workstation belongs to another counter office than the one where the card was activated.
   */
  WORKSTATION_OTHER_COUNTER,
  /**
   * No PIN and PUK wait for the counter agent for this card: fetched already, expired, or the card
   * was not activated at a counter.
   */
  CARD_CODES_GONE
}
