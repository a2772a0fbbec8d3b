package it.cns.enrollment.interfaces.web.intranet;

import it.cns.enrollment.application.credentials.OperatorLoginService;
import it.cns.enrollment.application.security.OperatorIdentity;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * The intranet's identity store: asks {@link OperatorLoginService} (Argon2id, lockout, audit) and
 * gives the operator's role as the caller's only group (OPERATOR or SUPERVISOR, the roles of
 * web.xml). The typed refusal and the operator's details go to the request's {@link LoginAttempt}.
 */
@ApplicationScoped
public class OperatorIdentityStore implements IdentityStore {

  @EJB OperatorLoginService logins;
  @Inject LoginAttempt attempt;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential typed)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    try {
      OperatorIdentity who = logins.login(typed.getCaller(), typed.getPassword().getValue());
      attempt.accepted(who);
      return new CredentialValidationResult(who.username(), Set.of(who.role().name()));
    } catch (RuntimeException e) {
      attempt.refused(e);
      return CredentialValidationResult.INVALID_RESULT;
    } finally {
      typed.getPassword().clear();
    }
  }
}
