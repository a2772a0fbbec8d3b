package it.cns.enrollment.interfaces.web.intranet;

import it.cns.enrollment.application.security.OperatorIdentity;
import jakarta.enterprise.context.RequestScoped;

/**
 * What the identity store learnt during this request's login: who logged in, or why not. The
 * Jakarta Security contract carries only "valid" or "invalid" back to the page; the page needs the
 * typed refusal (wrong password or locked) and the operator's details.
 */
@RequestScoped
public class LoginAttempt {

  private OperatorIdentity identity;
  private RuntimeException refusal;

  void accepted(OperatorIdentity who) {
    identity = who;
    refusal = null;
  }

  void refused(RuntimeException why) {
    identity = null;
    refusal = why;
  }

  OperatorIdentity identity() {
    return identity;
  }

  RuntimeException refusal() {
    return refusal;
  }
}
