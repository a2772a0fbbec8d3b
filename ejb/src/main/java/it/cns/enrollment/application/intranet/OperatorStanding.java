package it.cns.enrollment.application.intranet;

import it.cns.enrollment.domain.operator.Operator;
import it.cns.enrollment.domain.operator.OperatorRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Whether an intranet session may go on: the account behind it still exists and may log in (not
 * disabled by a supervisor, not locked by wrong passwords). Asked by the intranet's edge on every
 * page, so that locking or disabling an account ends its open sessions at their next request, not
 * only its next use case.
 */
@Stateless
public class OperatorStanding {

  @Inject OperatorRepository operators;

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public boolean mayContinue(String username) {
    return Operator.normaliseUsername(username)
        .flatMap(operators::findByUsername)
        .map(Operator::mayLogIn)
        .orElse(false);
  }
}
