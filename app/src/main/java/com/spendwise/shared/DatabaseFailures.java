package com.spendwise.shared;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database that is gone (stopped, restarted, failed over: RDS Multi-AZ closes every open
 * connection) from a bug: the first is answered 503 with Retry-After, never 500.
 */
public final class DatabaseFailures {

  /**
   * SQLStates of a server that ended the session: admin_shutdown (what pg_terminate_backend and a
   * fast restart send), crash_shutdown, cannot_connect_now (still starting).
   */
  private static final Set<String> ENDED = Set.of("57P01", "57P02", "57P03");

  private DatabaseFailures() {}

  /**
   * Whether {@code failure} comes from a lost connection: a connection-class SQLState (08…), a
   * session the server ended, no connection to be had, or a statement on a connection the pool
   * already knew was broken ("Connection is closed", which has no SQLState).
   */
  public static boolean lostConnection(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof CannotGetJdbcConnectionException
          || cause instanceof CannotCreateTransactionException
          || cause instanceof SQLTransientConnectionException
          || cause instanceof SQLRecoverableException) {
        return true;
      }
      if (cause instanceof SQLException sql) {
        String state = sql.getSQLState();
        if ((state != null && (state.startsWith("08") || ENDED.contains(state)))
            || (state == null && "Connection is closed".equals(sql.getMessage()))) {
          return true;
        }
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }
}
