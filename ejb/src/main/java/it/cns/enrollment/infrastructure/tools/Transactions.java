package it.cns.enrollment.infrastructure.tools;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One JDBC transaction for the terminal tools, which run outside the server and so without JTA: the
 * work commits as a whole or not at all, and the connection's auto-commit is put back after.
 */
final class Transactions {

  private Transactions() {}

  /** Work on the database that answers something. */
  interface Work<T> {
    T run() throws SQLException;
  }

  /** Work on the database that answers nothing. */
  interface Action {
    void run() throws SQLException;
  }

  /**
   * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws.
   */
  static <T> T inTransaction(Connection db, Work<T> work) throws SQLException {
    boolean auto = db.getAutoCommit();
    db.setAutoCommit(false);
    try {
      T result = work.run();
      db.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      db.rollback();
      throw e;
    } finally {
      db.setAutoCommit(auto);
    }
  }

  /** Runs {@code action} in one transaction, as {@link #inTransaction(Connection, Work)}. */
  static void inTransaction(Connection db, Action action) throws SQLException {
    inTransaction(
        db,
        () -> {
          action.run();
          return null;
        });
  }
}
