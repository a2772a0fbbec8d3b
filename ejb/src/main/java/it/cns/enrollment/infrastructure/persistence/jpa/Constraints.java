package it.cns.enrollment.infrastructure.persistence.jpa;

import java.sql.SQLException;

/** Recognises which database constraint a persistence failure violated. */
final class Constraints {

  private static final String UNIQUE_VIOLATION = "23505";

  private Constraints() {}

  static boolean violated(Throwable failure, String constraintName) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql
          && UNIQUE_VIOLATION.equals(sql.getSQLState())
          && String.valueOf(sql.getMessage()).contains(constraintName)) {
        return true;
      }
    }
    return false;
  }
}
