package it.cns.enrollment.interfaces.web.intranet;

import it.cns.enrollment.application.credentials.OperatorLoginService;
import it.cns.enrollment.domain.credential.PasswordPolicy;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.interfaces.web.PasswordChangeForm;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * The operator's own password change: required after the first login (and after a supervisor issued
 * a new password, or 90 days), possible at any time. A wrong current password counts towards the
 * lockout; when it locks the account, the session ends.
 */
@Named
@RequestScoped
public class OperatorPasswordChange extends PasswordChangeForm {

  private static final long serialVersionUID = 1L;

  @EJB OperatorLoginService logins;
  @Inject OperatorSession session;
  @Inject OperatorLogout logout;

  @Override
  protected String bundle() {
    return "it.cns.enrollment.interfaces.web.intranet.Intranet";
  }

  @Override
  protected boolean submit(char[] current, char[] next) throws IOException {
    try {
      session.passwordChanged(logins.changePassword(current, next));
      return true;
    } catch (BusinessRefusal e) {
      if (e.code() != ErrorCode.OPERATOR_LOCKED) {
        throw e;
      }
      logout.end(OperatorLogout.LOCKED);
      return false;
    }
  }

  /** The special characters a password may contain, for the rules shown on the page. */
  public String getAllowedSpecials() {
    return PasswordPolicy.ALLOWED_SPECIALS;
  }
}
