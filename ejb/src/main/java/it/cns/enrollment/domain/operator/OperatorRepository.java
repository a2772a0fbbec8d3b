package it.cns.enrollment.domain.operator;

import java.util.List;
import java.util.Optional;

/** Operators and supervisors. Usernames are stored and looked up in lower case. */
public interface OperatorRepository {

  Optional<Operator> findByUsername(String username);

  /**
   * The operator, with its row locked until the transaction ends, so that simultaneous login
   * attempts are counted one after the other.
   */
  Optional<Operator> findByUsernameForUpdate(String username);

  Optional<Operator> find(long id);

  /** Everyone, supervisors first, then by username. */
  List<Operator> list();

  /**
   * Stores a new operator.
   *
   * @throws it.cns.enrollment.domain.error.BusinessRefusal OPERATOR_USERNAME_TAKEN
   */
  void add(Operator operator);
}
